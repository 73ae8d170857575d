#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

// The teaching placeholder a page shows when it has nothing yet: what this place is for and
// the one or two actions that get the user going.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(const QIcon &icon, const QString &title, const QString &text,
                        QWidget *parent = nullptr);

    // The first button added is the primary one (default, highlighted).
    QPushButton *addAction(const QString &label);
    void setText(const QString &text);

private:
    QLabel *m_text;
    QWidget *m_buttons;
};
