#include "togetherjson.h"

#include "core/jobs/jsonvalues.h"

#include <algorithm>

namespace TogetherJson {

JobStatus status(const QString &status)
{
    if (status == QLatin1String("pending") || status == QLatin1String("queued"))
        return JobStatus::Queued;
    if (status == QLatin1String("running") || status == QLatin1String("compressing")
        || status == QLatin1String("uploading") || status == QLatin1String("cancel_requested"))
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
    if (const auto epochs = JsonValues::integer(object, QLatin1String("n_epochs")))
        job.hyperparameters.nEpochs = int(*epochs);
    if (const auto batch = JsonValues::integer(object, QLatin1String("batch_size")))
        job.hyperparameters.batchSize = int(*batch);
    if (const auto rate = JsonValues::number(object, QLatin1String("learning_rate")))
        job.hyperparameters.learningRateMultiplier = *rate / DefaultLearningRate;
    if (const auto beta = JsonValues::number(method, QLatin1String("dpo_beta")))
        job.hyperparameters.beta = *beta;
    if (job.status == JobStatus::Failed) {
        const QList<JobEvent> history = events(object.value(QLatin1String("events")).toArray());
        for (const JobEvent &event : history) {
            if (event.level == JobEvent::Level::Error)
                job.error.message = event.message;
        }
    }
    return job;
}

QJsonObject trainingMethod(const FineTuneRequest &request)
{
    if (request.method == FineTuneMethod::Dpo) {
        QJsonObject method{{QStringLiteral("method"), QStringLiteral("dpo")}};
        if (request.hyperparameters.beta)
            method.insert(QStringLiteral("dpo_beta"), *request.hyperparameters.beta);
        return method;
    }
    // false = learn only the assistant's answers, which is what "auto" means for chat data.
    return {{QStringLiteral("method"), QStringLiteral("sft")}, {QStringLiteral("train_on_inputs"), false}};
}

namespace {
QJsonObject loraTraining()
{
    return {{QStringLiteral("type"), QStringLiteral("Lora")},
            {QStringLiteral("lora_r"), 8},
            {QStringLiteral("lora_alpha"), 16}};
}

void insertCommon(QJsonObject &body, const FineTuneRequest &request)
{
    JsonValues::insertOptional(body, QLatin1String("validation_file"), request.validationFile);
    if (request.hyperparameters.nEpochs)
        body.insert(QStringLiteral("n_epochs"), *request.hyperparameters.nEpochs);
    if (!request.validationFile.isEmpty())
        body.insert(QStringLiteral("n_evals"), 5);
    body.insert(QStringLiteral("training_method"), trainingMethod(request));
    body.insert(QStringLiteral("training_type"), loraTraining());
}
} // namespace

QJsonObject createBody(const FineTuneRequest &request)
{
    QJsonObject body{{QStringLiteral("training_file"), request.trainingFile},
                     {QStringLiteral("model"), request.model}};
    insertCommon(body, request);
    if (request.hyperparameters.batchSize)
        body.insert(QStringLiteral("batch_size"), *request.hyperparameters.batchSize);
    if (request.hyperparameters.learningRateMultiplier)
        body.insert(QStringLiteral("learning_rate"),
                    *request.hyperparameters.learningRateMultiplier * DefaultLearningRate);
    JsonValues::insertOptional(body, QLatin1String("suffix"), request.suffix);
    if (request.seed)
        body.insert(QStringLiteral("random_seed"), *request.seed);
    return body;
}

QJsonObject estimateBody(const FineTuneRequest &request)
{
    QJsonObject body{{QStringLiteral("training_file"), request.trainingFile},
                     {QStringLiteral("model"), request.model}};
    insertCommon(body, request);
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
        event.data = object;
        event.id = JsonValues::string(object, QLatin1String("hash"));
        if (event.id.isEmpty())
            event.id = JsonValues::string(object, QLatin1String("created_at")) + QLatin1Char('#') + QString::number(i);
        result.append(event);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const JobEvent &a, const JobEvent &b) { return a.createdAt < b.createdAt; });
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
    QJsonObject renamed = object;
    auto alias = [&renamed, &object](const char *from, const char *to) {
        const QLatin1String fromKey(from);
        const QLatin1String toKey(to);
        if (object.contains(fromKey) && !object.contains(toKey))
            renamed.insert(toKey, object.value(fromKey));
    };
    alias("global_step", "step");
    alias("loss", "train_loss");
    alias("eval_loss", "valid_loss");
    return MetricPoint::fromOpenAiJson(renamed);
}

RemoteFile file(const QJsonObject &object)
{
    RemoteFile file = RemoteFile::fromOpenAiJson(object);
    if (object.value(QLatin1String("Processed")).isBool())
        file.status = object.value(QLatin1String("Processed")).toBool() ? QStringLiteral("processed")
                                                                         : QStringLiteral("uploaded");
    return file;
}

} // namespace TogetherJson
