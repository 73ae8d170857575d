#include "metricpoint.h"

#include "storagejson.h"

#include <cmath>

QJsonObject MetricPoint::toStorageJson() const
{
    using StorageJson::insertNumber;
    QJsonObject object{{QStringLiteral("step"), step}};
    if (totalSteps)
        object.insert(QStringLiteral("totalSteps"), *totalSteps);
    insertNumber(object, QLatin1String("trainLoss"), trainLoss);
    insertNumber(object, QLatin1String("trainAccuracy"), trainAccuracy);
    insertNumber(object, QLatin1String("validLoss"), validLoss);
    insertNumber(object, QLatin1String("validAccuracy"), validAccuracy);
    insertNumber(object, QLatin1String("fullValidLoss"), fullValidLoss);
    insertNumber(object, QLatin1String("fullValidAccuracy"), fullValidAccuracy);
    return object;
}

std::optional<MetricPoint> MetricPoint::fromStorageJson(const QJsonObject &object)
{
    using StorageJson::number;
    const std::optional<double> step = number(object, QLatin1String("step"));
    if (!step)
        return std::nullopt;
    MetricPoint point;
    point.step = int(std::lround(*step));
    if (const auto total = number(object, QLatin1String("totalSteps")))
        point.totalSteps = int(std::lround(*total));
    point.trainLoss = number(object, QLatin1String("trainLoss"));
    point.trainAccuracy = number(object, QLatin1String("trainAccuracy"));
    point.validLoss = number(object, QLatin1String("validLoss"));
    point.validAccuracy = number(object, QLatin1String("validAccuracy"));
    point.fullValidLoss = number(object, QLatin1String("fullValidLoss"));
    point.fullValidAccuracy = number(object, QLatin1String("fullValidAccuracy"));
    return point;
}
