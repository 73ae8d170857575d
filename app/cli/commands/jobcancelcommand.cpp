#include "jobcancelcommand.h"

#include "jobconnection.h"
#include "joboutput.h"

#include <QCommandLineParser>

QString JobCancelCommand::name() const
{
    return QStringLiteral("cancel");
}

QString JobCancelCommand::summary() const
{
    return tr("Stop a job that has not finished");
}

int JobCancelCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Stops a fine-tuning job. What it learned so far is not kept; the training done "
           "until now may still be billed."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The job's id, for example ftjob-abc123."));
    JobConnection connection;
    connection.addOptions(parser);
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    ProviderSession::Ready ready;
    if (const auto stop =
            connection.connectForOneJob(parser, helpText(parser, arguments), err, &ready))
        return *stop;

    ApiResult<Job> cancelled;
    JobConnection::Wait wait;
    ready.client->cancelJob(parser.positionalArguments().first(),
                            [&](const ApiResult<Job> &result) {
                                cancelled = result;
                                wait.quit();
                            });
    wait.exec();
    if (!cancelled.ok()) {
        JobConnection::printError(err, cancelled.error);
        return JobConnection::exitStatusFor(cancelled.error);
    }
    connection.updateRecord(cancelled.value);
    out << tr("Job %1 is being stopped.").arg(cancelled.value.id) << '\n'
        << JobOutput::statusLine(cancelled.value) << '\n';
    return Success;
}
