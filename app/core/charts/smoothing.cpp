#include "smoothing.h"

#include <algorithm>
#include <cmath>

Smoothing::Smoothing(double weight) : m_weight(std::clamp(weight, 0.0, maximumWeight)) {}

void Smoothing::reset()
{
    m_last = 0;
    m_count = 0;
    m_debias = 0;
}

double Smoothing::add(double value)
{
    if (!std::isfinite(value))
        return value;
    m_last = m_last * m_weight + (1 - m_weight) * value;
    ++m_count;
    if (m_debias == 1)
        return m_last;
    // Once w^(i+1) is below half an ulp of 1, 1 - w^(i+1) is exactly 1: skip the power.
    const double power = std::pow(m_weight, double(m_count));
    m_debias = power < 1e-18 ? 1 : 1 - power; // w = 0 gives 1
    return m_last / m_debias;
}

QList<double> Smoothing::smooth(const QList<double> &values, double weight)
{
    Smoothing smoothing(weight);
    QList<double> smoothed;
    smoothed.reserve(values.size());
    for (const double value : values)
        smoothed.append(smoothing.add(value));
    return smoothed;
}

QList<QPointF> Smoothing::smooth(const QList<QPointF> &points, double weight)
{
    Smoothing smoothing(weight);
    QList<QPointF> smoothed;
    smoothed.reserve(points.size());
    for (const QPointF &point : points)
        smoothed.append(QPointF(point.x(), smoothing.add(point.y())));
    return smoothed;
}
