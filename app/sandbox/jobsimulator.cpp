#include "jobsimulator.h"

#include "filestore.h"
#include "idgenerator.h"
#include "trainingcurve.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace {

constexpr int validationEvery = 5;
constexpr int tickMs = 50;

// OpenAI's default number of epochs for n examples (its data-preparation notebook).
int automaticEpochs(int examples)
{
    const int n = std::max(1, examples);
    if (3 * n < 100)
        return std::min(25, 100 / n);
    if (3 * n > 25000)
        return std::max(1, 25000 / n);
    return 3;
}

int automaticBatchSize(int examples)
{
    return std::clamp(int(std::lround(examples * 0.002)), 1, 256);
}

QString formatLoss(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

JobSimulator::JobSimulator(FileStore &files, IdGenerator &ids, double speed, QObject *parent)
    : QObject(parent), m_files(files), m_ids(ids), m_speed(speed)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &JobSimulator::advance);
    m_clock.start();
}

QJsonObject JobSimulator::start(SandboxJob job)
{
    job.id = m_ids.next(QStringLiteral("ftjob-"));
    job.modelId = m_ids.next(QString(), 8);
    job.createdAt = QDateTime::currentSecsSinceEpoch();
    job.status = QStringLiteral("validating_files");
    addEvent(job, QStringLiteral("info"),
             QStringLiteral("Validating training file: %1").arg(job.trainingFile) +
                 (job.hasValidation
                      ? QStringLiteral(" and validation file: %1").arg(job.validationFile)
                      : QString()));
    m_jobs.append(job);
    scheduleTicks();
    return job.toJson();
}

SandboxJob *JobSimulator::find(const QString &id)
{
    for (SandboxJob &job : m_jobs) {
        if (job.id == id)
            return &job;
    }
    return nullptr;
}

QList<QJsonObject> JobSimulator::list() const
{
    QList<QJsonObject> items;
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it)
        items.append(it->toJson());
    return items;
}

QList<QJsonObject> JobSimulator::events(const SandboxJob &job) const
{
    QList<QJsonObject> items(job.events.crbegin(), job.events.crend());
    return items;
}

QList<QJsonObject> JobSimulator::checkpoints(const SandboxJob &job) const
{
    QList<QJsonObject> items(job.checkpoints.crbegin(), job.checkpoints.crend());
    return items;
}

const SandboxJob *JobSimulator::jobForModel(const QString &model) const
{
    for (const SandboxJob &job : m_jobs) {
        if (job.status != QLatin1String("succeeded"))
            continue;
        if (job.fineTunedModel == model)
            return &job;
        for (const QJsonObject &checkpoint : job.checkpoints) {
            if (checkpoint.value(QStringLiteral("fine_tuned_model_checkpoint")).toString() == model)
                return &job;
        }
    }
    return nullptr;
}

QList<const SandboxJob *> JobSimulator::succeededJobs() const
{
    QList<const SandboxJob *> jobs;
    for (const SandboxJob &job : m_jobs) {
        if (job.status == QLatin1String("succeeded"))
            jobs.append(&job);
    }
    return jobs;
}

QString JobSimulator::cancel(SandboxJob &job)
{
    if (job.isFinished())
        return QStringLiteral("Job %1 has already finished with status %2 and cannot be "
                              "cancelled.")
            .arg(job.id, job.status);
    job.status = QStringLiteral("cancelled");
    job.finishedAt = QDateTime::currentSecsSinceEpoch();
    job.estimatedFinish = 0;
    addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job cancelled"));
    return {};
}

QString JobSimulator::pause(SandboxJob &job)
{
    if (job.status != QLatin1String("running"))
        return QStringLiteral("Job %1 cannot be paused: only a running job can be paused, and "
                              "its status is %2.")
            .arg(job.id, job.status);
    job.status = QStringLiteral("paused");
    job.estimatedFinish = 0;
    addEvent(job, QStringLiteral("info"),
             QStringLiteral("Fine-tuning job paused at step %1/%2")
                 .arg(job.stepsDone)
                 .arg(job.totalSteps));
    return {};
}

QString JobSimulator::resume(SandboxJob &job)
{
    if (job.status != QLatin1String("paused"))
        return QStringLiteral("Job %1 cannot be resumed: only a paused job can be resumed, and "
                              "its status is %2.")
            .arg(job.id, job.status);
    job.status = QStringLiteral("running");
    addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job resumed"));
    updateEstimate(job);
    scheduleTicks();
    return {};
}

void JobSimulator::advance()
{
    const qint64 nowMs = m_clock.elapsed();
    const double simulated = double(nowMs - m_lastTickMs) / 1000.0 * m_speed;
    m_lastTickMs = nowMs;
    for (SandboxJob &job : m_jobs) {
        if (job.isActive())
            advanceJob(job, simulated);
    }
    scheduleTicks();
}

void JobSimulator::restore(const SandboxJob &job)
{
    m_jobs.append(job);
    scheduleTicks();
}

bool JobSimulator::hasActiveJobs() const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                       [](const SandboxJob &job) { return job.isActive(); });
}

void JobSimulator::scheduleTicks()
{
    const bool anyActive = hasActiveJobs();
    if (anyActive && !m_tick.isActive()) {
        m_lastTickMs = m_clock.elapsed();
        m_tick.start();
    } else if (!anyActive) {
        m_tick.stop();
    }
}

void JobSimulator::advanceJob(SandboxJob &job, double simulatedSeconds)
{
    job.phaseSeconds += simulatedSeconds;
    if (job.status == QLatin1String("validating_files") && job.phaseSeconds >= validatingSeconds) {
        job.phaseSeconds -= validatingSeconds;
        finishValidation(job);
    }
    if (job.status == QLatin1String("queued") && job.phaseSeconds >= queuedSeconds) {
        job.phaseSeconds -= queuedSeconds;
        job.status = QStringLiteral("running");
        addEvent(job, QStringLiteral("info"), QStringLiteral("Fine-tuning job started"));
        updateEstimate(job);
    }
    if (job.status == QLatin1String("running"))
        runSteps(job);
}

void JobSimulator::finishValidation(SandboxJob &job)
{
    if (!job.training.isValid()) {
        fail(job, QStringLiteral("The job failed due to an invalid training file. ") +
                      job.training.error());
        job.errorParam = QStringLiteral("training_file");
        return;
    }
    // A validation file needs well-formed lines but not ten examples.
    if (job.hasValidation && !job.validation.linesAreValid()) {
        fail(job, QStringLiteral("The job failed due to an invalid validation file. ") +
                      job.validation.error());
        job.errorParam = QStringLiteral("validation_file");
        return;
    }
    resolveHyperparameters(job);
    job.status = QStringLiteral("queued");
    addEvent(job, QStringLiteral("info"),
             QStringLiteral("Files validated, moving job to queued state"));
}

void JobSimulator::resolveHyperparameters(SandboxJob &job)
{
    const int examples = job.training.exampleCount();
    job.nEpochs = job.requestedEpochs > 0 ? job.requestedEpochs : automaticEpochs(examples);
    job.batchSize =
        job.requestedBatchSize > 0 ? job.requestedBatchSize : automaticBatchSize(examples);
    job.learningRate = job.requestedLearningRate > 0 ? job.requestedLearningRate : 1.8;
    job.beta = job.requestedBeta > 0 ? job.requestedBeta : 0.1;
    job.stepsPerEpoch = (examples + job.batchSize - 1) / job.batchSize;
    job.totalSteps = job.stepsPerEpoch * job.nEpochs;
}

double JobSimulator::runSeconds(const SandboxJob &job) const
{
    return std::clamp(job.totalSteps * secondsPerStep, minimumRunSeconds, maximumRunSeconds);
}

void JobSimulator::updateEstimate(SandboxJob &job) const
{
    if (job.totalSteps <= 0)
        return;
    const double remaining = runSeconds(job) * (job.totalSteps - job.stepsDone) / job.totalSteps;
    job.estimatedFinish =
        QDateTime::currentSecsSinceEpoch() + qint64(std::ceil(remaining / m_speed));
}

void JobSimulator::runSteps(SandboxJob &job)
{
    const double stepSeconds = runSeconds(job) / job.totalSteps;
    const int due = std::min(job.totalSteps, int(job.phaseSeconds / stepSeconds));
    while (job.stepsDone < due)
        emitStep(job, ++job.stepsDone);
    if (job.stepsDone >= job.totalSteps)
        succeed(job);
}

void JobSimulator::emitStep(SandboxJob &job, int step)
{
    const TrainingCurve curve(quint64(job.seed),
                              {job.totalSteps, job.nEpochs, job.training.exampleCount(),
                               job.method == QLatin1String("dpo")});
    const TrainingCurve::Point train = curve.train(step);
    QJsonObject data{{QStringLiteral("step"), step},
                     {QStringLiteral("total_steps"), job.totalSteps},
                     {QStringLiteral("train_loss"), train.loss},
                     {QStringLiteral("train_mean_token_accuracy"), train.accuracy}};
    QString message = QStringLiteral("Step %1/%2: training loss=%3")
                          .arg(step)
                          .arg(job.totalSteps)
                          .arg(formatLoss(train.loss));
    const bool epochEnd = step % job.stepsPerEpoch == 0;
    QByteArray validLoss;
    QByteArray validAccuracy;
    if (job.hasValidation && (step % validationEvery == 0 || epochEnd)) {
        const TrainingCurve::Point valid = curve.validation(step);
        data.insert(QStringLiteral("valid_loss"), valid.loss);
        data.insert(QStringLiteral("valid_mean_token_accuracy"), valid.accuracy);
        message += QStringLiteral(", validation loss=%1").arg(formatLoss(valid.loss));
        validLoss = QByteArray::number(valid.loss, 'f', 5);
        validAccuracy = QByteArray::number(valid.accuracy, 'f', 5);
    }
    if (job.hasValidation && epochEnd) {
        const TrainingCurve::Point full = curve.fullValidation(step);
        data.insert(QStringLiteral("full_valid_loss"), full.loss);
        data.insert(QStringLiteral("full_valid_mean_token_accuracy"), full.accuracy);
        message += QStringLiteral(", full validation loss=%1").arg(formatLoss(full.loss));
    }
    addEvent(job, QStringLiteral("info"), message, data);
    job.resultCsv += QByteArray::number(step) + ',' + QByteArray::number(train.loss, 'f', 5) + ',' +
                     QByteArray::number(train.accuracy, 'f', 5) + ',' + validLoss + ',' +
                     validAccuracy + '\n';
    const int epoch = step / job.stepsPerEpoch;
    if (epochEnd && epoch > job.nEpochs - 3)
        addCheckpoint(job, step, data);
}

void JobSimulator::addCheckpoint(SandboxJob &job, int step, const QJsonObject &data)
{
    QJsonObject metrics = data;
    metrics.remove(QStringLiteral("total_steps"));
    job.checkpoints.append(
        {{QStringLiteral("id"), m_ids.next(QStringLiteral("ftckpt-"))},
         {QStringLiteral("object"), QStringLiteral("fine_tuning.job.checkpoint")},
         {QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch()},
         {QStringLiteral("fine_tuned_model_checkpoint"), job.checkpointModel(step)},
         {QStringLiteral("step_number"), step},
         {QStringLiteral("metrics"), metrics},
         {QStringLiteral("fine_tuning_job_id"), job.id}});
    addEvent(job, QStringLiteral("info"),
             QStringLiteral("Checkpoint created at step %1").arg(step));
}

void JobSimulator::succeed(SandboxJob &job)
{
    job.fineTunedModel =
        QStringLiteral("ft:%1:sandbox:%2:%3").arg(job.model, job.suffix, job.modelId);
    const QByteArray csv =
        "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n" + job.resultCsv;
    // OpenAI serves result files base64-encoded; clients decode them.
    job.resultFiles = {m_files.add(QStringLiteral("step_metrics.csv"),
                                   QStringLiteral("fine-tune-results"), csv.toBase64())};
    job.trainedTokens = job.training.tokensPerEpoch() * job.nEpochs;
    job.status = QStringLiteral("succeeded");
    job.finishedAt = QDateTime::currentSecsSinceEpoch();
    job.estimatedFinish = 0;
    addEvent(job, QStringLiteral("info"),
             QStringLiteral("New fine-tuned model created: %1").arg(job.fineTunedModel));
    addEvent(job, QStringLiteral("info"), QStringLiteral("The job has successfully completed"));
}

void JobSimulator::fail(SandboxJob &job, const QString &message)
{
    job.status = QStringLiteral("failed");
    job.errorCode = QStringLiteral("invalid_training_file");
    job.errorMessage = message;
    job.finishedAt = QDateTime::currentSecsSinceEpoch();
    addEvent(job, QStringLiteral("error"), message);
}

void JobSimulator::addEvent(SandboxJob &job, const QString &level, const QString &message,
                            const QJsonObject &data)
{
    QJsonObject event{{QStringLiteral("id"), m_ids.next(QStringLiteral("ftevent-"))},
                      {QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
                      {QStringLiteral("created_at"), QDateTime::currentSecsSinceEpoch()},
                      {QStringLiteral("level"), level},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("type"),
                       data.isEmpty() ? QStringLiteral("message") : QStringLiteral("metrics")},
                      {QStringLiteral("data"), data}};
    job.events.append(event);
}
