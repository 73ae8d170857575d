// A stand-in for Ajuste in tst_sandboxlauncher: starts the Sandbox (argv[1]) through
// SandboxLauncher, prints "PID URL" on one line once it answers, then waits to be killed.
#include "api/sandbox/sandboxlauncher.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    SandboxLauncher launcher;
    launcher.setExecutablePath(QString::fromLocal8Bit(argv[1]));
    launcher.setSpeed(1000);
    QObject::connect(&launcher, &SandboxLauncher::ready, &app, [&launcher](const QUrl &url) {
        QTextStream(stdout) << launcher.processId() << ' ' << url.toString() << Qt::endl;
    });
    QObject::connect(&launcher, &SandboxLauncher::failed, &app, [](const QString &message) {
        QTextStream(stderr) << message << Qt::endl;
        QCoreApplication::exit(1);
    });
    launcher.ensureStarted();
    return app.exec();
}
