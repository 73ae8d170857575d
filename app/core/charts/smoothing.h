#pragma once

#include <QList>
#include <QPointF>

// TensorBoard's smoothing: an exponential moving average with debiasing, so the first values
// are not dragged towards zero. With weight w and values x_0, x_1, ...:
//     last_i = last_(i-1) * w + (1 - w) * x_i      (last_(-1) = 0)
//     smoothed_i = last_i / (1 - w^(i+1))
// w = 0 leaves the values as they are; w close to 1 smooths a lot. Values that are not finite
// are passed through and do not count. Incremental: adding values one by one gives exactly
// what smoothing the whole list at once gives, so a live chart only smooths the new points.
class Smoothing
{
public:
    explicit Smoothing(double weight = defaultWeight);

    static constexpr double defaultWeight = 0.6; // TensorBoard's default
    static constexpr double maximumWeight = 0.999;

    double weight() const { return m_weight; }
    void reset();
    double add(double value);

    static QList<double> smooth(const QList<double> &values, double weight);
    // Smooths the y of each point; x stays.
    static QList<QPointF> smooth(const QList<QPointF> &points, double weight);

private:
    double m_weight;
    double m_last = 0;
    qint64 m_count = 0;  // finite values added
    double m_debias = 0; // 1 - w^count, 1 once the power no longer shows
};
