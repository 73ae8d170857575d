// Ajuste's entry point: a subcommand runs on the command line without a display;
// otherwise the window opens. Builds the shared objects once and passes them down.
#include "cli/commandline.h"
#include "core/settings/appsettings.h"
#include "core/settings/localization.h"
#include "ui/shell/application.h"

#include <QApplication>
#include <QTextStream>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ajuste"));
    QCoreApplication::setApplicationName(QStringLiteral("Ajuste"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AJUSTE_VERSION));
}

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runCommandLine(int argc, char *argv[], CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QSettings settings;
    Localization::install(app, AppSettings(&settings).language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments(), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    auto commandLine = CommandLine::withBuiltinCommands();
    if (commandLine->handles(rawArguments(argc, argv)))
        return runCommandLine(argc, argv, *commandLine);

    QApplication app(argc, argv);
    setIdentity();
    return Application::run(app);
}
