#include "joblistcommand.h"

#include "core/jobs/jobstore.h"
#include "jobconnection.h"
#include "joboutput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

QString JobListCommand::name() const
{
    return QStringLiteral("list");
}

QString JobListCommand::summary() const
{
    return tr("List the provider's fine-tuning jobs");
}

int JobListCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the provider's fine-tuning jobs, newest first."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the jobs as a JSON array, for scripts."));
    parser.addOption(json);
    JobConnection connection;
    connection.addOptions(parser);
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("“job list” takes no file or job id.") << '\n' << helpText(parser, arguments);
        return Unusable;
    }
    if (!connection.configure(parser, err))
        return Unusable;
    const ProviderSession::Ready ready = connection.connect(err);
    if (!ready.ok())
        return JobConnection::exitStatusFor(ready.error);

    ApiResult<QList<Job>> listed;
    JobConnection::Wait wait;
    ready.client->listJobs([&](const ApiResult<QList<Job>> &result) {
        listed = result;
        wait.quit();
    });
    wait.exec();
    if (!listed.ok()) {
        JobConnection::printError(err, listed.error);
        return JobConnection::exitStatusFor(listed.error);
    }
    QList<Job> jobs = listed.value;
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const Job &a, const Job &b) { return a.createdAt > b.createdAt; });
    if (JobStore *store = connection.hasWorkspaceOption() ? connection.jobStore() : nullptr) {
        for (const Job &job : std::as_const(jobs)) {
            const JobRecord known = store->jobByProviderId(connection.profileId(), job.id);
            if (known.id != 0) {
                store->updateJob(known.id, job);
                continue;
            }
            JobRecord record;
            record.profileId = connection.profileId();
            record.providerKind = ProviderProfile::kindId(ready.profile.kind);
            record.job = job;
            store->saveJob(record);
        }
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Job &job : std::as_const(jobs))
            array.append(JobOutput::toJson(job));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (jobs.isEmpty())
        out << tr("There are no fine-tuning jobs on “%1” yet.").arg(ready.profile.name) << '\n';
    for (const Job &job : std::as_const(jobs))
        out << JobOutput::listLine(job) << '\n';
    return Success;
}
