#include "jobstartcommand.h"

#include "api/jobs/joblauncher.h"
#include "api/jobs/jobtracker.h"
#include "core/jobs/jobstore.h"
#include "core/workspace/datasetstore.h"
#include "jobconnection.h"
#include "joboutput.h"

#include <QCommandLineParser>
#include <QTimer>
#include <type_traits>

namespace {

// The options of `ajuste job start` and how they become a launch request.
class StartOptions
{
    Q_DECLARE_TR_FUNCTIONS(JobStartCommand)

public:
    StartOptions()
    {
        model.setDescription(
            tr("The base model to fine-tune, for example gpt-4o-mini-2024-07-18."));
        validation.setDescription(tr("A validation file (JSONL), to measure the model on "
                                     "examples it does not learn from."));
        dataset.setDescription(tr("With --workspace: the dataset to learn from, instead of FILE."));
        epochs.setDescription(tr("How many times the model goes through the examples "
                                 "(default: the provider chooses)."));
        batchSize.setDescription(tr("How many examples make one training step."));
        multiplier.setDescription(tr("OpenAI: a multiple of OpenAI's own learning rate."));
        learningRate.setDescription(tr("Together AI: the learning rate itself."));
        suffix.setDescription(tr("A word added to the tuned model's name."));
        method.setDescription(tr("supervised (learn from example answers, the default) or dpo "
                                 "(learn from preferred and rejected answers)."));
        wait.setDescription(tr("Stay until the job ends, printing its progress; the exit "
                               "status says how it ended."));
    }

    QList<QCommandLineOption> all() const
    {
        return {model,      validation,   dataset, epochs, batchSize,
                multiplier, learningRate, suffix,  method, wait};
    }

    // Fills what the command line alone says; returns the problem for bad usage, or nothing.
    QString read(const QCommandLineParser &parser, JobLauncher::Request &request) const
    {
        const QStringList files = parser.positionalArguments();
        if (!parser.isSet(model))
            return tr("Name the base model with --model, for example --model "
                      "gpt-4o-mini-2024-07-18.");
        if (files.size() > 1)
            return tr("Give one training file; a validation file goes with --validation.");
        if (files.isEmpty() == !parser.isSet(dataset))
            return tr("Give either a training file or --workspace W --dataset NAME.");
        if (parser.isSet(dataset) && parser.isSet(validation))
            return tr("A dataset brings its own validation examples: leave out --validation.");
        if (parser.isSet(multiplier) && parser.isSet(learningRate))
            return tr("Use either --learning-rate-multiplier (OpenAI) or --learning-rate "
                      "(Together AI), not both.");
        request.model = parser.value(model);
        request.suffix = parser.value(suffix);
        if (!files.isEmpty()) {
            request.trainingPath = files.first();
            request.validationPath = parser.value(validation);
        }
        const QString methodName = parser.value(method);
        if (methodName == QLatin1String("dpo"))
            request.method = FineTuneMethod::Dpo;
        else if (!methodName.isEmpty() && methodName != QLatin1String("supervised"))
            return tr("“%1” is not a training method. Use --method supervised or --method dpo.")
                .arg(methodName);
        if (!readNumber<int>(parser, epochs, Hyperparameters::Epochs, request) ||
            !readNumber<int>(parser, batchSize, Hyperparameters::BatchSize, request))
            return tr("--epochs and --batch-size take a whole number above zero.");
        if (!readNumber<double>(parser, multiplier, Hyperparameters::LearningRateMultiplier,
                                request) ||
            !readNumber<double>(parser, learningRate, Hyperparameters::LearningRate, request))
            return tr("The learning rate takes a number above zero, for example 0.00001 (with "
                      "a dot).");
        return {};
    }

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

private:
    // A setting given as a number above zero (absent: automatic); false when it is not one.
    template <typename T>
    static bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option,
                           QLatin1StringView key, JobLauncher::Request &request)
    {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        T value{};
        if constexpr (std::is_same_v<T, int>)
            value = parser.value(option).toInt(&ok);
        else
            value = parser.value(option).toDouble(&ok);
        if (!ok || value <= 0)
            return false;
        request.hyperparameters.set(key, value);
        return true;
    }
};

// Starts the job and reports how it went: the stored id (0 without a store) and the job, or
// the exit status of a refusal or cancellation.
struct Launched
{
    qint64 storedId = 0;
    Job job;
    int status = CliCommand::Success;
};

Launched launch(JobConnection &connection, const JobLauncher::Request &request, QTextStream &err)
{
    JobLauncher launcher(connection.session(), connection.jobStore(), connection.datasetStore());
    JobConnection::Wait launching;
    Launched result;
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
        result.storedId = id;
        result.job = job;
        launching.quit();
    });
    QObject::connect(&launcher, &JobLauncher::failed, &launcher,
                     [&](const ApiError &error, const JobLauncher::Request &) {
                         JobConnection::printError(err, error);
                         result.status = JobConnection::exitStatusFor(error);
                         launching.quit();
                     });
    QObject::connect(&launcher, &JobLauncher::cancelled, &launcher, [&] {
        result.status = CliCommand::Partial;
        launching.quit();
    });
    launcher.start(request);
    launching.exec();
    return result;
}

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
    const StartOptions options;
    parser.addOptions(options.all());
    JobConnection connection;
    connection.addOptions(parser);
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    const auto usage = [&](const QString &problem) {
        err << problem << '\n' << helpText(parser, arguments);
        return Unusable;
    };
    JobLauncher::Request request;
    if (const QString problem = options.read(parser, request); !problem.isEmpty())
        return usage(problem);
    if (!connection.configure(parser, err))
        return Unusable;
    if (parser.isSet(options.dataset)) {
        if (!connection.hasWorkspaceOption())
            return usage(tr("--dataset needs the workspace that holds it: add --workspace W."));
        const QString name = parser.value(options.dataset).simplified();
        request.datasetId = connection.datasetStore()->datasetIdByName(name);
        if (request.datasetId == 0) {
            err << tr("There is no dataset “%1” in this workspace.").arg(name) << '\n';
            return Unusable;
        }
    }
    // Following needs somewhere to keep what arrives: the workspace, or one for this run.
    const bool wait = parser.isSet(options.wait);
    if (wait && !connection.openTemporaryWorkspace(err))
        return Unusable;
    request.profileId = connection.profileId();

    const Launched started = launch(connection, request, err);
    if (started.job.id.isEmpty())
        return started.status;
    out << tr("Started job %1 (model %2).").arg(started.job.id, started.job.model) << '\n';
    out.flush();
    if (!wait)
        return Success;
    if (started.storedId == 0) {
        err << tr("The job started, but Ajuste could not keep it to follow it: %1")
                   .arg(connection.jobStore()->lastError())
            << '\n';
        return Partial;
    }
    return Follower(connection, started.storedId, started.job, out, err).exec();
}
