#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// Every message box of the app goes through here: the message says what happened and what to
// do; technical details sit behind "Show Details…". GUI tests install a hook that answers
// instead of a person, so no test ever blocks on a modal box.
class Messages
{
public:
    struct Shown
    {
        QMessageBox::Icon icon;
        QString text;
        QString details;
    };
    using Hook = std::function<QMessageBox::StandardButton(const Shown &)>;

    static void warning(QWidget *parent, const QString &text, const QString &details = {});
    static void information(QWidget *parent, const QString &text);
    // Returns the button pressed among buttons; defaultButton is focused.
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &text,
                                           const QString &informative,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);

    static void setTestHook(Hook hook);

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &text, const QString &informative,
                                            const QString &details,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
