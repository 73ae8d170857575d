#include "jobshowcommand.h"

#include "jobconnection.h"
#include "joboutput.h"

#include <QCommandLineParser>
#include <QJsonDocument>

QString JobShowCommand::name() const
{
    return QStringLiteral("show");
}

QString JobShowCommand::summary() const
{
    return tr("Show one job: its status, model and settings");
}

int JobShowCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows one fine-tuning job as the provider reports it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The job's id, for example ftjob-abc123."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the job as JSON, for scripts."));
    parser.addOption(json);
    JobConnection connection;
    connection.addOptions(parser);
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    ProviderSession::Ready ready;
    if (const auto stop =
            connection.connectForOneJob(parser, helpText(parser, arguments), err, &ready))
        return *stop;

    ApiResult<Job> found;
    JobConnection::Wait wait;
    ready.client->getJob(parser.positionalArguments().first(), [&](const ApiResult<Job> &result) {
        found = result;
        wait.quit();
    });
    wait.exec();
    if (!found.ok()) {
        JobConnection::printError(err, found.error);
        return JobConnection::exitStatusFor(found.error);
    }
    connection.updateRecord(found.value);
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(JobOutput::toJson(found.value)).toJson());
    else
        JobOutput::printDetails(out, found.value);
    return Success;
}
