#include "runplot.h"

#include "downsampler.h"

#include <algorithm>
#include <cmath>
#include <limits>

RunPlot::RunPlot(const TrainingRun &run)
{
    setRun(run);
}

void RunPlot::setRun(const TrainingRun &run)
{
    m_run = run;
    refreshMapping();
    resmooth();
}

int RunPlot::append(const QList<MetricPoint> &points)
{
    const Metric trained = metricOf(PlotLine::TrainRaw, m_quantity);
    const qsizetype before = m_run.series(trained).size();
    const int lastBefore = m_run.lastStep();
    const bool onlyNewSteps = std::all_of(
        points.cbegin(), points.cend(), [&](const MetricPoint &p) { return p.step > lastBefore; });
    const int changed = m_run.append(points);
    if (changed == 0)
        return 0;
    refreshMapping();
    if (onlyNewSteps && before == m_smoothed.size())
        smoothNewPoints();
    else
        resmooth();
    return changed;
}

void RunPlot::setTotalSteps(int steps)
{
    m_run.setTotalSteps(steps);
    refreshMapping();
}

void RunPlot::setEpochs(int epochs)
{
    m_run.setEpochs(epochs);
    refreshMapping();
}

void RunPlot::refreshMapping()
{
    m_mapping = m_run.epochMapping();
}

void RunPlot::setQuantity(PlotQuantity quantity)
{
    if (quantity == m_quantity)
        return;
    m_quantity = quantity;
    resmooth();
}

void RunPlot::setAxis(PlotAxis axis)
{
    m_axis = axis;
}

void RunPlot::setSmoothing(double weight)
{
    weight = std::clamp(weight, 0.0, Smoothing::maximumWeight);
    if (weight == m_smoothing)
        return;
    m_smoothing = weight;
    resmooth();
}

void RunPlot::resmooth()
{
    m_smoother = Smoothing(m_smoothing);
    m_smoothed.clear();
    smoothNewPoints();
}

void RunPlot::smoothNewPoints()
{
    const QList<QPointF> &raw = m_run.series(metricOf(PlotLine::TrainRaw, m_quantity)).points();
    m_smoothed.reserve(raw.size());
    for (qsizetype i = m_smoothed.size(); i < raw.size(); ++i)
        m_smoothed.append(QPointF(raw.at(i).x(), m_smoother.add(raw.at(i).y())));
}

bool RunPlot::hasAccuracy() const
{
    return m_run.has(Metric::TrainAccuracy) || m_run.has(Metric::ValidAccuracy) ||
           m_run.has(Metric::FullValidAccuracy);
}

Metric RunPlot::metricOf(PlotLine line, PlotQuantity quantity)
{
    const bool loss = quantity == PlotQuantity::Loss;
    switch (line) {
    case PlotLine::TrainRaw:
    case PlotLine::TrainSmoothed:
        return loss ? Metric::TrainLoss : Metric::TrainAccuracy;
    case PlotLine::Validation:
        return loss ? Metric::ValidLoss : Metric::ValidAccuracy;
    case PlotLine::FullValidation:
        return loss ? Metric::FullValidLoss : Metric::FullValidAccuracy;
    }
    return Metric::TrainLoss;
}

bool RunPlot::hasLine(PlotLine line) const
{
    return !pointsOf(line).isEmpty();
}

const QList<QPointF> &RunPlot::pointsOf(PlotLine line) const
{
    if (line == PlotLine::TrainSmoothed)
        return m_smoothed;
    return m_run.series(metricOf(line, m_quantity)).points();
}

double RunPlot::toStep(double x) const
{
    return (m_axis == PlotAxis::Epochs && m_mapping.isValid()) ? m_mapping.stepAt(x) : x;
}

double RunPlot::fromStep(double step) const
{
    return (m_axis == PlotAxis::Epochs && m_mapping.isValid()) ? m_mapping.epochAt(step) : step;
}

PlotRange RunPlot::xRange() const
{
    if (m_run.isEmpty())
        return {};
    const double first = std::min(m_run.firstStep(), 0); // from before the first step
    double last = std::max(m_run.lastStep(), m_run.totalSteps().value_or(0));
    if (last <= first)
        last = first + 1;
    return {fromStep(first), fromStep(last)};
}

QList<QPointF> RunPlot::line(PlotLine line, PlotRange visible, int columns) const
{
    if (!visible.isValid())
        return {};
    // Downsample in steps, then map to epochs: the mapping keeps the order of the points.
    QList<QPointF> points =
        Downsampler::minMax(pointsOf(line), toStep(visible.min), toStep(visible.max), columns);
    if (m_axis == PlotAxis::Epochs && m_mapping.isValid()) {
        for (QPointF &point : points)
            point.setX(m_mapping.epochAt(point.x()));
    }
    return points;
}

QList<double> RunPlot::epochBoundaries() const
{
    QList<double> boundaries;
    if (!m_mapping.isValid())
        return boundaries;
    const double last = std::max(m_run.lastStep(), m_run.totalSteps().value_or(0));
    for (const int end : m_mapping.epochEnds()) {
        if (end < last)
            boundaries.append(fromStep(end));
    }
    return boundaries;
}

PlotRange RunPlot::valueRange(const QList<QList<QPointF>> &lines, bool logScale)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const QList<QPointF> &points : lines) {
        for (const QPointF &point : points) {
            const double y = point.y();
            if (!std::isfinite(y) || (logScale && y <= 0))
                continue;
            low = std::min(low, y);
            high = std::max(high, y);
        }
    }
    if (!std::isfinite(low))
        return {};
    if (logScale) {
        if (high <= low)
            return {low / 1.5, high * 1.5};
        const double pad = std::pow(high / low, 0.05);
        return {low / pad, high * pad};
    }
    if (high <= low) {
        const double pad = std::max(std::abs(low) * 0.1, 0.01);
        return {low - pad, high + pad};
    }
    const double pad = (high - low) * 0.05;
    return {low - pad, high + pad};
}
