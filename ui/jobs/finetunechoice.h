#pragma once

#include "core/jobs/finetunemethod.h"
#include "core/jobs/hyperparameters.h"

#include <QString>

// What the user chose in the Start fine-tune form, kept whole so the form can open again on
// another provider (after a refusal) with the same dataset and settings.
struct FineTuneChoice
{
    qint64 datasetId = 0;
    QString profileId;
    QString model;
    FineTuneMethod method = FineTuneMethod::Supervised;
    QString suffix;
    Hyperparameters hyperparameters; // absent keys: automatic
    bool advancedShown = false;
};
