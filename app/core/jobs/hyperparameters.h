#pragma once

#include <QJsonObject>

#include <optional>

// Training settings. A missing value means "auto": the provider chooses.
struct Hyperparameters
{
    std::optional<int> nEpochs;
    std::optional<int> batchSize;
    std::optional<double> learningRateMultiplier;
    std::optional<double> beta; // DPO only, in (0, 2]

    bool isAuto() const { return !nEpochs && !batchSize && !learningRateMultiplier && !beta; }

    // OpenAI's shape: each field "auto" or a number; beta only for DPO.
    QJsonObject toOpenAiJson(bool includeBeta) const;
    static Hyperparameters fromOpenAiJson(const QJsonObject &object);

    friend bool operator==(const Hyperparameters &, const Hyperparameters &) = default;
};
