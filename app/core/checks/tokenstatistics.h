#pragma once

#include <QList>

// Summary of a list of lengths (tokens per example, messages per example): the figures the
// histogram and the cost panel show. Percentiles use the nearest-rank method: the value at
// rank ceil(p/100 * n) of the sorted list, so every figure is a length that really occurs.
struct TokenStatistics
{
    struct Bin
    {
        qint64 from = 0; // inclusive
        qint64 to = 0;   // exclusive
        int count = 0;
    };

    int count = 0;
    qint64 minimum = 0;
    qint64 median = 0;
    qint64 p90 = 0;
    qint64 maximum = 0;
    qint64 total = 0;
    double mean = 0;
    QList<Bin> bins; // equal widths of a round size (1, 2 or 5 times a power of ten)

    // Summarizes the values in about maxBins bins (at most one more, as the first bin starts
    // at a multiple of the width); at least one bin when there are values.
    static TokenStatistics of(QList<qint64> values, int maxBins = 20);
    // The nearest-rank percentile of sorted values (0 when empty).
    static qint64 percentile(const QList<qint64> &sorted, double percent);
    // The smallest round width (1, 2, 5 x 10^k) at least span / maxBins.
    static qint64 roundBinWidth(qint64 span, int maxBins);
};
