#include "jobmetricscommand.h"

#include "core/charts/metricscsv.h"
#include "core/charts/trainingrun.h"
#include "jobconnection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// Reads a job's measurements from every place the provider keeps them: the metrics events
// (OpenAI, the Sandbox), the metrics endpoint (Together) and, once the job has ended, its
// full history (the result file), each completing the steps the others lacked.
class MetricsReader
{
public:
    explicit MetricsReader(ProviderClient *client) : m_client(client) {}

    ApiError read(const QString &jobId)
    {
        const ApiResult<Job> job =
            await<Job>([&](ApiDone<Job> done) { return m_client->getJob(jobId, std::move(done)); });
        if (!job.ok())
            return job.error;
        m_job = job.value;
        const ProviderCapabilities capabilities = m_client->capabilities();
        if (capabilities.eventsCarryMetrics) {
            const ApiResult<EventPage> page = await<EventPage>([&](ApiDone<EventPage> done) {
                return m_client->listEvents(jobId, QString(), std::move(done));
            });
            if (!page.ok())
                return page.error;
            QList<MetricPoint> points;
            for (const JobEvent &event : page.value.events) {
                if (const auto point = event.metrics())
                    points.append(*point);
            }
            m_run.append(points);
        }
        if (capabilities.metricsEndpoint) {
            const auto listed = await<QList<MetricPoint>>([&](ApiDone<QList<MetricPoint>> done) {
                return m_client->listMetrics(jobId, 0, std::move(done));
            });
            if (!listed.ok())
                return listed.error;
            m_run.append(listed.value);
        }
        if (m_job.isFinished()) {
            const auto full = await<QList<MetricPoint>>([&](ApiDone<QList<MetricPoint>> done) {
                return m_client->fetchMetrics(m_job, std::move(done));
            });
            // A job that failed early has no result file: what the events said stands.
            if (full.ok())
                m_run.append(full.value);
            else if (m_run.isEmpty() && full.error.kind != ApiError::Kind::NotFound &&
                     full.error.kind != ApiError::Kind::Unsupported)
                return full.error;
        }
        if (const std::optional<int> epochs =
                m_job.hyperparameters.integer(Hyperparameters::Epochs))
            m_run.setEpochs(*epochs);
        return {};
    }

    const TrainingRun &run() const { return m_run; }

private:
    template <typename T> ApiResult<T> await(const std::function<ApiCall *(ApiDone<T>)> &start)
    {
        ApiResult<T> answer;
        JobConnection::Wait wait;
        start([&](const ApiResult<T> &result) {
            answer = result;
            wait.quit();
        });
        wait.exec();
        return answer;
    }

    ProviderClient *m_client;
    Job m_job;
    TrainingRun m_run;
};

} // namespace

QString JobMetricsCommand::name() const
{
    return QStringLiteral("metrics");
}

QString JobMetricsCommand::summary() const
{
    return tr("Write a job's measurements, one row per step (CSV or JSON)");
}

int JobMetricsCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a job's whole history of measurements, one row per step, with the columns "
           "%1; a cell is empty where the provider measured nothing.")
            .arg(QString::fromLatin1(MetricsCsv::columns().join(','))));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 tr("The job's id, for example ftjob-abc123."));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The file to write (default: print the rows)."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("JSON (one object per step) instead of CSV."));
    parser.addOptions({outOption, json});
    JobConnection connection;
    connection.addOptions(parser);
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    ProviderSession::Ready ready;
    if (const auto stop =
            connection.connectForOneJob(parser, helpText(parser, arguments), err, &ready))
        return *stop;

    MetricsReader reader(ready.client);
    if (const ApiError error = reader.read(parser.positionalArguments().first())) {
        JobConnection::printError(err, error);
        return JobConnection::exitStatusFor(error);
    }
    const QByteArray bytes = parser.isSet(json)
                                 ? QJsonDocument(MetricsCsv::toJson(reader.run())).toJson()
                                 : MetricsCsv::toCsv(reader.run());
    if (!parser.isSet(outOption)) {
        out << QString::fromUtf8(bytes);
        return Success;
    }
    const QString path = parser.value(outOption);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << tr("Ajuste could not write “%1”: %2. Choose a folder you may write to.")
                   .arg(QDir::toNativeSeparators(path), file.errorString())
            << '\n';
        return Unusable;
    }
    out << tr("Steps written to “%1”: %2.")
               .arg(QDir::toNativeSeparators(path))
               .arg(reader.run().size())
        << '\n';
    return Success;
}
