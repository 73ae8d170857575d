#pragma once

#include "costestimate.h"
#include "modelprice.h"

#include <QList>

// Turns token counts into money: billed training tokens = sum over training examples of
// min(training context, tokens) x epochs (validation tokens are not billed), priced with the
// model's figures; and the price of 1,000 chats with the tuned model of the dataset's
// typical (median) prompt and answer lengths.
class CostEstimator
{
public:
    struct Input
    {
        QList<qint64> trainingTokens;   // total tokens of each training example
        int validationExamples = 0;
        qint64 validationTokens = 0;
        qint64 typicalInputTokens = 0;
        qint64 typicalOutputTokens = 0;
    };

    // epochs 0 means automatic (EpochRule).
    static CostEstimate estimate(const Input &input, const ModelPrice &price, int epochs = 0);
    // tokens, or the context when the example is longer (no limit when context is empty).
    static qint64 billedTokens(qint64 tokens, const std::optional<int> &context);
};
