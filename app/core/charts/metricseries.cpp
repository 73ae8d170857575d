#include "metricseries.h"

#include <algorithm>

QList<double> MetricSeries::values() const
{
    QList<double> values;
    values.reserve(m_points.size());
    for (const QPointF &point : m_points)
        values.append(point.y());
    return values;
}

qsizetype MetricSeries::lowerBound(double x) const
{
    const auto it =
        std::lower_bound(m_points.cbegin(), m_points.cend(), x,
                         [](const QPointF &point, double value) { return point.x() < value; });
    return it - m_points.cbegin();
}

std::optional<QPointF> MetricSeries::nearest(double x) const
{
    if (m_points.isEmpty())
        return std::nullopt;
    const qsizetype after = lowerBound(x);
    if (after == 0)
        return m_points.first();
    if (after == m_points.size())
        return m_points.last();
    const QPointF &before = m_points.at(after - 1);
    const QPointF &next = m_points.at(after);
    return (x - before.x() <= next.x() - x) ? before : next;
}

std::optional<double> MetricSeries::valueOf(const MetricPoint &point, Metric metric)
{
    switch (metric) {
    case Metric::TrainLoss:
        return point.trainLoss;
    case Metric::TrainAccuracy:
        return point.trainAccuracy;
    case Metric::ValidLoss:
        return point.validLoss;
    case Metric::ValidAccuracy:
        return point.validAccuracy;
    case Metric::FullValidLoss:
        return point.fullValidLoss;
    case Metric::FullValidAccuracy:
        return point.fullValidAccuracy;
    }
    return std::nullopt;
}
