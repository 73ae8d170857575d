#include "sandboxoptions.h"

#include <QCommandLineParser>

namespace {

bool readNumber(const QString &text, double minimum, double maximum, double &value)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    value = number;
    return true;
}

} // namespace

bool SandboxOptions::parse(const QStringList &arguments, SandboxOptions &options,
                           QString &errorMessage)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local imitation of OpenAI's fine-tuning API. Nothing leaves this computer; "
           "training and answers are simulated."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on (0 picks a free one)."), tr("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("How many times faster than real time training runs."),
                                   tr("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Folder where files and jobs are kept between runs."),
                                     tr("DIR"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     tr("Wait this many milliseconds before every answer."),
                                     tr("MS"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       tr("Share of requests (0 to 1) that fail with a server "
                                          "error."),
                                       tr("P"), QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Refuse requests with 429 after N in one window."),
                                       tr("N"), QStringLiteral("0"));
    const QCommandLineOption rateWindow(QStringLiteral("rate-window"),
                                        tr("Length of the rate-limit window in seconds."),
                                        tr("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption cutStream(QStringLiteral("cut-stream-after"),
                                       tr("Break streamed answers after N chunks."), tr("N"));
    const QCommandLineOption truncate(QStringLiteral("truncate-json"),
                                      tr("Cut every JSON answer in the middle."));
    const QCommandLineOption refuseFineTuning(
        QStringLiteral("refuse-fine-tuning"),
        tr("Refuse new fine-tuning jobs as OpenAI refuses organisations it no longer takes."));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the random failures."),
                                  tr("N"), QStringLiteral("1"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Print one line per request on the error output."));
    const QCommandLineOption exitWithParent(
        QStringLiteral("exit-with-parent"),
        tr("Quit when the standard input closes, as it does when the program that started the "
           "Sandbox ends."));
    parser.addOptions({port, speed, dataDir, latency, errorRate, rateLimit, rateWindow, cutStream,
                       truncate, refuseFineTuning, seed, verbose, exitWithParent});
    parser.process(arguments);

    double number = 0;
    if (!readNumber(parser.value(port), 0, 65535, number)) {
        errorMessage = tr("The port must be a whole number from 0 to 65535.");
        return false;
    }
    options.port = quint16(number);
    if (!readNumber(parser.value(speed), 0.001, 1e7, options.speed)) {
        errorMessage = tr("The speed must be a positive number, for example 1 or 1000.");
        return false;
    }
    if (!readNumber(parser.value(latency), 0, 600000, number)) {
        errorMessage = tr("The latency must be a number of milliseconds.");
        return false;
    }
    options.latencyMs = int(number);
    if (!readNumber(parser.value(errorRate), 0, 1, options.errorRate)) {
        errorMessage = tr("The error rate must be a number from 0 to 1.");
        return false;
    }
    if (!readNumber(parser.value(rateLimit), 0, 1e9, number)) {
        errorMessage = tr("The rate limit must be a whole number of requests.");
        return false;
    }
    options.rateLimit = int(number);
    if (!readNumber(parser.value(rateWindow), 1, 86400, number)) {
        errorMessage = tr("The rate-limit window must be from 1 to 86400 seconds.");
        return false;
    }
    options.rateWindowSeconds = int(number);
    if (parser.isSet(cutStream)) {
        if (!readNumber(parser.value(cutStream), 0, 1e9, number)) {
            errorMessage = tr("The number of chunks before the cut must be a whole number.");
            return false;
        }
        options.cutStreamAfter = int(number);
    }
    if (!readNumber(parser.value(seed), 0, 4294967295.0, number)) {
        errorMessage = tr("The seed must be a whole number.");
        return false;
    }
    options.seed = quint32(number);
    options.truncateJson = parser.isSet(truncate);
    options.refuseFineTuning = parser.isSet(refuseFineTuning);
    options.verbose = parser.isSet(verbose);
    options.exitWithParent = parser.isSet(exitWithParent);
    options.dataDir = parser.value(dataDir);
    return true;
}
