#pragma once

#include "core/jobs/metricpoint.h"
#include "epochmapping.h"
#include "metricseries.h"

#include <QList>
#include <array>
#include <optional>

// The whole of one training run's measurements, one point per step, in step order: what a
// chart draws and what the advice reads. Points arrive in batches (each poll's new events,
// then the provider's full history once the job ends); a step that is already known is
// completed with the values it lacked, never duplicated, as the workspace's JobStore keeps
// them. Nothing is ever dropped: the run is drawn whole, however long.
// A value type; copies share their data until one of them changes.
class TrainingRun
{
public:
    TrainingRun() = default;
    explicit TrainingRun(const QList<MetricPoint> &points);

    // Returns how many steps were new or gained a value.
    int append(const QList<MetricPoint> &points);
    void clear();

    const QList<MetricPoint> &points() const { return m_points; }
    qsizetype size() const { return m_points.size(); }
    bool isEmpty() const { return m_points.isEmpty(); }
    int firstStep() const { return m_points.isEmpty() ? 0 : m_points.first().step; }
    int lastStep() const { return m_points.isEmpty() ? 0 : m_points.last().step; }
    const MetricPoint *pointAt(int step) const; // nullptr when the step is not known

    // The measured values of one metric, (step, value), in step order.
    const MetricSeries &series(Metric metric) const;
    bool has(Metric metric) const { return !series(metric).isEmpty(); }

    // The run's length: set by the job page, or the largest total a point carried.
    std::optional<int> totalSteps() const;
    void setTotalSteps(int steps);
    std::optional<int> epochs() const { return m_epochs; }
    void setEpochs(int epochs);
    // From total steps and epochs when both are known, else from the full-validation steps;
    // not valid when neither is known.
    EpochMapping epochMapping() const;

    // The run as it stood at a step (a checkpoint, for comparing).
    TrainingRun upToStep(int step) const;

private:
    void appendInOrder(const MetricPoint &point);
    bool complete(MetricPoint &known, const MetricPoint &incoming);
    void mergeUnordered(QList<MetricPoint> incoming);
    void rebuildSeries();
    void noteTotal(const MetricPoint &point);

    QList<MetricPoint> m_points;
    std::array<MetricSeries, metricCount> m_series;
    std::optional<int> m_totalSteps;    // set by the caller
    std::optional<int> m_reportedTotal; // the largest the points carried
    std::optional<int> m_epochs;
};
