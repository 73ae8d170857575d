#include "jobstorevalues.h"

#include "core/workspace/sqlvalues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace SqlValues;

namespace JobStoreValues {

QString levelId(JobEvent::Level level)
{
    switch (level) {
    case JobEvent::Level::Info:
        break;
    case JobEvent::Level::Warning:
        return QStringLiteral("warn");
    case JobEvent::Level::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

// Some providers send events without an id; one made of the event itself keeps a repeated
// poll from storing it twice.
QString eventKey(const JobEvent &event)
{
    if (!event.id.isEmpty())
        return event.id;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(event.createdAt.toMSecsSinceEpoch()));
    hash.addData(event.message.toUtf8());
    hash.addData(QJsonDocument(event.data).toJson(QJsonDocument::Compact));
    return QStringLiteral("local-") + QString::fromLatin1(hash.result().toHex().left(20));
}

// The measurements of a checkpoint, in OpenAI's words so MetricPoint::fromOpenAiJson reads
// them back.
QJsonObject metricsJson(const MetricPoint &point)
{
    QJsonObject object{{QStringLiteral("step"), point.step}};
    const auto put = [&](const char *key, const std::optional<double> &value) {
        if (value)
            object.insert(QLatin1String(key), *value);
    };
    if (point.totalSteps)
        object.insert(QStringLiteral("total_steps"), *point.totalSteps);
    put("train_loss", point.trainLoss);
    put("train_mean_token_accuracy", point.trainAccuracy);
    put("valid_loss", point.validLoss);
    put("valid_mean_token_accuracy", point.validAccuracy);
    put("full_valid_loss", point.fullValidLoss);
    put("full_valid_mean_token_accuracy", point.fullValidAccuracy);
    return object;
}

QJsonObject metadataJson(const QMap<QString, QString> &metadata)
{
    QJsonObject object;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> metadataFrom(const QJsonObject &object)
{
    QMap<QString, QString> metadata;
    for (auto it = object.begin(); it != object.end(); ++it)
        metadata.insert(it.key(), it.value().toString());
    return metadata;
}

const QString &jobColumns()
{
    static const QString columns = QStringLiteral(
        "id, profile_id, provider_kind, dataset_id, remote_id, status, status_text, base_model, "
        "fine_tuned_model, created_at, finished_at, estimated_finish, trained_tokens, "
        "training_file, validation_file, result_files, error_code, error_message, error_param, "
        "method, hyperparameters, suffix, seed, metadata, json, event_cursor, total_steps, "
        "estimated_cost_usd, updated_at");
    return columns;
}

JobRecord recordFrom(const QSqlQuery &query)
{
    int column = 0;
    const auto next = [&] { return query.value(column++); };
    JobRecord record;
    record.id = next().toLongLong();
    record.profileId = next().toString();
    record.providerKind = next().toString();
    record.datasetId = next().toLongLong();
    Job &job = record.job;
    job.id = next().toString();
    job.status = JobStatusText::fromId(next().toString());
    job.statusText = next().toString();
    job.model = next().toString();
    job.fineTunedModel = next().toString();
    job.createdAt = timeFrom(next());
    job.finishedAt = timeFrom(next());
    job.estimatedFinish = timeFrom(next());
    job.trainedTokens = optionalInteger(next());
    job.trainingFile = next().toString();
    job.validationFile = next().toString();
    for (const QJsonValue &file : arrayFrom(next()))
        job.resultFiles.append(file.toString());
    job.error.code = next().toString();
    job.error.message = next().toString();
    job.error.param = next().toString();
    job.method = Job::methodFromId(next().toString());
    job.hyperparameters = Hyperparameters::fromStorageJson(objectFrom(next()));
    job.suffix = next().toString();
    job.seed = optionalInteger(next());
    job.metadata = metadataFrom(objectFrom(next()));
    job.raw = objectFrom(next());
    record.eventCursor = next().toString();
    record.totalSteps = optionalInt(next());
    record.estimatedCostUsd = optionalDouble(next());
    record.updatedAt = next().toLongLong();
    return record;
}

} // namespace JobStoreValues
