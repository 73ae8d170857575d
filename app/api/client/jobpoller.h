#pragma once

#include "apierror.h"

#include "core/jobs/checkpoint.h"
#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ApiCall;
class ProviderClient;

// How often JobPoller asks: from minIntervalMs, doubling while nothing changes, up to max.
// While the window is hidden every wait is backgroundFactor times longer, up to
// backgroundMaxIntervalMs. A finished job's last round is repeated up to finalRetries times
// when part of it failed, so the end of the history is not lost.
struct JobPollOptions
{
    int minIntervalMs = 5000;
    int maxIntervalMs = 60000;
    int backgroundFactor = 4;
    int backgroundMaxIntervalMs = 300000;
    int finalRetries = 5;
};

// Follows one fine-tuning job until it ends, the way its provider reports it: each round asks
// for the job, then for the events that are new since the last round; for the new metrics
// (from the metrics events where they carry them — OpenAI, the Sandbox —, otherwise from the
// provider's metrics endpoint, only steps not seen yet — Together); and for the checkpoints
// when an event announced one, on the first round and at the end. Every change of the job
// (status, error, result files, the settings it really used…) is reported once.
// The wait between rounds starts short, doubles while nothing changes (up to a ceiling) and is
// short again after any news; slower while the window is hidden. Passing trouble (network,
// timeouts, server errors) is reported and polling goes on; a refusal that waiting cannot fix
// (wrong key, no permission, job not found) stops it. So does the client going away (the
// ProviderSession discarded it): failed(Cancelled, false); start a new poller with the new
// client, eventCursor() and lastMetricStep().
class JobPoller : public QObject
{
    Q_OBJECT

public:
    using Options = JobPollOptions;

    // `eventCursor` is the cursor saved from a previous session, so no event arrives twice.
    JobPoller(ProviderClient *client, const QString &jobId, const QString &eventCursor = {},
              Options options = {}, QObject *parent = nullptr);
    ~JobPoller() override;

    // What a previous session already stored, so only newer measurements and a changed list
    // of checkpoints are delivered. Call before start().
    void setLastMetricStep(int step) { m_lastStep = step; }
    void setKnownCheckpoints(const QList<Checkpoint> &checkpoints) { m_checkpoints = checkpoints; }

    void start();
    void stop();
    void pollNow();
    // Hidden window: wait longer between rounds. Back in front: the next round comes soon.
    void setInBackground(bool background);

    bool isRunning() const { return m_running; }
    bool isInBackground() const { return m_background; }
    QString jobId() const { return m_jobId; }
    // Save this with the job: it marks the newest event already delivered.
    QString eventCursor() const { return m_cursor; }
    // The newest step whose measurements were delivered (0: none yet).
    int lastMetricStep() const { return m_lastStep; }
    QList<Checkpoint> checkpoints() const { return m_checkpoints; }
    // The wait chosen by the backoff (foreground terms) and the one really used now.
    int currentIntervalMs() const { return m_intervalMs; }
    int currentWaitMs() const;

Q_SIGNALS:
    void jobUpdated(const Job &job);                       // any change but the raw JSON
    void eventsArrived(const QList<JobEvent> &events);     // oldest first
    // New measurements, oldest step first. A step may come again with more values (its
    // evaluation arrived later): keep the newest per step.
    void metricsArrived(const QList<MetricPoint> &points);
    void checkpointsUpdated(const QList<Checkpoint> &checkpoints); // the whole list, when it changed
    void failed(const ApiError &error, bool stillPolling);
    void finished(const Job &job); // succeeded, failed or cancelled: polling has stopped

private:
    void pollJob();
    void pollEvents();
    void pollMetrics();
    void pollCheckpoints();
    void endRound();
    void scheduleNext(bool soon = false);
    void partFailed(const ApiError &error);
    void deliverMetrics(const QList<MetricPoint> &points);
    bool wantsMetricsEndpoint() const;
    bool wantsCheckpoints() const;
    static bool isPermanent(const ApiError &error);

    QPointer<ProviderClient> m_client;
    QString m_jobId;
    QString m_cursor;
    Options m_options;
    QTimer m_timer;
    QPointer<ApiCall> m_call;
    std::optional<Job> m_job;
    QList<Checkpoint> m_checkpoints;
    std::optional<MetricPoint> m_lastPoint;
    int m_lastStep = 0;
    bool m_running = false;
    bool m_background = false;
    bool m_changed = false;
    bool m_finalSeen = false;
    bool m_roundFailed = false;
    bool m_checkpointsWanted = true; // the first round reads what exists already
    int m_finalAttempts = 0;
    int m_intervalMs;
};
