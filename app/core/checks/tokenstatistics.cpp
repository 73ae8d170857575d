#include "tokenstatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

qint64 TokenStatistics::percentile(const QList<qint64> &sorted, double percent)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qint64(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qint64>(rank - 1, 0, sorted.size() - 1));
}

qint64 TokenStatistics::roundBinWidth(qint64 span, int maxBins)
{
    const qint64 wanted = std::max<qint64>(1, (span + maxBins - 1) / std::max(1, maxBins));
    for (qint64 power = 1;; power *= 10) {
        for (const qint64 step : {1, 2, 5}) {
            if (step * power >= wanted)
                return step * power;
        }
    }
}

TokenStatistics TokenStatistics::of(QList<qint64> values, int maxBins)
{
    TokenStatistics stats;
    if (values.isEmpty())
        return stats;
    std::sort(values.begin(), values.end());
    stats.count = int(values.size());
    stats.minimum = values.first();
    stats.maximum = values.last();
    stats.median = percentile(values, 50);
    stats.p90 = percentile(values, 90);
    stats.total = std::accumulate(values.cbegin(), values.cend(), qint64(0));
    stats.mean = double(stats.total) / double(stats.count);

    const qint64 width = roundBinWidth(stats.maximum - stats.minimum + 1, maxBins);
    const qint64 start = (stats.minimum / width) * width;
    const qint64 binCount = (stats.maximum - start) / width + 1;
    for (qint64 i = 0; i < binCount; ++i)
        stats.bins.append({start + i * width, start + (i + 1) * width, 0});
    for (const qint64 value : values)
        ++stats.bins[(value - start) / width].count;
    return stats;
}
