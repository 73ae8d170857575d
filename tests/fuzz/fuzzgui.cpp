#include "fuzzgui.h"

#include <QGuiApplication>

namespace Fuzz {

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "ajuste-fuzz";
    static char *argv[] = {name, nullptr};
    static auto *application = new QGuiApplication(argc, argv); // never destroyed, as in
    Q_UNUSED(application);                                       // ensureApplication()
}

} // namespace Fuzz
