#include "jobstartcommand.h"

#include "api/jobs/joblauncher.h"
#include "api/jobs/jobtracker.h"
#include "core/jobs/jobstore.h"
#include "core/workspace/datasetstore.h"
#include "jobconnection.h"
#include "joboutput.h"

#include <QCommandLineParser>
#include <QTimer>

namespace {

struct StartOptions
{
    QCommandLineOption model{QStringLiteral("model"), QString(), QStringLiteral("MODEL")};
    QCommandLineOption validation{QStringLiteral("validation"), QString(), QStringLiteral("FILE")};
    QCommandLineOption dataset{QStringLiteral("dataset"), QString(), QStringLiteral("NAME")};
    QCommandLineOption epochs{QStringLiteral("epochs"), QString(), QStringLiteral("N")};
    QCommandLineOption batchSize{QStringLiteral("batch-size"), QString(), QStringLiteral("N")};
    QCommandLineOption multiplier{QStringLiteral("learning-rate-multiplier"), QString(),
                                  QStringLiteral("X")};
    QCommandLineOption learningRate{QStringLiteral("learning-rate"), QString(),
                                    QStringLiteral("X")};
    QCommandLineOption suffix{QStringLiteral("suffix"), QString(), QStringLiteral("S")};
    QCommandLineOption method{QStringLiteral("method"), QString(), QStringLiteral("METHOD")};
    QCommandLineOption wait{QStringLiteral("wait")};
};

// Follows the started job until it ends, printing its status changes and training steps.
class Follower
{
    Q_DECLARE_TR_FUNCTIONS(JobStartCommand)

public:
    Follower(JobConnection &connection, qint64 jobId, const Job &job, QTextStream &out,
             QTextStream &err)
        : m_jobs(connection.jobStore()), m_jobId(jobId), m_status(job.status), m_out(out),
          m_err(err), m_tracker(connection.session(), connection.jobStore())
    {
        m_out << JobOutput::statusLine(job) << '\n';
        m_out.flush();
        QObject::connect(m_jobs, &JobStore::jobChanged, &m_tracker,
                         [this](qint64 id) { jobChanged(id); });
        QObject::connect(m_jobs, &JobStore::metricsAdded, &m_tracker,
                         [this](qint64 id, int first, int last) { stepsAdded(id, first, last); });
        QObject::connect(
            &m_tracker, &JobTracker::jobFinished, &m_tracker, [this](qint64 id, JobStatus status) {
                if (id != m_jobId)
                    return;
                // The end is told last, after every step of the run.
                printStatus(m_jobs->job(id).job);
                m_exit = status == JobStatus::Succeeded ? CliCommand::Success : CliCommand::Partial;
                m_wait.quit();
            });
        QObject::connect(&m_tracker, &JobTracker::pollFailed, &m_tracker,
                         [this](qint64 id, const ApiError &error, bool stillPolling) {
                             if (id != m_jobId)
                                 return;
                             pollFailed(error, stillPolling);
                         });
    }

    int exec()
    {
        m_tracker.follow(m_jobId);
        m_wait.exec();
        return m_exit;
    }

private:
    void jobChanged(qint64 id)
    {
        if (id != m_jobId)
            return;
        const Job job = m_jobs->job(id).job;
        if (!job.isFinished())
            printStatus(job);
    }

    void printStatus(const Job &job)
    {
        if (job.status == m_status)
            return;
        m_status = job.status;
        m_out << JobOutput::statusLine(job) << '\n';
        if (job.status == JobStatus::Failed && !job.error.isEmpty())
            m_out << tr("The provider said: %1").arg(job.error.message) << '\n';
        if (job.status == JobStatus::Succeeded && !job.fineTunedModel.isEmpty())
            m_out << tr("Fine-tuned model: %1").arg(job.fineTunedModel) << '\n';
        m_out.flush();
    }

    void stepsAdded(qint64 id, int first, int last)
    {
        if (id != m_jobId || last <= m_lastStep)
            return;
        const std::optional<int> total = m_jobs->totalSteps(id);
        for (const MetricPoint &point : m_jobs->metrics(id, qMax(first, m_lastStep + 1), last)) {
            m_out << JobOutput::stepLine(point, total) << '\n';
            m_lastStep = qMax(m_lastStep, point.step);
        }
        m_out.flush();
    }

    void pollFailed(const ApiError &error, bool stillPolling)
    {
        // Passing trouble is said once until it changes; polling goes on.
        if (stillPolling && error.userMessage == m_lastProblem)
            return;
        m_lastProblem = error.userMessage;
        JobConnection::printError(m_err, error);
        if (stillPolling)
            return;
        // Either the tracker gave up on the job, or a last reading after its end failed and
        // jobFinished follows: look once the signal has been handled.
        QTimer::singleShot(0, &m_tracker, [this, error] {
            if (m_wait.isDone() || m_tracker.isFollowing(m_jobId))
                return;
            m_exit = JobConnection::exitStatusFor(error);
            m_wait.quit();
        });
    }

    JobStore *m_jobs;
    qint64 m_jobId;
    JobStatus m_status;
    QTextStream &m_out;
    QTextStream &m_err;
    JobTracker m_tracker;
    JobConnection::Wait m_wait;
    int m_lastStep = 0;
    QString m_lastProblem;
    int m_exit = CliCommand::Partial;
};

} // namespace

QString JobStartCommand::name() const
{
    return QStringLiteral("start");
}

QString JobStartCommand::summary() const
{
    return tr("Start a fine-tune from a training file or a dataset");
}

int JobStartCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Starts a fine-tuning job from a JSONL training file, or from a dataset of a "
           "workspace (its training and validation examples)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The training file (JSONL)."),
                                 QStringLiteral("[FILE]"));
    StartOptions o;
    o.model.setDescription(tr("The base model to fine-tune, for example gpt-4o-mini-2024-07-18."));
    o.validation.setDescription(tr("A validation file (JSONL), to measure the model on examples "
                                   "it does not learn from."));
    o.dataset.setDescription(tr("With --workspace: the dataset to learn from, instead of FILE."));
    o.epochs.setDescription(tr("How many times the model goes through the examples "
                               "(default: the provider chooses)."));
    o.batchSize.setDescription(tr("How many examples make one training step."));
    o.multiplier.setDescription(tr("OpenAI: a multiple of OpenAI's own learning rate."));
    o.learningRate.setDescription(tr("Together AI: the learning rate itself."));
    o.suffix.setDescription(tr("A word added to the tuned model's name."));
    o.method.setDescription(tr("supervised (learn from example answers, the default) or dpo "
                               "(learn from preferred and rejected answers)."));
    o.wait.setDescription(tr("Stay until the job ends, printing its progress; the exit status "
                             "says how it ended."));
    parser.addOptions({o.model, o.validation, o.dataset, o.epochs, o.batchSize, o.multiplier,
                       o.learningRate, o.suffix, o.method, o.wait});
    JobConnection connection;
    connection.addOptions(parser);
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;

    const QStringList files = parser.positionalArguments();
    const auto usage = [&](const QString &problem) {
        err << problem << '\n' << helpText(parser, arguments);
        return Unusable;
    };
    if (!parser.isSet(o.model))
        return usage(tr("Name the base model with --model, for example --model "
                        "gpt-4o-mini-2024-07-18."));
    if (files.size() > 1)
        return usage(tr("Give one training file; a validation file goes with --validation."));
    if (files.isEmpty() == !parser.isSet(o.dataset))
        return usage(tr("Give either a training file or --workspace W --dataset NAME."));
    if (parser.isSet(o.dataset) && parser.isSet(o.validation))
        return usage(tr("A dataset brings its own validation examples: leave out --validation."));
    if (parser.isSet(o.multiplier) && parser.isSet(o.learningRate))
        return usage(tr("Use either --learning-rate-multiplier (OpenAI) or --learning-rate "
                        "(Together AI), not both."));

    JobLauncher::Request request;
    request.model = parser.value(o.model);
    request.suffix = parser.value(o.suffix);
    const QString method = parser.value(o.method);
    if (method == QLatin1String("dpo"))
        request.method = FineTuneMethod::Dpo;
    else if (!method.isEmpty() && method != QLatin1String("supervised"))
        return usage(tr("“%1” is not a training method. Use --method supervised or --method dpo.")
                         .arg(method));
    const auto integer = [&](const QCommandLineOption &option, QLatin1StringView key) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value <= 0)
            return false;
        request.hyperparameters.set(key, value);
        return true;
    };
    const auto decimal = [&](const QCommandLineOption &option, QLatin1StringView key) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0)
            return false;
        request.hyperparameters.set(key, value);
        return true;
    };
    if (!integer(o.epochs, Hyperparameters::Epochs) ||
        !integer(o.batchSize, Hyperparameters::BatchSize))
        return usage(tr("--epochs and --batch-size take a whole number above zero."));
    if (!decimal(o.multiplier, Hyperparameters::LearningRateMultiplier) ||
        !decimal(o.learningRate, Hyperparameters::LearningRate))
        return usage(tr("The learning rate takes a number above zero, for example 0.00001 "
                        "(with a dot)."));

    if (!connection.configure(parser, err))
        return Unusable;
    if (parser.isSet(o.dataset)) {
        if (!connection.hasWorkspaceOption())
            return usage(tr("--dataset needs the workspace that holds it: add --workspace W."));
        const QString name = parser.value(o.dataset).simplified();
        request.datasetId = connection.datasetStore()->datasetIdByName(name);
        if (request.datasetId == 0) {
            err << tr("There is no dataset “%1” in this workspace.").arg(name) << '\n';
            return Unusable;
        }
    } else {
        request.trainingPath = files.first();
        request.validationPath = parser.value(o.validation);
    }
    const bool wait = parser.isSet(o.wait);
    if (wait && !connection.openTemporaryWorkspace(err))
        return Unusable;
    request.profileId = connection.profileId();

    JobLauncher launcher(connection.session(), connection.jobStore(), connection.datasetStore());
    JobConnection::Wait launching;
    qint64 storedId = 0;
    Job started;
    int status = Success;
    std::optional<JobLauncher::Stage> shownStage;
    QObject::connect(&launcher, &JobLauncher::progress, &launcher,
                     [&](JobLauncher::Stage stage, qint64, qint64) {
                         if (shownStage == stage)
                             return;
                         shownStage = stage;
                         err << JobLauncher::stageText(stage) << '\n';
                         err.flush();
                     });
    QObject::connect(&launcher, &JobLauncher::launched, &launcher, [&](qint64 id, const Job &job) {
        storedId = id;
        started = job;
        launching.quit();
    });
    QObject::connect(&launcher, &JobLauncher::failed, &launcher,
                     [&](const ApiError &error, const JobLauncher::Request &) {
                         JobConnection::printError(err, error);
                         status = JobConnection::exitStatusFor(error);
                         launching.quit();
                     });
    QObject::connect(&launcher, &JobLauncher::cancelled, &launcher, [&] {
        status = Partial;
        launching.quit();
    });
    launcher.start(request);
    launching.exec();
    if (started.id.isEmpty())
        return status;
    out << tr("Started job %1 (model %2).").arg(started.id, started.model) << '\n';
    out.flush();
    if (!wait)
        return Success;
    if (storedId == 0) {
        err << tr("The job started, but Ajuste could not keep it to follow it: %1")
                   .arg(connection.jobStore()->lastError())
            << '\n';
        return Partial;
    }
    return Follower(connection, storedId, started, out, err).exec();
}
