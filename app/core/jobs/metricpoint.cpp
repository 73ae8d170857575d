#include "metricpoint.h"

#include "jsonvalues.h"

#include <cmath>

std::optional<MetricPoint> MetricPoint::fromOpenAiJson(const QJsonObject &data)
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
    point.fullValidAccuracy = JsonValues::number(data, QLatin1String("full_valid_mean_token_accuracy"));
    return point;
}
