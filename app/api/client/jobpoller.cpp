#include "jobpoller.h"

#include "providerclient.h"

JobPoller::JobPoller(ProviderClient *client, const QString &jobId, const QString &eventCursor,
                     Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobId(jobId)
    , m_cursor(eventCursor)
    , m_options(options)
    , m_intervalMs(options.minIntervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobPoller::pollNow);
    if (client) {
        // The ProviderSession replaces a client whose profile or key changed: say so rather
        // than go quiet, so the page starts a new poller with the new client.
        connect(client, &QObject::destroyed, this, [this] {
            if (!m_running)
                return;
            m_running = false;
            m_timer.stop();
            Q_EMIT failed(ApiError::make(ApiError::Kind::Cancelled), false);
        });
    }
}

JobPoller::~JobPoller()
{
    stop();
}

void JobPoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_intervalMs = m_options.minIntervalMs;
    m_finalAttempts = 0;
    pollNow();
}

void JobPoller::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_call)
        m_call->abort();
}

void JobPoller::pollNow()
{
    if (!m_running || m_call || !m_client)
        return;
    m_timer.stop();
    m_changed = false;
    m_roundFailed = false;
    pollJob();
}

void JobPoller::setInBackground(bool background)
{
    if (background == m_background)
        return;
    m_background = background;
    // Back in front after a long background wait: do not make the user wait for it.
    if (!background && m_timer.isActive() && m_timer.remainingTime() > m_intervalMs)
        m_timer.start(m_intervalMs);
}

int JobPoller::currentWaitMs() const
{
    if (!m_background)
        return m_intervalMs;
    return qMin(m_intervalMs * m_options.backgroundFactor, qMax(m_options.backgroundMaxIntervalMs, m_intervalMs));
}

void JobPoller::pollJob()
{
    m_call = m_client->getJob(m_jobId, [this](const ApiResult<Job> &result) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!result.ok()) {
            const bool permanent = isPermanent(result.error);
            if (permanent)
                m_running = false;
            Q_EMIT failed(result.error, !permanent);
            if (!permanent)
                scheduleNext(m_finalSeen);
            return;
        }
        const Job &job = result.value;
        if (!m_job || !job.sameState(*m_job)) {
            m_changed = true;
            Q_EMIT jobUpdated(job);
        }
        m_job = job;
        m_finalSeen = job.isFinished();
        pollEvents();
    });
}

void JobPoller::pollEvents()
{
    m_call = m_client->listEvents(m_jobId, m_cursor, [this](const ApiResult<EventPage> &result) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!result.ok()) {
            // The job itself was read; missing events are fetched on the next round.
            partFailed(result.error);
        } else if (!result.value.events.isEmpty()) {
            m_cursor = result.value.cursor;
            m_changed = true;
            QList<MetricPoint> points;
            for (const JobEvent &event : result.value.events) {
                if (const auto point = event.metrics())
                    points.append(*point);
                if (event.announcesCheckpoint)
                    m_checkpointsWanted = true;
            }
            Q_EMIT eventsArrived(result.value.events);
            deliverMetrics(points);
        }
        pollMetrics();
    });
}

bool JobPoller::wantsMetricsEndpoint() const
{
    if (!m_client->capabilities().metricsEndpoint || !m_job)
        return false;
    // Nothing is measured before training starts.
    return m_job->status == JobStatus::Running || m_job->status == JobStatus::Paused || m_job->isFinished()
           || m_job->status == JobStatus::Unknown;
}

void JobPoller::pollMetrics()
{
    if (!wantsMetricsEndpoint()) {
        pollCheckpoints();
        return;
    }
    // The last step again: its evaluation may have arrived after its training loss.
    m_call = m_client->listMetrics(m_jobId, m_lastStep, [this](const ApiResult<QList<MetricPoint>> &result) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!result.ok())
            partFailed(result.error);
        else
            deliverMetrics(result.value);
        pollCheckpoints();
    });
}

void JobPoller::deliverMetrics(const QList<MetricPoint> &points)
{
    QList<MetricPoint> fresh;
    for (const MetricPoint &point : points) {
        const bool newer = point.step > m_lastStep;
        const bool grown = point.step == m_lastStep && m_lastPoint && point != *m_lastPoint;
        if (!newer && !grown)
            continue;
        fresh.append(point);
        m_lastStep = point.step;
        m_lastPoint = point;
    }
    if (fresh.isEmpty())
        return;
    m_changed = true;
    Q_EMIT metricsArrived(fresh);
}

bool JobPoller::wantsCheckpoints() const
{
    if (!m_client->capabilities().hasCheckpoints || !m_job)
        return false;
    if (m_finalSeen)
        return true; // the last ones appear as the job ends
    const bool started = m_job->status == JobStatus::Running || m_job->status == JobStatus::Paused;
    return m_checkpointsWanted && started;
}

void JobPoller::pollCheckpoints()
{
    if (!wantsCheckpoints()) {
        endRound();
        return;
    }
    m_call = m_client->listCheckpoints(m_jobId, [this](const ApiResult<QList<Checkpoint>> &result) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!result.ok()) {
            partFailed(result.error); // asked again next round
        } else {
            m_checkpointsWanted = false;
            if (result.value != m_checkpoints) {
                m_checkpoints = result.value;
                m_changed = true;
                Q_EMIT checkpointsUpdated(m_checkpoints);
            }
        }
        endRound();
    });
}

void JobPoller::partFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Unsupported)
        return; // the provider has no such list: nothing to retry
    m_roundFailed = true;
    Q_EMIT failed(error, true);
}

void JobPoller::endRound()
{
    if (!m_finalSeen) {
        scheduleNext();
        return;
    }
    // The job has ended: its last events, measurements and checkpoints must not be lost, so
    // a round that could not read them all is repeated soon.
    if (m_roundFailed && m_finalAttempts < m_options.finalRetries) {
        ++m_finalAttempts;
        scheduleNext(true);
        return;
    }
    m_running = false;
    Q_EMIT finished(*m_job);
}

void JobPoller::scheduleNext(bool soon)
{
    if (!m_running)
        return;
    if (soon || m_changed)
        m_intervalMs = m_options.minIntervalMs;
    else
        m_intervalMs = qMin(m_intervalMs * 2, m_options.maxIntervalMs);
    m_timer.start(currentWaitMs());
}

bool JobPoller::isPermanent(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::InvalidKey:
    case ApiError::Kind::PermissionDenied:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Unsupported:
    case ApiError::Kind::InsecureAddress:
    case ApiError::Kind::Tls:
    case ApiError::Kind::QuotaExhausted:
        return true;
    default:
        return false;
    }
}
