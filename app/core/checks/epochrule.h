#pragma once

// How many times training goes through the examples when the user leaves it automatic:
// OpenAI's data-prep notebook's rule, which is also what the service picks. Aim for 3
// passes, but at least 100 examples seen in total (at most 25 passes) and at most 25,000
// (at least 1 pass).
#include <QtGlobal>

class EpochRule
{
public:
    static constexpr int TargetEpochs = 3;
    static constexpr int MinTargetExamples = 100;
    static constexpr int MaxTargetExamples = 25000;
    static constexpr int MinEpochs = 1;
    static constexpr int MaxEpochs = 25;

    // The automatic number of passes for n training examples (TargetEpochs when n <= 0).
    static int automaticEpochs(qint64 trainingExamples);
};
