#include "togetherjson.h"

#include "core/jobs/jsonvalues.h"
#include "togetherhyperparameters.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace {
std::optional<int> optionalInt(const QJsonObject &object, const char *key)
{
    if (const auto value = JsonValues::integer(object, QLatin1String(key)))
        return int(*value);
    return std::nullopt;
}

// The first of several names a value may go by.
std::optional<double> firstNumber(const QJsonObject &object,
                                  std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        if (const auto value = JsonValues::number(object, QLatin1String(key)))
            return value;
    }
    return std::nullopt;
}

void setInt(Hyperparameters &values, QLatin1StringView key, const QJsonObject &object,
            const char *field)
{
    if (const auto value = optionalInt(object, field))
        values.set(key, *value);
}

void setNumber(Hyperparameters &values, QLatin1StringView key, const QJsonObject &object,
               const char *field)
{
    if (const auto value = JsonValues::number(object, QLatin1String(field)))
        values.set(key, *value);
}

void insertInt(QJsonObject &body, const char *field, const Hyperparameters &values,
               QLatin1StringView key)
{
    if (const auto value = values.integer(key))
        body.insert(QLatin1String(field), *value);
}

void insertNumber(QJsonObject &body, const char *field, const Hyperparameters &values,
                  QLatin1StringView key)
{
    if (const auto value = values.number(key))
        body.insert(QLatin1String(field), *value);
}

// training_type: nothing (Together's default, LoRA), {type: Full} or LoRA with size and strength.
std::optional<QJsonObject> trainingType(const FineTuneRequest &request,
                                        std::optional<int> knownRank)
{
    const Hyperparameters &values = request.hyperparameters;
    if (values.choice(Hyperparameters::TrainingType) == QLatin1String("full"))
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Full")}};
    std::optional<int> rank = values.integer(Hyperparameters::LoraRank);
    const std::optional<int> alpha = values.integer(Hyperparameters::LoraAlpha);
    if (!rank && alpha)
        rank = knownRank;
    if (!rank)
        return std::nullopt; // Together picks the size (and the strength)
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("Lora")},
                       {QStringLiteral("lora_r"), *rank},
                       {QStringLiteral("lora_alpha"), alpha.value_or(2 * *rank)}};
}

void insertCommon(QJsonObject &body, const FineTuneRequest &request, std::optional<int> loraRank)
{
    const Hyperparameters &values = request.hyperparameters;
    JsonValues::insertOptional(body, QLatin1String("validation_file"), request.validationFile);
    insertInt(body, "n_epochs", values, Hyperparameters::Epochs);
    if (const auto evals = values.integer(Hyperparameters::Evaluations))
        body.insert(QStringLiteral("n_evals"), *evals);
    else if (!request.validationFile.isEmpty()) // a validation file is only used with evals
        body.insert(QStringLiteral("n_evals"), TogetherHyperparameters::AutomaticEvaluations);
    body.insert(QStringLiteral("training_method"), TogetherJson::trainingMethod(request));
    if (const auto type = trainingType(request, loraRank))
        body.insert(QStringLiteral("training_type"), *type);
}
} // namespace

namespace TogetherJson {

JobStatus status(const QString &status)
{
    if (status == QLatin1String("pending") || status == QLatin1String("queued"))
        return JobStatus::Queued;
    if (status == QLatin1String("running") || status == QLatin1String("compressing") ||
        status == QLatin1String("uploading") || status == QLatin1String("cancel_requested"))
        return JobStatus::Running;
    if (status == QLatin1String("completed"))
        return JobStatus::Succeeded;
    if (status == QLatin1String("error"))
        return JobStatus::Failed;
    if (status == QLatin1String("cancelled"))
        return JobStatus::Cancelled;
    return JobStatus::Unknown;
}

Job job(const QJsonObject &object)
{
    Job job;
    job.raw = object;
    job.id = JsonValues::string(object, QLatin1String("id"));
    job.statusText = JsonValues::string(object, QLatin1String("status"));
    job.status = status(job.statusText);
    job.model = JsonValues::string(object, QLatin1String("model"));
    // The output name exists from the start, but it can only answer once training finished.
    if (job.status == JobStatus::Succeeded)
        job.fineTunedModel = JsonValues::string(object, QLatin1String("model_output_name"));
    job.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    if (job.isFinished())
        job.finishedAt = JsonValues::time(object, QLatin1String("updated_at"));
    job.trainedTokens = JsonValues::integer(object, QLatin1String("token_count"));
    job.trainingFile = JsonValues::string(object, QLatin1String("training_file"));
    job.validationFile = JsonValues::string(object, QLatin1String("validation_file"));
    job.suffix = JsonValues::string(object, QLatin1String("suffix"));
    job.seed = JsonValues::integer(object, QLatin1String("random_seed"));
    const QJsonObject method = object.value(QLatin1String("training_method")).toObject();
    job.method = method.value(QLatin1String("method")).toString() == QLatin1String("dpo")
                     ? FineTuneMethod::Dpo
                     : FineTuneMethod::Supervised;
    job.hyperparameters = hyperparameters(object);
    if (job.status == JobStatus::Failed) {
        const QList<JobEvent> history = events(object.value(QLatin1String("events")).toArray());
        for (const JobEvent &event : history) {
            if (event.level == JobEvent::Level::Error)
                job.error.message = event.message;
        }
    }
    return job;
}

Hyperparameters hyperparameters(const QJsonObject &object)
{
    Hyperparameters values;
    setInt(values, Hyperparameters::Epochs, object, "n_epochs");
    setInt(values, Hyperparameters::BatchSize, object, "batch_size"); // "max" stays automatic
    setNumber(values, Hyperparameters::LearningRate, object, "learning_rate");
    setInt(values, Hyperparameters::Checkpoints, object, "n_checkpoints");
    setInt(values, Hyperparameters::Evaluations, object, "n_evals");
    setNumber(values, Hyperparameters::WarmupRatio, object, "warmup_ratio");
    const QJsonObject type = object.value(QLatin1String("training_type")).toObject();
    const QString typeName = type.value(QLatin1String("type")).toString();
    if (typeName.compare(QLatin1String("full"), Qt::CaseInsensitive) == 0) {
        values.set(Hyperparameters::TrainingType, QStringLiteral("full"));
    } else if (typeName.compare(QLatin1String("lora"), Qt::CaseInsensitive) == 0) {
        values.set(Hyperparameters::TrainingType, QStringLiteral("lora"));
        setInt(values, Hyperparameters::LoraRank, type, "lora_r");
        setInt(values, Hyperparameters::LoraAlpha, type, "lora_alpha");
    }
    const QJsonObject method = object.value(QLatin1String("training_method")).toObject();
    QJsonValue inputs = method.value(QLatin1String("train_on_inputs"));
    if (!inputs.isBool())
        inputs = object.value(QLatin1String("train_on_inputs"));
    if (inputs.isBool())
        values.set(Hyperparameters::TrainOnInputs, inputs.toBool());
    setNumber(values, Hyperparameters::Beta, method, "dpo_beta");
    return values;
}

QJsonObject trainingMethod(const FineTuneRequest &request)
{
    const Hyperparameters &values = request.hyperparameters;
    if (request.method == FineTuneMethod::Dpo) {
        QJsonObject method{{QStringLiteral("method"), QStringLiteral("dpo")}};
        insertNumber(method, "dpo_beta", values, Hyperparameters::Beta);
        return method;
    }
    // The spec requires the field and takes only true or false; for conversations Together's
    // "auto" is false (only the answers are learned), so automatic sends that.
    const std::optional<bool> inputs = values.flag(Hyperparameters::TrainOnInputs);
    return {{QStringLiteral("method"), QStringLiteral("sft")},
            {QStringLiteral("train_on_inputs"), inputs.value_or(false)}};
}

bool needsLoraRank(const FineTuneRequest &request)
{
    const Hyperparameters &values = request.hyperparameters;
    return values.choice(Hyperparameters::TrainingType) != QLatin1String("full") &&
           values.contains(Hyperparameters::LoraAlpha) &&
           !values.contains(Hyperparameters::LoraRank);
}

QJsonObject createBody(const FineTuneRequest &request, std::optional<int> loraRank)
{
    const Hyperparameters &values = request.hyperparameters;
    QJsonObject body{{QStringLiteral("training_file"), request.trainingFile},
                     {QStringLiteral("model"), request.model}};
    insertCommon(body, request, loraRank);
    insertInt(body, "batch_size", values, Hyperparameters::BatchSize);
    insertNumber(body, "learning_rate", values, Hyperparameters::LearningRate);
    insertInt(body, "n_checkpoints", values, Hyperparameters::Checkpoints);
    insertNumber(body, "warmup_ratio", values, Hyperparameters::WarmupRatio);
    JsonValues::insertOptional(body, QLatin1String("suffix"), request.suffix);
    if (request.seed)
        body.insert(QStringLiteral("random_seed"), *request.seed);
    return body;
}

QJsonObject estimateBody(const FineTuneRequest &request, std::optional<int> loraRank)
{
    QJsonObject body{{QStringLiteral("training_file"), request.trainingFile},
                     {QStringLiteral("model"), request.model}};
    insertCommon(body, request, loraRank);
    return body;
}

QList<JobEvent> events(const QJsonArray &array)
{
    QList<JobEvent> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        JobEvent event;
        event.createdAt = JsonValues::time(object, QLatin1String("created_at"));
        event.message = JsonValues::string(object, QLatin1String("message"));
        event.level = JobEvent::levelFromId(JsonValues::string(object, QLatin1String("level")));
        const QString type = JsonValues::string(object, QLatin1String("type"));
        if (type == QLatin1String("job_error"))
            event.level = JobEvent::Level::Error;
        event.announcesCheckpoint = type == QLatin1String("checkpoint_save");
        event.data = object;
        event.id = JsonValues::string(object, QLatin1String("hash"));
        if (event.id.isEmpty())
            event.id = JsonValues::string(object, QLatin1String("created_at")) + QLatin1Char('#') +
                       QString::number(i);
        result.append(event);
    }
    std::stable_sort(result.begin(), result.end(), [](const JobEvent &a, const JobEvent &b) {
        return a.createdAt < b.createdAt;
    });
    return result;
}

Checkpoint checkpoint(const QJsonObject &object, const QString &jobId)
{
    Checkpoint checkpoint;
    checkpoint.id = JsonValues::string(object, QLatin1String("path"));
    checkpoint.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    checkpoint.stepNumber = int(JsonValues::integer(object, QLatin1String("step")).value_or(0));
    checkpoint.metrics.step = checkpoint.stepNumber;
    checkpoint.jobId = jobId;
    return checkpoint; // no modelName: Together's checkpoints are not chat models by name
}

std::optional<MetricPoint> metricPoint(const QJsonObject &object)
{
    const std::optional<double> step =
        firstNumber(object, {"train/global_step", "eval/global_step", "global_step", "step"});
    if (!step)
        return std::nullopt;
    MetricPoint point;
    point.step = int(std::lround(*step));
    point.trainLoss = firstNumber(object, {"train/loss", "loss", "train_loss"});
    point.validLoss = firstNumber(object, {"eval/loss", "eval_loss", "valid_loss"});
    point.trainAccuracy = firstNumber(object, {"train/token_accuracy", "train/accuracy"});
    point.validAccuracy = firstNumber(object, {"eval/token_accuracy", "eval/accuracy"});
    return point;
}

QList<MetricPoint> metricPoints(const QJsonArray &array)
{
    QMap<int, MetricPoint> byStep;
    for (const QJsonValue &value : array) {
        const std::optional<MetricPoint> point = metricPoint(value.toObject());
        if (!point)
            continue;
        auto it = byStep.find(point->step);
        if (it == byStep.end()) {
            byStep.insert(point->step, *point);
            continue;
        }
        MetricPoint &merged = it.value();
        for (auto member : {&MetricPoint::trainLoss, &MetricPoint::validLoss,
                            &MetricPoint::trainAccuracy, &MetricPoint::validAccuracy}) {
            if ((*point).*member)
                merged.*member = (*point).*member;
        }
    }
    return byStep.values();
}

RemoteFile file(const QJsonObject &object)
{
    RemoteFile file;
    file.id = JsonValues::string(object, QLatin1String("id"));
    file.filename = JsonValues::string(object, QLatin1String("filename"));
    file.bytes = JsonValues::integer(object, QLatin1String("bytes")).value_or(0);
    file.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    file.purpose = JsonValues::string(object, QLatin1String("purpose"));
    file.status = JsonValues::string(object, QLatin1String("status"));
    if (object.value(QLatin1String("Processed")).isBool())
        file.status = object.value(QLatin1String("Processed")).toBool()
                          ? QStringLiteral("processed")
                          : QStringLiteral("uploaded");
    return file;
}

TunableModel::Limits limits(const QJsonObject &object)
{
    TunableModel::Limits limits;
    limits.maxEpochs = optionalInt(object, "max_num_epochs");
    limits.maxEvaluations = optionalInt(object, "max_num_evals");
    limits.minLearningRate = JsonValues::number(object, QLatin1String("min_learning_rate"));
    limits.maxLearningRate = JsonValues::number(object, QLatin1String("max_learning_rate"));
    const QJsonObject lora = object.value(QLatin1String("lora_training")).toObject();
    const QJsonObject full = object.value(QLatin1String("full_training")).toObject();
    limits.lora = !lora.isEmpty();
    limits.fullTraining = !full.isEmpty();
    const QJsonObject &batches = limits.lora ? lora : full;
    limits.minBatchSize = optionalInt(batches, "min_batch_size");
    limits.maxBatchSize = optionalInt(batches, "max_batch_size");
    limits.maxBatchSizePreference = optionalInt(batches, "max_batch_size_dpo");
    limits.maxLoraRank = optionalInt(lora, "max_rank");
    return limits;
}

} // namespace TogetherJson
