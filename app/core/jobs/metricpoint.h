#pragma once

#include <QJsonObject>

#include <optional>

// One step of a training run's measurements. Values are optional because providers report
// validation only on some steps and "full validation" only at the end of an epoch.
struct MetricPoint
{
    int step = 0;
    std::optional<int> totalSteps;
    std::optional<double> trainLoss;
    std::optional<double> trainAccuracy;
    std::optional<double> validLoss;
    std::optional<double> validAccuracy;
    std::optional<double> fullValidLoss;
    std::optional<double> fullValidAccuracy;

    // OpenAI's metrics event data and checkpoint metrics (train_mean_token_accuracy...).
    // Returns nothing when the object has no step.
    static std::optional<MetricPoint> fromOpenAiJson(const QJsonObject &data);

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};
