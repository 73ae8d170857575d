#pragma once

#include "core/jobs/metricpoint.h"

#include <QList>
#include <QPointF>
#include <optional>

// The measurements a provider can report for a step, one curve each.
enum class Metric {
    TrainLoss,
    TrainAccuracy,
    ValidLoss,
    ValidAccuracy,
    FullValidLoss,
    FullValidAccuracy,
};
inline constexpr int metricCount = 6;

// One curve of a run: (step, value) for the steps where the metric was measured, in step
// order. x is the step so the same series can be drawn against steps or epochs.
class MetricSeries
{
public:
    MetricSeries() = default;
    explicit MetricSeries(QList<QPointF> points) : m_points(std::move(points)) {}

    const QList<QPointF> &points() const { return m_points; }
    qsizetype size() const { return m_points.size(); }
    bool isEmpty() const { return m_points.isEmpty(); }
    QList<double> values() const;

    void append(QPointF point) { m_points.append(point); }
    void clear() { m_points.clear(); }
    void reserve(qsizetype size) { m_points.reserve(size); }

    // Index of the first point at or after x; size() when every point is before it.
    qsizetype lowerBound(double x) const;
    // The point whose x is nearest, or nothing for an empty series.
    std::optional<QPointF> nearest(double x) const;

    // The value of `metric` in a point, if it was measured.
    static std::optional<double> valueOf(const MetricPoint &point, Metric metric);

private:
    QList<QPointF> m_points;
};
