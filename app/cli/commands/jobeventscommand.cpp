#include "jobeventscommand.h"

#include "jobconnection.h"
#include "joboutput.h"

#include <QCommandLineParser>

QString JobEventsCommand::name() const
{
    return QStringLiteral("events");
}

QString JobEventsCommand::summary() const
{
    return tr("Print a job's messages, oldest first");
}

int JobEventsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints every message the provider recorded for a job, oldest first."));
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

    ApiResult<EventPage> page;
    JobConnection::Wait wait;
    ready.client->listEvents(parser.positionalArguments().first(), QString(),
                             [&](const ApiResult<EventPage> &result) {
                                 page = result;
                                 wait.quit();
                             });
    wait.exec();
    if (!page.ok()) {
        JobConnection::printError(err, page.error);
        return JobConnection::exitStatusFor(page.error);
    }
    for (const JobEvent &event : std::as_const(page.value.events))
        out << JobOutput::eventLine(event) << '\n';
    return Success;
}
