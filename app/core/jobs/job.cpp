#include "job.h"

#include "jsonvalues.h"

#include <QJsonArray>

namespace {
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
        job.hyperparameters = Hyperparameters::fromOpenAiJson(
            object.value(QLatin1String("hyperparameters")).toObject());
        return;
    }
    const QString type = method.value(QLatin1String("type")).toString();
    job.method = Job::methodFromId(type);
    job.hyperparameters = Hyperparameters::fromOpenAiJson(
        method.value(type).toObject().value(QLatin1String("hyperparameters")).toObject());
}
} // namespace

Job Job::fromOpenAiJson(const QJsonObject &object)
{
    Job job;
    job.raw = object;
    job.id = JsonValues::string(object, QLatin1String("id"));
    job.statusText = JsonValues::string(object, QLatin1String("status"));
    job.status = JobStatusText::fromOpenAi(job.statusText);
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

QString Job::methodId(FineTuneMethod method)
{
    switch (method) {
    case FineTuneMethod::Supervised:
        return QStringLiteral("supervised");
    case FineTuneMethod::Dpo:
        return QStringLiteral("dpo");
    case FineTuneMethod::Other:
        break;
    }
    return QStringLiteral("other");
}

FineTuneMethod Job::methodFromId(const QString &id)
{
    if (id == QLatin1String("supervised") || id.isEmpty())
        return FineTuneMethod::Supervised;
    if (id == QLatin1String("dpo"))
        return FineTuneMethod::Dpo;
    return FineTuneMethod::Other;
}
