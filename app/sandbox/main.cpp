// ajuste-sandbox: OpenAI's fine-tuning API on 127.0.0.1 with simulated training, so Ajuste can
// be tried and tested with no key and no internet. Prints the URL it serves on, one line on
// stdout, so a parent process started with --port 0 can read the port. With --exit-with-parent
// it quits when its standard input ends, so it never outlives the program that started it.
#include "parentwatch.h"
#include "sandboxoptions.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ajuste-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1"));

    QTextStream err(stderr);
    SandboxOptions options;
    QString problem;
    if (!SandboxOptions::parse(QCoreApplication::arguments(), options, problem)) {
        err << problem << Qt::endl;
        return 2;
    }
    SandboxServer server(options);
    if (!server.loadState(problem)) {
        err << problem << Qt::endl;
        return 1;
    }
    if (server.start() == 0) {
        err << SandboxOptions::tr("The Sandbox could not listen on port %1: it may be in use. "
                                  "Try another port, or 0 to pick a free one.")
                   .arg(options.port)
            << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "Sandbox listening on " << server.baseUrl().toString() << Qt::endl; // flushes
    ParentWatch parentWatch;
    if (options.exitWithParent) {
        QObject::connect(&parentWatch, &ParentWatch::parentGone, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        parentWatch.start();
    }
    return app.exec();
}
