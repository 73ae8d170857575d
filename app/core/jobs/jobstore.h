#pragma once

// JobStore: the fine-tuning jobs of one workspace with their events, metrics and checkpoints,
// for the GUI thread.
//
// Contract
// --------
// * Every call runs synchronously on the workspace's GUI connection; each write is one
//   transaction, so a poll that brings hundreds of events or points costs one commit.
//   Writes return false / 0 / -1 on failure and leave the workspace unchanged; lastError()
//   then holds a sentence for the user.
// * Jobs are identified by the workspace's own id (JobRecord::id). The provider's id is
//   unique per profile: jobByProviderId(profile, id) finds a job again.
// * saveJob() inserts or updates by (profile, provider id) and writes every field of the
//   record; updateJob() stores only what a provider reports (Job) and keeps the rest.
// * Events are kept once: an event whose id is already stored is skipped (an event without
//   an id gets one from its time and text). appendEvents() can store the poller's cursor in
//   the same transaction, so a crash never leaves a cursor past events that were not saved.
// * Metric points are kept per step for the whole run: a step already stored is completed
//   with the values it lacked (validation arrives on some steps only, the result file fills
//   in accuracies), never duplicated. metrics() reads the run in step order.
// * Signals: jobAdded / jobChanged / jobAboutToBeRemoved / jobRemoved;
//   eventsAdded(job, count) with the number of new events; metricsAdded(job, first, last)
//   with the steps that were new or completed; checkpointsChanged(job). updateJob,
//   appendEvents and appendMetrics emit nothing when a repeated poll changed nothing.

#include "checkpoint.h"
#include "jobevent.h"
#include "jobrecord.h"
#include "metricpoint.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>

class QSqlQuery;
class QThreadPool;
class Workspace;
class WorkspaceTransaction;

class JobStore : public QObject
{
    Q_OBJECT

public:
    explicit JobStore(Workspace *workspace, QObject *parent = nullptr);
    ~JobStore() override;

    Workspace *workspace() const { return m_workspace; }
    QString lastError() const { return m_lastError; }

    // ---- jobs
    // Inserts, or updates the job with the same profile and provider id. Returns its id,
    // 0 on failure.
    qint64 saveJob(const JobRecord &record);
    // The provider's newer view of a job; profile, dataset, cursor, steps and estimate stay.
    // Emits jobChanged only when something differs from what is stored.
    bool updateJob(qint64 jobId, const Job &job);
    bool setDatasetId(qint64 jobId, qint64 datasetId);
    bool setEstimatedCost(qint64 jobId, std::optional<double> usd);
    bool removeJob(qint64 jobId); // with its events, metrics and checkpoints

    QList<JobRecord> jobs() const; // newest first
    QList<JobRecord> jobs(const QString &profileId) const;
    JobRecord job(qint64 jobId) const; // id 0 when there is none
    JobRecord jobByProviderId(const QString &profileId, const QString &providerJobId) const;

    // ---- events
    // Stores the events not stored yet (oldest first, as JobPoller delivers them) and, when
    // cursor is not empty, the cursor. Returns how many were new, -1 on failure.
    int appendEvents(qint64 jobId, const QList<JobEvent> &events, const QString &cursor = {});
    QList<JobEvent> events(qint64 jobId) const; // oldest first
    // count events from position first in that order (a page of a long log, read as shown).
    QList<JobEvent> events(qint64 jobId, int first, int count) const;
    // The positions (in the order above) of the events whose text contains `text`, ignoring
    // the case of ASCII letters, ascending: a search through a long log in one query.
    QList<int> eventPositionsContaining(qint64 jobId, const QString &text) const;
    // The same on a worker thread with its own connection (about 90 ms for 100,000 lines,
    // which a window must not wait for at every key typed). It sees the events committed when
    // it starts; pool: the global one when null. A search that starts after skip was set (a
    // newer one replaced it) ends at once, with no lines.
    using Skip = std::shared_ptr<std::atomic_bool>;
    QFuture<QList<int>> eventPositionsContainingAsync(qint64 jobId, const QString &text,
                                                      QThreadPool *pool = nullptr,
                                                      const Skip &skip = {}) const;
    // The id of the event fromEnd places before the newest (0: the newest); empty if none.
    QString eventIdFromEnd(qint64 jobId, int fromEnd) const;
    int eventCount(qint64 jobId) const;
    QString eventCursor(qint64 jobId) const;
    bool setEventCursor(qint64 jobId, const QString &cursor);
    std::optional<int> totalSteps(qint64 jobId) const;
    bool setTotalSteps(qint64 jobId, int totalSteps);

    // ---- metrics
    // Stores new steps and completes known ones; raises the job's total steps when a point
    // says more. Returns how many steps were new or completed, -1 on failure.
    int appendMetrics(qint64 jobId, const QList<MetricPoint> &points);
    // The whole run, by step. About 1.3 ms per 1,000 points (the Qt driver's cost per value):
    // a long run (tens of thousands of steps) is better read with metricsAsync().
    QList<MetricPoint> metrics(qint64 jobId) const;
    // The steps metricsAdded() announced, for a chart that is already showing the rest.
    QList<MetricPoint> metrics(qint64 jobId, int firstStep, int lastStep) const;
    // The whole run, read on a worker thread with its own connection: watch the future with a
    // QFutureWatcher; the GUI thread never waits for a long run.
    QFuture<QList<MetricPoint>> metricsAsync(qint64 jobId) const;
    int metricCount(qint64 jobId) const;

    // ---- checkpoints
    bool saveCheckpoint(qint64 jobId, const Checkpoint &checkpoint); // by its id
    // The provider's list is the truth (OpenAI keeps the last three epochs): the stored
    // checkpoints become exactly these.
    bool replaceCheckpoints(qint64 jobId, const QList<Checkpoint> &checkpoints);
    QList<Checkpoint> checkpoints(qint64 jobId) const; // by step

Q_SIGNALS:
    void jobAdded(qint64 jobId);
    void jobChanged(qint64 jobId);
    void jobAboutToBeRemoved(qint64 jobId);
    void jobRemoved(qint64 jobId);
    void eventsAdded(qint64 jobId, int count);
    void metricsAdded(qint64 jobId, int firstStep, int lastStep);
    void checkpointsChanged(qint64 jobId);

private:
    QSqlDatabase db() const;
    bool fail(const QString &detail) const;
    bool failQuery(const QSqlQuery &query) const;
    bool begun(const WorkspaceTransaction &transaction) const;
    bool commit(WorkspaceTransaction &transaction) const;
    bool jobExists(qint64 jobId) const;
    bool requireJob(qint64 jobId) const; // false, with lastError(), when it is gone
    bool writeJob(qint64 jobId, const JobRecord &record);
    bool writeProviderFields(qint64 jobId, const Job &job, bool *changed = nullptr);
    bool raiseTotalSteps(qint64 jobId, int totalSteps, bool *raised);
    bool insertCheckpoint(qint64 jobId, const Checkpoint &checkpoint);
    QList<JobRecord> queryJobs(const QString &where, const QVariantList &values) const;
    static QList<MetricPoint> queryMetrics(const QSqlDatabase &db, qint64 jobId, int firstStep,
                                           int lastStep);
    // nullopt when the query failed (query holds why).
    static std::optional<QList<int>> queryEventPositions(QSqlQuery &query, qint64 jobId,
                                                         const QString &text);

    // Where the last page of events read ended, so reading the next page (a view going
    // through a long log in order, as a search does) seeks there instead of counting rows.
    struct EventReadHint
    {
        qint64 jobId = 0;
        int next = -1; // the position right after the last event read
        qint64 createdAt = 0;
        qint64 rowId = 0;
    };

    Workspace *m_workspace;
    mutable QString m_lastError;
    mutable EventReadHint m_eventHint;
};
