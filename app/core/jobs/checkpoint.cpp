#include "checkpoint.h"

#include "storagejson.h"

QJsonObject Checkpoint::toStorageJson() const
{
    using namespace StorageJson;
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("step"), stepNumber},
                       {QStringLiteral("metrics"), metrics.toStorageJson()}};
    insertTime(object, QLatin1String("createdAt"), createdAt);
    insertText(object, QLatin1String("modelName"), modelName);
    insertText(object, QLatin1String("jobId"), jobId);
    return object;
}

Checkpoint Checkpoint::fromStorageJson(const QJsonObject &object)
{
    using namespace StorageJson;
    Checkpoint checkpoint;
    checkpoint.id = text(object, QLatin1String("id"));
    checkpoint.createdAt = time(object, QLatin1String("createdAt"));
    checkpoint.modelName = text(object, QLatin1String("modelName"));
    checkpoint.stepNumber = object.value(QLatin1String("step")).toInt();
    checkpoint.metrics =
        MetricPoint::fromStorageJson(object.value(QLatin1String("metrics")).toObject())
            .value_or(MetricPoint{});
    checkpoint.jobId = text(object, QLatin1String("jobId"));
    return checkpoint;
}
