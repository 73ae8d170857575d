#include "openaijson.h"

#include "core/jobs/jsonvalues.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

namespace {
struct StatusName
{
    JobStatus status;
    const char *word;
};

constexpr StatusName StatusNames[] = {
    {JobStatus::ValidatingFiles, "validating_files"},
    {JobStatus::Queued, "queued"},
    {JobStatus::Running, "running"},
    {JobStatus::Paused, "paused"},
    {JobStatus::Succeeded, "succeeded"},
    {JobStatus::Failed, "failed"},
    {JobStatus::Cancelled, "cancelled"},
};

// OpenAI's field name for each of the settings it takes.
struct FieldName
{
    QLatin1StringView key;
    const char *field;
    bool integer;
};

constexpr FieldName Fields[] = {
    {Hyperparameters::Epochs, "n_epochs", true},
    {Hyperparameters::BatchSize, "batch_size", true},
    {Hyperparameters::LearningRateMultiplier, "learning_rate_multiplier", false},
    {Hyperparameters::Beta, "beta", false},
};

JobError errorFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {JsonValues::string(object, QLatin1String("code")),
            JsonValues::string(object, QLatin1String("message")),
            JsonValues::string(object, QLatin1String("param"))};
}

QMap<QString, QString> metadataFrom(const QJsonObject &object)
{
    QMap<QString, QString> metadata;
    for (auto it = object.begin(); it != object.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return metadata;
}

void readMethod(const QJsonObject &object, Job &job)
{
    const QJsonObject method = object.value(QLatin1String("method")).toObject();
    if (method.isEmpty()) {
        // Jobs created before `method` existed carry only top-level hyperparameters.
        job.method = FineTuneMethod::Supervised;
        job.hyperparameters =
            OpenAiJson::hyperparameters(object.value(QLatin1String("hyperparameters")).toObject());
        return;
    }
    const QString type = method.value(QLatin1String("type")).toString();
    job.method = Job::methodFromId(type);
    job.hyperparameters = OpenAiJson::hyperparameters(
        method.value(type).toObject().value(QLatin1String("hyperparameters")).toObject());
}

QJsonValue autoOr(const Hyperparameters &values, const FieldName &field)
{
    if (field.integer) {
        if (const auto value = values.integer(field.key))
            return *value;
    } else if (const auto value = values.number(field.key)) {
        return *value;
    }
    return QStringLiteral("auto");
}
} // namespace

namespace OpenAiJson {

JobStatus status(const QString &status)
{
    for (const StatusName &name : StatusNames) {
        if (status == QLatin1String(name.word))
            return name.status;
    }
    return JobStatus::Unknown;
}

QString statusText(JobStatus status)
{
    for (const StatusName &name : StatusNames) {
        if (name.status == status)
            return QString::fromLatin1(name.word);
    }
    return {};
}

Job job(const QJsonObject &object)
{
    Job job;
    job.raw = object;
    job.id = JsonValues::string(object, QLatin1String("id"));
    job.statusText = JsonValues::string(object, QLatin1String("status"));
    job.status = status(job.statusText);
    job.model = JsonValues::string(object, QLatin1String("model"));
    job.fineTunedModel = JsonValues::string(object, QLatin1String("fine_tuned_model"));
    job.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    job.finishedAt = JsonValues::time(object, QLatin1String("finished_at"));
    job.estimatedFinish = JsonValues::time(object, QLatin1String("estimated_finish"));
    job.trainedTokens = JsonValues::integer(object, QLatin1String("trained_tokens"));
    job.trainingFile = JsonValues::string(object, QLatin1String("training_file"));
    job.validationFile = JsonValues::string(object, QLatin1String("validation_file"));
    const QJsonArray results = object.value(QLatin1String("result_files")).toArray();
    for (const QJsonValue &file : results)
        job.resultFiles.append(file.toString());
    job.error = errorFrom(object.value(QLatin1String("error")));
    readMethod(object, job);
    job.suffix = JsonValues::string(object, QLatin1String("suffix"));
    job.seed = JsonValues::integer(object, QLatin1String("seed"));
    job.metadata = metadataFrom(object.value(QLatin1String("metadata")).toObject());
    return job;
}

Hyperparameters hyperparameters(const QJsonObject &object)
{
    Hyperparameters values;
    for (const FieldName &field : Fields) {
        const QJsonValue value = object.value(QLatin1String(field.field));
        if (!value.isDouble())
            continue; // "auto", absent or null
        if (field.integer)
            values.set(field.key, value.toInt());
        else
            values.set(field.key, value.toDouble());
    }
    return values;
}

QJsonObject hyperparametersBody(const Hyperparameters &values, FineTuneMethod method)
{
    QJsonObject object;
    for (const FieldName &field : Fields) {
        if (field.key == Hyperparameters::Beta && method != FineTuneMethod::Dpo)
            continue;
        object.insert(QLatin1String(field.field), autoOr(values, field));
    }
    return object;
}

QJsonObject createBody(const FineTuneRequest &request)
{
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("training_file"), request.trainingFile}};
    JsonValues::insertOptional(body, QLatin1String("validation_file"), request.validationFile);
    JsonValues::insertOptional(body, QLatin1String("suffix"), request.suffix);
    if (request.seed)
        body.insert(QStringLiteral("seed"), *request.seed);
    if (!request.metadata.isEmpty()) {
        QJsonObject values;
        for (auto it = request.metadata.begin(); it != request.metadata.end(); ++it)
            values.insert(it.key(), it.value());
        body.insert(QStringLiteral("metadata"), values);
    }
    const bool dpo = request.method == FineTuneMethod::Dpo;
    const QString type = dpo ? QStringLiteral("dpo") : QStringLiteral("supervised");
    const QJsonObject settings{{QStringLiteral("hyperparameters"),
                                hyperparametersBody(request.hyperparameters, request.method)}};
    body.insert(QStringLiteral("method"),
                QJsonObject{{QStringLiteral("type"), type}, {type, settings}});
    return body;
}

JobEvent event(const QJsonObject &object)
{
    static const QRegularExpression checkpointMessage(QStringLiteral("^\\s*checkpoint created\\b"),
                                                      QRegularExpression::CaseInsensitiveOption);
    JobEvent event;
    event.id = JsonValues::string(object, QLatin1String("id"));
    event.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    event.level = JobEvent::levelFromId(JsonValues::string(object, QLatin1String("level")));
    event.message = JsonValues::string(object, QLatin1String("message"));
    event.data = object.value(QLatin1String("data")).toObject();
    const bool metrics = object.value(QLatin1String("type")).toString() == QLatin1String("metrics");
    event.type = metrics ? JobEvent::Type::Metrics : JobEvent::Type::Message;
    if (metrics)
        event.metricPoint = metricPoint(event.data);
    event.announcesCheckpoint = checkpointMessage.match(event.message).hasMatch();
    return event;
}

std::optional<MetricPoint> metricPoint(const QJsonObject &data)
{
    const std::optional<double> step = JsonValues::number(data, QLatin1String("step"));
    if (!step)
        return std::nullopt;
    MetricPoint point;
    point.step = int(std::lround(*step));
    if (const auto total = JsonValues::number(data, QLatin1String("total_steps")))
        point.totalSteps = int(std::lround(*total));
    point.trainLoss = JsonValues::number(data, QLatin1String("train_loss"));
    point.trainAccuracy = JsonValues::number(data, QLatin1String("train_mean_token_accuracy"));
    if (!point.trainAccuracy)
        point.trainAccuracy = JsonValues::number(data, QLatin1String("train_accuracy"));
    point.validLoss = JsonValues::number(data, QLatin1String("valid_loss"));
    point.validAccuracy = JsonValues::number(data, QLatin1String("valid_mean_token_accuracy"));
    point.fullValidLoss = JsonValues::number(data, QLatin1String("full_valid_loss"));
    point.fullValidAccuracy =
        JsonValues::number(data, QLatin1String("full_valid_mean_token_accuracy"));
    return point;
}

Checkpoint checkpoint(const QJsonObject &object)
{
    Checkpoint checkpoint;
    checkpoint.id = JsonValues::string(object, QLatin1String("id"));
    checkpoint.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    checkpoint.modelName = JsonValues::string(object, QLatin1String("fine_tuned_model_checkpoint"));
    checkpoint.stepNumber =
        int(JsonValues::integer(object, QLatin1String("step_number")).value_or(0));
    checkpoint.jobId = JsonValues::string(object, QLatin1String("fine_tuning_job_id"));
    QJsonObject metrics = object.value(QLatin1String("metrics")).toObject();
    if (!metrics.contains(QLatin1String("step")))
        metrics.insert(QStringLiteral("step"), checkpoint.stepNumber);
    checkpoint.metrics = metricPoint(metrics).value_or(MetricPoint{});
    return checkpoint;
}

ModelInfo model(const QJsonObject &object)
{
    ModelInfo model;
    model.id = JsonValues::string(object, QLatin1String("id"));
    model.ownedBy = JsonValues::string(object, QLatin1String("owned_by"));
    if (model.ownedBy.isEmpty())
        model.ownedBy = JsonValues::string(object, QLatin1String("organization"));
    model.created = JsonValues::time(object, QLatin1String("created"));
    model.shutdownDate =
        QDate::fromString(JsonValues::string(object, QLatin1String("shutdown_date")), Qt::ISODate);
    model.displayName = JsonValues::string(object, QLatin1String("display_name"));
    model.type = JsonValues::string(object, QLatin1String("type"));
    const QJsonValue fineTune =
        object.value(QLatin1String("capabilities")).toObject().value(QLatin1String("fine_tune"));
    if (fineTune.isBool())
        model.fineTunable = fineTune.toBool();
    return model;
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
    return file;
}

} // namespace OpenAiJson
