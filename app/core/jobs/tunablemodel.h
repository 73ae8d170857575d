#pragma once

#include "finetunemethod.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A base model a provider can fine-tune, as that provider answered: its name, when it shuts
// down (if announced), which kinds of training it takes and, where the provider says, the
// limits of its settings (Together's /fine-tunes/models/limits).
struct TunableModel
{
    struct Limits
    {
        std::optional<int> maxEpochs;
        std::optional<int> maxEvaluations;
        std::optional<int> minBatchSize;
        std::optional<int> maxBatchSize;
        std::optional<int> maxBatchSizePreference; // DPO
        std::optional<int> maxLoraRank;            // empty: no LoRA training
        std::optional<double> minLearningRate;
        std::optional<double> maxLearningRate;
        bool fullTraining = false; // every weight can be trained, not only a LoRA add-on
        bool lora = false;

        friend bool operator==(const Limits &, const Limits &) = default;
    };

    QString id;                    // what goes into FineTuneRequest::model
    QString displayName;           // empty where the provider gives none
    QDate shutdownDate;            // invalid when none is announced
    QList<FineTuneMethod> methods; // empty: whatever the provider offers
    bool addedByHand = false;      // typed by the user in Settings, not listed by the server
    std::optional<Limits> limits;  // only where the provider tells

    bool supports(FineTuneMethod method) const
    {
        return methods.isEmpty() || methods.contains(method);
    }

    friend bool operator==(const TunableModel &, const TunableModel &) = default;
};
