#include "epochrule.h"

#include <QtGlobal>

#include <algorithm>

int EpochRule::automaticEpochs(qint64 n)
{
    if (n <= 0)
        return TargetEpochs;
    if (n * TargetEpochs < MinTargetExamples)
        return int(std::min<qint64>(MaxEpochs, MinTargetExamples / n));
    if (n * TargetEpochs > MaxTargetExamples)
        return int(std::max<qint64>(MinEpochs, MaxTargetExamples / n));
    return TargetEpochs;
}
