#pragma once

#include "apierror.h"

#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiCall;
class ProviderClient;

// How often JobPoller asks: from minIntervalMs, doubling while nothing changes, up to max.
struct JobPollOptions
{
    int minIntervalMs = 5000;
    int maxIntervalMs = 60000;
};

// Follows one fine-tuning job until it ends: asks for the job and for the events that are new
// since the last poll, and says what changed. The wait between polls starts short, doubles
// while nothing changes (up to a ceiling) and is short again after any news. Passing trouble
// (network, timeouts, server errors) is reported and polling goes on; a refusal that waiting
// cannot fix (wrong key, no permission, job not found) stops it.
class JobPoller : public QObject
{
    Q_OBJECT

public:
    using Options = JobPollOptions;

    // `eventCursor` is the cursor saved from a previous session, so no event arrives twice.
    JobPoller(ProviderClient *client, const QString &jobId, const QString &eventCursor = {},
              Options options = {}, QObject *parent = nullptr);
    ~JobPoller() override;

    void start();
    void stop();
    void pollNow();

    bool isRunning() const { return m_running; }
    QString jobId() const { return m_jobId; }
    // Save this with the job: it marks the newest event already delivered.
    QString eventCursor() const { return m_cursor; }
    int currentIntervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void jobUpdated(const Job &job);
    void eventsArrived(const QList<JobEvent> &events);      // oldest first
    void metricsArrived(const QList<MetricPoint> &points);  // from the new metrics events
    void failed(const ApiError &error, bool stillPolling);
    void finished(const Job &job); // succeeded, failed or cancelled: polling has stopped

private:
    void pollJob();
    void pollEvents();
    void endRound();
    void scheduleNext();
    static bool isPermanent(const ApiError &error);

    QPointer<ProviderClient> m_client;
    QString m_jobId;
    QString m_cursor;
    Options m_options;
    QTimer m_timer;
    QPointer<ApiCall> m_call;
    Job m_job;
    bool m_running = false;
    bool m_changed = false;
    bool m_finalSeen = false;
    int m_intervalMs;
};

