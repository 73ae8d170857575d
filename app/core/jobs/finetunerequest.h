#pragma once

#include "hyperparameters.h"
#include "job.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

// What the user asks for when starting a fine-tune. Providers translate it to their own JSON.
struct FineTuneRequest
{
    QString model;
    QString trainingFile;   // the provider's file id
    QString validationFile; // optional
    FineTuneMethod method = FineTuneMethod::Supervised;
    Hyperparameters hyperparameters; // "auto" where empty
    QString suffix;                  // 1-64 characters, optional
    std::optional<qint64> seed;
    QMap<QString, QString> metadata;

    // POST /fine_tuning/jobs body, with `method` (the top-level hyperparameters are deprecated).
    QJsonObject toOpenAiJson() const;
};
