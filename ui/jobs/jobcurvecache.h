#pragma once

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QSet>
#include <QTimer>

class JobStore;

// The small loss curve of each job for the jobs list, made off the GUI thread: a job's run is
// read from the workspace and reduced to a few dozen points on a worker the first time its row
// is painted, then kept. New measurements of an active job redraw its curve at most every few
// seconds, so a list of hundreds of jobs paints from memory and never waits for the workspace.
class JobCurveCache : public QObject
{
    Q_OBJECT

public:
    explicit JobCurveCache(QObject *parent = nullptr);
    ~JobCurveCache() override;

    // Forgets every curve (and waits for the reads under way: they use the old workspace).
    void setStore(JobStore *store);

    // The curve when it is known (empty when the job has too few measurements); asks for it
    // otherwise, and curveReady() follows.
    QList<QPointF> curve(qint64 jobId) const;
    bool isKnown(qint64 jobId) const { return m_curves.contains(jobId); }
    bool isLoading() const { return !m_loading.isEmpty(); }
    // New measurements: the curve is read again (soon, not at once).
    void invalidate(qint64 jobId);
    void forget(qint64 jobId);

    static constexpr int Columns = 60;
    static constexpr int RefreshIntervalMs = 3000;

Q_SIGNALS:
    void curveReady(qint64 jobId);

private:
    void load(qint64 jobId) const;
    void loadStale();
    void waitForReads();

    QPointer<JobStore> m_store;
    mutable QHash<qint64, QList<QPointF>> m_curves;
    mutable QSet<qint64> m_loading;
    mutable QList<QFuture<QList<QPointF>>> m_reads; // the workers' part, waited for on change
    QSet<qint64> m_stale;
    QTimer m_refresh;
    int m_generation = 0;
};
