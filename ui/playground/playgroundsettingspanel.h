#pragma once

#include <QJsonObject>
#include <QWidget>

class QDoubleSpinBox;
class QGridLayout;
class QLineEdit;
class QSpinBox;

// The session's answer settings under "Advanced", each with a line in plain words and the
// API's name in its tooltip: how varied the answers are, how long they may be, where they
// stop, and a seed to repeat them. "Automatic" leaves the provider's default.
class PlaygroundSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlaygroundSettingsPanel(QWidget *parent = nullptr);

    QJsonObject settings() const;                  // PlaygroundSettings JSON
    void setSettings(const QJsonObject &settings); // emits nothing

    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QSpinBox *maxTokensBox() const { return m_maxTokens; }

Q_SIGNALS:
    void changed();

private:
    void addRow(QGridLayout *grid, const QString &label, QWidget *field, const QString &explanation,
                const QString &apiName);

    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QDoubleSpinBox *m_topP;
    QLineEdit *m_stop;
    QSpinBox *m_seed;
    bool m_loading = false;
};
