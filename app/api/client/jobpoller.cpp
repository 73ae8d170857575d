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
    pollJob();
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
                scheduleNext();
            return;
        }
        const Job &job = result.value;
        if (job.status != m_job.status || job.statusText != m_job.statusText || job.fineTunedModel != m_job.fineTunedModel
            || job.trainedTokens != m_job.trainedTokens || job.estimatedFinish != m_job.estimatedFinish) {
            m_changed = true;
            m_job = job;
            Q_EMIT jobUpdated(job);
        }
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
            Q_EMIT failed(result.error, true);
        } else if (!result.value.events.isEmpty()) {
            m_cursor = result.value.cursor;
            m_changed = true;
            QList<MetricPoint> points;
            for (const JobEvent &event : result.value.events) {
                if (const auto point = event.metrics())
                    points.append(*point);
            }
            Q_EMIT eventsArrived(result.value.events);
            if (!points.isEmpty())
                Q_EMIT metricsArrived(points);
        }
        endRound();
    });
}

void JobPoller::endRound()
{
    if (m_finalSeen) {
        m_running = false;
        Q_EMIT finished(m_job);
        return;
    }
    scheduleNext();
}

void JobPoller::scheduleNext()
{
    if (!m_running)
        return;
    m_intervalMs = m_changed ? m_options.minIntervalMs : qMin(m_intervalMs * 2, m_options.maxIntervalMs);
    m_timer.start(m_intervalMs);
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
