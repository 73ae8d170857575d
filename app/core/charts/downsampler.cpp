#include "downsampler.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

qsizetype firstAtOrAfter(const QList<QPointF> &points, double x)
{
    const auto it =
        std::lower_bound(points.cbegin(), points.cend(), x,
                         [](const QPointF &point, double value) { return point.x() < value; });
    return it - points.cbegin();
}

qsizetype firstAfter(const QList<QPointF> &points, double x)
{
    const auto it =
        std::upper_bound(points.cbegin(), points.cend(), x,
                         [](double value, const QPointF &point) { return value < point.x(); });
    return it - points.cbegin();
}

// The indices one column keeps, in x order, each once.
void keepColumn(const QList<QPointF> &points, qsizetype first, qsizetype last, QList<QPointF> &out)
{
    qsizetype lowest = first;
    qsizetype highest = first;
    for (qsizetype i = first + 1; i <= last; ++i) {
        const double y = points.at(i).y();
        if (y < points.at(lowest).y())
            lowest = i;
        if (y > points.at(highest).y())
            highest = i;
    }
    std::array<qsizetype, 4> kept{first, std::min(lowest, highest), std::max(lowest, highest),
                                  last};
    qsizetype previous = -1;
    for (const qsizetype index : kept) {
        if (index != previous)
            out.append(points.at(index));
        previous = index;
    }
}

} // namespace

QList<QPointF> Downsampler::minMax(const QList<QPointF> &points, double xFrom, double xTo,
                                   int columns)
{
    if (points.isEmpty() || !(xTo > xFrom))
        return {};
    // One neighbour on each side, so the line reaches the edges of the plot.
    const qsizetype begin = std::max<qsizetype>(0, firstAtOrAfter(points, xFrom) - 1);
    const qsizetype end = std::min<qsizetype>(points.size(), firstAfter(points, xTo) + 1);
    if (end <= begin)
        return {};
    const qsizetype count = end - begin;
    columns = std::max(1, columns);
    if (count <= 4 * qsizetype(columns))
        return points.mid(begin, count);

    QList<QPointF> kept;
    kept.reserve(4 * qsizetype(columns) + 2);
    const double perColumn = columns / (xTo - xFrom);
    const double infinity = std::numeric_limits<double>::infinity();
    qsizetype start = begin;
    while (start < end) {
        // The column of the first point, then every point left of the column's right edge.
        const double x = points.at(start).x();
        const qint64 column =
            std::clamp(qint64(std::floor((x - xFrom) * perColumn)), qint64(-1), qint64(columns));
        const double edge = column < 0          ? xFrom
                            : column >= columns ? infinity
                                                : xFrom + double(column + 1) / perColumn;
        qsizetype stop = start;
        while (stop + 1 < end && points.at(stop + 1).x() < edge)
            ++stop;
        keepColumn(points, start, stop, kept);
        start = stop + 1;
    }
    return kept;
}
