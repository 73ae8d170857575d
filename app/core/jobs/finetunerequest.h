#pragma once

#include "finetunemethod.h"
#include "hyperparameters.h"

#include <QMap>
#include <QString>
#include <optional>

// What the user asks for when starting a fine-tune. `hyperparameters` holds the chosen values
// by key (absent: automatic); the provider's client checks them against its own declaration
// (ProviderClient::hyperparameters) and writes its own JSON, refusing keys it does not take.
struct FineTuneRequest
{
    QString model;
    QString trainingFile;   // the provider's file id
    QString validationFile; // optional
    FineTuneMethod method = FineTuneMethod::Supervised;
    Hyperparameters hyperparameters;
    QString suffix; // 1-64 characters, optional
    std::optional<qint64> seed;
    QMap<QString, QString> metadata;
};
