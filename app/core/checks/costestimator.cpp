#include "costestimator.h"

#include "epochrule.h"

#include <algorithm>

qint64 CostEstimator::billedTokens(qint64 tokens, const std::optional<int> &context)
{
    return context ? std::min<qint64>(tokens, *context) : tokens;
}

CostEstimate CostEstimator::estimate(const Input &input, const ModelPrice &price, int epochs)
{
    CostEstimate result;
    result.price = price;
    result.trainingExamples = int(input.trainingTokens.size());
    result.validationExamples = input.validationExamples;
    result.validationTokens = input.validationTokens;
    for (const qint64 tokens : input.trainingTokens) {
        result.trainingTokens += tokens;
        result.billedTokensPerEpoch += billedTokens(tokens, price.trainingContext);
        if (price.trainingContext && tokens > *price.trainingContext)
            ++result.truncatedExamples;
    }
    result.epochsAutomatic = epochs <= 0;
    result.epochs = result.epochsAutomatic ? EpochRule::automaticEpochs(result.trainingExamples)
                                           : epochs;
    result.billedTokens = result.billedTokensPerEpoch * result.epochs;
    if (price.trainingPerMillion)
        result.trainingPrice = double(result.billedTokens) * *price.trainingPerMillion / 1e6;
    result.typicalInputTokens = input.typicalInputTokens;
    result.typicalOutputTokens = input.typicalOutputTokens;
    if (price.inputPerMillion && price.outputPerMillion) {
        result.inferencePer1000 = 1000.0
                                  * (double(input.typicalInputTokens) * *price.inputPerMillion
                                     + double(input.typicalOutputTokens) * *price.outputPerMillion)
                                  / 1e6;
    }
    return result;
}
