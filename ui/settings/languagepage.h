#pragma once

#include <QWidget>

class AppSettings;
class QComboBox;
class QLabel;

// Settings ▸ Language: follow the system, or pick one of the translations.
class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguagePage(AppSettings *settings, QWidget *parent = nullptr);

    QComboBox *chooser() const { return m_chooser; }
    void apply();

private:
    AppSettings *m_settings;
    QComboBox *m_chooser;
    QLabel *m_restartNote;
};
