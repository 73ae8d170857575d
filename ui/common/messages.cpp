#include "messages.h"

namespace {
// Only tests set this; the application never does.
Messages::Hook &testHook()
{
    static Messages::Hook hook;
    return hook;
}
} // namespace

void Messages::setTestHook(Hook hook)
{
    testHook() = std::move(hook);
}

void Messages::warning(QWidget *parent, const QString &text, const QString &details)
{
    show(parent, QMessageBox::Warning, text, {}, details, QMessageBox::Ok, QMessageBox::Ok);
}

void Messages::information(QWidget *parent, const QString &text)
{
    show(parent, QMessageBox::Information, text, {}, {}, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Messages::ask(QWidget *parent, const QString &text,
                                          const QString &informative,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, text, informative, {}, buttons, defaultButton);
}

QMessageBox::StandardButton Messages::show(QWidget *parent, QMessageBox::Icon icon,
                                           const QString &text, const QString &informative,
                                           const QString &details,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton)
{
    if (testHook())
        return testHook()({icon, informative.isEmpty() ? text : text + QLatin1Char('\n') + informative,
                           details});
    QMessageBox box(icon, QCoreApplication::applicationName(), text, buttons, parent);
    box.setInformativeText(informative);
    box.setDefaultButton(defaultButton);
    if (!details.isEmpty())
        box.setDetailedText(details);
    return QMessageBox::StandardButton(box.exec());
}
