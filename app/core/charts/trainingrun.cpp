#include "trainingrun.h"

#include <algorithm>

namespace {

constexpr std::array<Metric, metricCount> allMetrics{
    Metric::TrainLoss,     Metric::TrainAccuracy, Metric::ValidLoss,
    Metric::ValidAccuracy, Metric::FullValidLoss, Metric::FullValidAccuracy,
};

bool stepBefore(const MetricPoint &a, const MetricPoint &b)
{
    return a.step < b.step;
}

bool fill(std::optional<double> &known, const std::optional<double> &incoming)
{
    if (known || !incoming)
        return false;
    known = incoming;
    return true;
}

} // namespace

TrainingRun::TrainingRun(const QList<MetricPoint> &points)
{
    append(points);
}

void TrainingRun::clear()
{
    m_points.clear();
    for (MetricSeries &series : m_series)
        series.clear();
    m_reportedTotal.reset();
}

const MetricPoint *TrainingRun::pointAt(int step) const
{
    MetricPoint key;
    key.step = step;
    const auto it = std::lower_bound(m_points.cbegin(), m_points.cend(), key, stepBefore);
    return (it != m_points.cend() && it->step == step) ? &*it : nullptr;
}

const MetricSeries &TrainingRun::series(Metric metric) const
{
    return m_series.at(std::size_t(metric));
}

int TrainingRun::append(const QList<MetricPoint> &points)
{
    // The usual case, a poll's new steps after the known ones, costs only the new points; a
    // repeated step is completed in place, and steps that fall between known ones are merged.
    int changed = 0;
    bool seriesStale = false;
    QList<MetricPoint> between;
    for (const MetricPoint &point : points) {
        noteTotal(point);
        if (m_points.isEmpty() || point.step > m_points.last().step) {
            appendInOrder(point);
            ++changed;
            continue;
        }
        MetricPoint key;
        key.step = point.step;
        const auto it = std::lower_bound(m_points.begin(), m_points.end(), key, stepBefore);
        if (it != m_points.end() && it->step == point.step) {
            if (complete(*it, point)) {
                ++changed;
                seriesStale = true;
            }
        } else {
            between.append(point);
        }
    }
    if (!between.isEmpty()) {
        const qsizetype before = m_points.size();
        mergeUnordered(std::move(between));
        changed += int(m_points.size() - before);
        seriesStale = true;
    }
    if (seriesStale)
        rebuildSeries();
    return changed;
}

void TrainingRun::appendInOrder(const MetricPoint &point)
{
    m_points.append(point);
    for (const Metric metric : allMetrics) {
        if (const auto value = MetricSeries::valueOf(point, metric))
            m_series[std::size_t(metric)].append(QPointF(point.step, *value));
    }
}

bool TrainingRun::complete(MetricPoint &known, const MetricPoint &incoming)
{
    bool changed = fill(known.trainLoss, incoming.trainLoss);
    changed = fill(known.trainAccuracy, incoming.trainAccuracy) || changed;
    changed = fill(known.validLoss, incoming.validLoss) || changed;
    changed = fill(known.validAccuracy, incoming.validAccuracy) || changed;
    changed = fill(known.fullValidLoss, incoming.fullValidLoss) || changed;
    changed = fill(known.fullValidAccuracy, incoming.fullValidAccuracy) || changed;
    if (!known.totalSteps && incoming.totalSteps) {
        known.totalSteps = incoming.totalSteps;
        changed = true;
    }
    return changed;
}

void TrainingRun::mergeUnordered(QList<MetricPoint> incoming)
{
    // One linear merge, so a whole result file over a long run stays O(n).
    std::stable_sort(incoming.begin(), incoming.end(), stepBefore);
    QList<MetricPoint> merged;
    merged.reserve(m_points.size() + incoming.size());
    qsizetype known = 0;
    for (const MetricPoint &point : std::as_const(incoming)) {
        while (known < m_points.size() && m_points.at(known).step < point.step)
            merged.append(m_points.at(known++));
        if (!merged.isEmpty() && merged.last().step == point.step) {
            complete(merged.last(), point);
        } else if (known < m_points.size() && m_points.at(known).step == point.step) {
            merged.append(m_points.at(known++));
            complete(merged.last(), point);
        } else {
            merged.append(point);
        }
    }
    while (known < m_points.size())
        merged.append(m_points.at(known++));
    m_points = std::move(merged);
}

void TrainingRun::rebuildSeries()
{
    for (MetricSeries &series : m_series)
        series.clear();
    for (const MetricPoint &point : std::as_const(m_points)) {
        for (const Metric metric : allMetrics) {
            if (const auto value = MetricSeries::valueOf(point, metric))
                m_series[std::size_t(metric)].append(QPointF(point.step, *value));
        }
    }
}

void TrainingRun::noteTotal(const MetricPoint &point)
{
    if (point.totalSteps && (!m_reportedTotal || *point.totalSteps > *m_reportedTotal))
        m_reportedTotal = point.totalSteps;
}

std::optional<int> TrainingRun::totalSteps() const
{
    return m_totalSteps ? m_totalSteps : m_reportedTotal;
}

void TrainingRun::setTotalSteps(int steps)
{
    m_totalSteps = steps > 0 ? std::optional<int>(steps) : std::nullopt;
}

void TrainingRun::setEpochs(int epochs)
{
    m_epochs = epochs > 0 ? std::optional<int>(epochs) : std::nullopt;
}

EpochMapping TrainingRun::epochMapping() const
{
    if (const auto total = totalSteps(); total && m_epochs)
        return EpochMapping::fromTotals(*total, *m_epochs);
    QList<int> ends;
    for (const QPointF &point : series(Metric::FullValidLoss).points())
        ends.append(int(point.x()));
    for (const QPointF &point : series(Metric::FullValidAccuracy).points())
        ends.append(int(point.x()));
    return EpochMapping::fromEpochEnds(ends);
}

TrainingRun TrainingRun::upToStep(int step) const
{
    TrainingRun run = *this;
    MetricPoint key;
    key.step = step;
    const auto it = std::upper_bound(m_points.cbegin(), m_points.cend(), key, stepBefore);
    run.m_points = m_points.first(it - m_points.cbegin());
    run.rebuildSeries();
    return run;
}
