#pragma once

#include "core/jobs/hyperparameterspec.h"

#include <QCoreApplication>

// The training settings OpenAI's fine-tuning API takes (method.supervised|dpo.hyperparameters),
// with OpenAI's ranges: epochs 1-50, batch size 1-256, learning-rate multiplier above 0, and
// beta in (0, 2] for preference training; each "auto" unless chosen. Azure OpenAI, the Sandbox
// and OpenAI-compatible fine-tuning services take the same.
class OpenAiHyperparameters
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiHyperparameters)

public:
    // `provider` names who picks automatic values ("OpenAI", "Azure OpenAI", "the server").
    static QList<HyperparameterSpec> declare(const QString &provider);
};
