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

    // Ajuste's own storage form: {"step": 3, "trainLoss": 1.2, ...}, absent values left out.
    QJsonObject toStorageJson() const;
    // Nothing when the object has no step.
    static std::optional<MetricPoint> fromStorageJson(const QJsonObject &object);

    friend bool operator==(const MetricPoint &, const MetricPoint &) = default;
};
