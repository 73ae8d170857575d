#pragma once

#include "modelprice.h"

#include <QtGlobal>

#include <optional>

// What a fine-tune will cost, as the cost panel and `ajuste validate` show it.
struct CostEstimate
{
    ModelPrice price;             // the model's figures the estimate used
    int trainingExamples = 0;
    int validationExamples = 0;
    qint64 trainingTokens = 0;    // sum of every training example's tokens, once
    qint64 billedTokensPerEpoch = 0; // the same, each example cut at the training context
    int truncatedExamples = 0;    // examples longer than the training context
    int epochs = 0;
    bool epochsAutomatic = true;
    qint64 billedTokens = 0;      // billedTokensPerEpoch x epochs
    qint64 validationTokens = 0;  // not billed
    std::optional<double> trainingPrice;       // US$; empty when the price is unknown
    qint64 typicalInputTokens = 0;             // median prompt of an example
    qint64 typicalOutputTokens = 0;            // median answer of an example
    std::optional<double> inferencePer1000;    // US$ for 1,000 messages of typical length
};
