#include "epochmapping.h"

#include <algorithm>
#include <cmath>

EpochMapping EpochMapping::fromTotals(int totalSteps, int epochs)
{
    EpochMapping mapping;
    if (totalSteps <= 0 || epochs <= 0)
        return mapping;
    const double perEpoch = double(totalSteps) / epochs;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        const int end = int(std::lround(epoch * perEpoch));
        if (mapping.m_ends.isEmpty() || end > mapping.m_ends.last())
            mapping.m_ends.append(end);
    }
    mapping.m_tailLength = std::max(1.0, perEpoch);
    return mapping;
}

EpochMapping EpochMapping::fromEpochEnds(QList<int> endSteps)
{
    EpochMapping mapping;
    endSteps.removeIf([](int step) { return step <= 0; });
    std::sort(endSteps.begin(), endSteps.end());
    endSteps.erase(std::unique(endSteps.begin(), endSteps.end()), endSteps.end());
    if (endSteps.isEmpty())
        return mapping;
    mapping.m_ends = endSteps;
    mapping.m_tailLength = std::max(1.0, mapping.lengthBefore(endSteps.size() - 1));
    return mapping;
}

double EpochMapping::lengthBefore(qsizetype index) const
{
    const int previous = index == 0 ? 0 : m_ends.at(index - 1);
    return m_ends.at(index) - previous;
}

double EpochMapping::epochAt(double step) const
{
    if (!isValid())
        return 0;
    if (step <= 0)
        return step / m_ends.first();
    const auto it = std::lower_bound(m_ends.cbegin(), m_ends.cend(), step);
    const qsizetype index = it - m_ends.cbegin();
    if (index == m_ends.size())
        return double(m_ends.size()) + (step - m_ends.last()) / m_tailLength;
    const int previous = index == 0 ? 0 : m_ends.at(index - 1);
    return double(index) + (step - previous) / lengthBefore(index);
}

double EpochMapping::stepAt(double epoch) const
{
    if (!isValid())
        return 0;
    if (epoch <= 0)
        return epoch * m_ends.first();
    const double count = double(m_ends.size());
    if (epoch >= count)
        return m_ends.last() + (epoch - count) * m_tailLength;
    const qsizetype index = qsizetype(std::floor(epoch));
    const int previous = index == 0 ? 0 : m_ends.at(index - 1);
    return previous + (epoch - double(index)) * lengthBefore(index);
}

int EpochMapping::epochOf(int step) const
{
    if (!isValid() || step <= 0)
        return 1;
    const auto it = std::lower_bound(m_ends.cbegin(), m_ends.cend(), step);
    const qsizetype index = it - m_ends.cbegin();
    if (index < m_ends.size())
        return int(index) + 1;
    return int(m_ends.size()) + int(std::ceil((step - m_ends.last()) / m_tailLength));
}

int EpochMapping::endOfEpoch(int epoch) const
{
    if (!isValid() || epoch <= 0)
        return 0;
    if (epoch <= m_ends.size())
        return m_ends.at(epoch - 1);
    return int(std::lround(stepAt(epoch)));
}
