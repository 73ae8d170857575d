#include "jobtracker.h"

#include "api/client/apicall.h"
#include "api/client/jobpoller.h"
#include "api/client/providerclient.h"
#include "api/session/providersession.h"
#include "core/jobs/jobstore.h"

#include <QTimer>
#include <limits>

// One followed job: its poller while a client is at hand, and what its end still needs.
struct JobTracker::Follower
{
    qint64 jobId = 0;
    QString profileId;
    QString providerJobId;
    QPointer<ProviderClient> client;
    std::unique_ptr<JobPoller> poller;
    bool requestingClient = false;
    bool finishing = false;   // the provider's full history is being read
    bool wasFinished = false; // already over when following began: no jobFinished
    QTimer retry;             // asks for the client again after a passing failure
    QList<QPointer<ApiCall>> calls;
};

namespace {

// Failures of ProviderSession that may pass by themselves (the Sandbox restarts, the
// keychain is unlocked); the rest need the person (a missing key, a removed profile).
bool sessionMayRecover(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::LocalService:
    case ApiError::Kind::KeychainLocked:
    case ApiError::Kind::NetworkDown:
    case ApiError::Kind::Timeout:
        return true;
    default:
        return false;
    }
}

constexpr int sessionRetryMs = 30000;

} // namespace

JobTracker::JobTracker(ProviderSession *providers, JobStore *jobs, QObject *parent)
    : QObject(parent), m_providers(providers), m_jobs(jobs)
{
    connect(m_providers, &ProviderSession::clientDiscarded, this, &JobTracker::onClientDiscarded);
    connect(m_jobs, &JobStore::jobAboutToBeRemoved, this, &JobTracker::stopFollowing);
    // The workspace closed before the tracker: nothing more can be stored.
    connect(m_jobs, &QObject::destroyed, this, [this] {
        const auto followers = std::exchange(m_followers, {});
        for (const auto &follower : followers)
            abandon(*follower);
    });
}

JobTracker::~JobTracker()
{
    // Emptied first: the answers of aborted calls then find no follower.
    const auto followers = std::exchange(m_followers, {});
    for (const auto &follower : followers)
        abandon(*follower);
}

void JobTracker::setBackground(bool background)
{
    if (m_background == background)
        return;
    m_background = background;
    for (const auto &follower : std::as_const(m_followers)) {
        if (follower->poller)
            follower->poller->setInBackground(background);
    }
}

void JobTracker::followActiveJobs()
{
    if (!m_jobs)
        return;
    const QList<JobRecord> records = m_jobs->jobs();
    for (const JobRecord &record : records) {
        if (!record.job.isFinished())
            follow(record.id);
    }
}

void JobTracker::follow(qint64 jobId)
{
    if (!m_jobs || m_followers.contains(jobId))
        return;
    const JobRecord record = m_jobs->job(jobId);
    if (record.id == 0 || record.job.id.isEmpty())
        return;
    // A finished job is read once, for the history it lacks (found by refresh()).
    if (record.job.isFinished() && m_jobs->eventCount(jobId) > 0)
        return;
    auto follower = std::make_shared<Follower>();
    follower->jobId = jobId;
    follower->profileId = record.profileId;
    follower->providerJobId = record.job.id;
    follower->wasFinished = record.job.isFinished();
    follower->retry.setSingleShot(true);
    connect(&follower->retry, &QTimer::timeout, this, [this, jobId] {
        if (const auto found = m_followers.value(jobId))
            requestClient(*found);
    });
    m_followers.insert(jobId, follower);
    requestClient(*follower);
}

void JobTracker::stopFollowing(qint64 jobId)
{
    if (const auto follower = m_followers.take(jobId))
        abandon(*follower);
}

bool JobTracker::isFollowing(qint64 jobId) const
{
    return m_followers.contains(jobId);
}

void JobTracker::dropPoller(Follower &follower)
{
    // Maybe inside one of the poller's own signals: it is deleted once that has returned.
    if (JobPoller *poller = follower.poller.release()) {
        poller->stop();
        poller->disconnect(this);
        poller->deleteLater();
    }
}

void JobTracker::abandon(Follower &follower)
{
    follower.retry.stop();
    dropPoller(follower);
    const QList<QPointer<ApiCall>> calls = std::exchange(follower.calls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void JobTracker::track(Follower &follower, ApiCall *call)
{
    follower.calls.removeAll(nullptr);
    follower.calls.append(call);
}

void JobTracker::requestClient(Follower &follower)
{
    if (follower.requestingClient)
        return;
    follower.requestingClient = true;
    const qint64 jobId = follower.jobId;
    m_providers->request(follower.profileId, this,
                         [this, jobId](const ProviderSession::Ready &ready) {
                             const auto follower = m_followers.value(jobId);
                             if (!follower)
                                 return;
                             follower->requestingClient = false;
                             if (!ready.ok()) {
                                 const bool retrying = sessionMayRecover(ready.error);
                                 Q_EMIT pollFailed(jobId, ready.error, retrying);
                                 if (retrying)
                                     follower->retry.start(sessionRetryMs);
                                 else
                                     stopFollowing(jobId);
                                 return;
                             }
                             follower->client = ready.client;
                             startPoller(*follower);
                         });
}

void JobTracker::startPoller(Follower &follower)
{
    const qint64 jobId = follower.jobId;
    dropPoller(follower);
    // From what is stored with the job: the cursor moves in the same transaction as the
    // events it covers, so nothing is repeated or skipped after a restart.
    follower.poller = std::make_unique<JobPoller>(follower.client, follower.providerJobId,
                                                  m_jobs->eventCursor(jobId), m_options);
    JobPoller *poller = follower.poller.get();
    poller->setLastMetricStep(lastStoredStep(jobId));
    poller->setKnownCheckpoints(m_jobs->checkpoints(jobId));
    poller->setInBackground(m_background);
    connect(poller, &JobPoller::jobUpdated, this,
            [this, jobId](const Job &job) { m_jobs->updateJob(jobId, job); });
    connect(poller, &JobPoller::eventsArrived, this,
            [this, jobId, poller](const QList<JobEvent> &events) {
                m_jobs->appendEvents(jobId, events, poller->eventCursor());
            });
    connect(
        poller, &JobPoller::metricsArrived, this,
        [this, jobId](const QList<MetricPoint> &points) { m_jobs->appendMetrics(jobId, points); });
    connect(poller, &JobPoller::checkpointsUpdated, this,
            [this, jobId](const QList<Checkpoint> &checkpoints) {
                m_jobs->replaceCheckpoints(jobId, checkpoints);
            });
    connect(poller, &JobPoller::failed, this, [this, jobId](const ApiError &error, bool still) {
        const auto follower = m_followers.value(jobId);
        if (follower && error.kind == ApiError::Kind::Cancelled) {
            // Its client went away (the session replaced it): carry on with the new one.
            dropPoller(*follower);
            follower->client = nullptr;
            return requestClient(*follower);
        }
        Q_EMIT pollFailed(jobId, error, still);
        if (!still)
            stopFollowing(jobId); // follow() again once the cause is fixed
    });
    connect(poller, &JobPoller::finished, this,
            [this, jobId](const Job &job) { completeFinishedJob(jobId, job); });
    poller->start();
}

int JobTracker::lastStoredStep(qint64 jobId) const
{
    // Steps are distinct and positive, so the last one is at least the count: only the tail
    // is read, never the whole run.
    const int count = m_jobs->metricCount(jobId);
    if (count <= 0)
        return 0;
    const QList<MetricPoint> tail = m_jobs->metrics(jobId, count, std::numeric_limits<int>::max());
    return tail.isEmpty() ? 0 : tail.last().step;
}

void JobTracker::completeFinishedJob(qint64 jobId, const Job &job)
{
    const auto follower = m_followers.value(jobId);
    if (!follower)
        return;
    m_jobs->updateJob(jobId, job);
    follower->finishing = true;
    dropPoller(*follower);
    if (!follower->client)
        return endFollowing(jobId);
    // The provider's full history fills the steps events missed (and the accuracies); the
    // poller has stored the final checkpoints already.
    track(*follower,
          follower->client->fetchMetrics(job, [this, self = QPointer(this),
                                               jobId](const ApiResult<QList<MetricPoint>> &result) {
              if (!self)
                  return;
              const auto follower = m_followers.value(jobId);
              if (!follower)
                  return;
              if (result.ok())
                  m_jobs->appendMetrics(jobId, result.value);
              finalCallDone(*follower, result.error);
          }));
}

void JobTracker::finalCallDone(Follower &follower, const ApiError &error)
{
    // A job that failed early has no results to read: that is no failure.
    const bool expected = error.kind == ApiError::Kind::Unsupported ||
                          error.kind == ApiError::Kind::Cancelled ||
                          error.kind == ApiError::Kind::NotFound;
    if (error && !expected)
        Q_EMIT pollFailed(follower.jobId, error, false);
    endFollowing(follower.jobId);
}

void JobTracker::endFollowing(qint64 jobId)
{
    const auto follower = m_followers.take(jobId);
    if (!follower)
        return;
    const JobRecord record = m_jobs->job(jobId);
    if (!follower->wasFinished && record.id != 0)
        Q_EMIT jobFinished(jobId, record.job.status);
}

void JobTracker::onClientDiscarded(const QString &profileId)
{
    for (const auto &follower : std::as_const(m_followers)) {
        if (follower->profileId != profileId || follower->finishing)
            continue;
        // The stored cursor keeps the place; a new client picks up from there.
        dropPoller(*follower);
        follower->client = nullptr;
        requestClient(*follower);
    }
}

void JobTracker::refresh(const QString &profileId)
{
    m_providers->request(profileId, this, [this, profileId](const ProviderSession::Ready &ready) {
        if (!ready.ok()) {
            Q_EMIT refreshFinished(profileId, 0, ready.error);
            return;
        }
        const QString kind = ProviderProfile::kindId(ready.profile.kind);
        ready.client->listJobs(
            [this, self = QPointer(this), profileId, kind](const ApiResult<QList<Job>> &result) {
                if (!self || !m_jobs)
                    return;
                if (!result.ok()) {
                    Q_EMIT refreshFinished(profileId, 0, result.error);
                    return;
                }
                Q_EMIT refreshFinished(profileId, storeListed(profileId, kind, result.value), {});
            });
    });
}

int JobTracker::storeListed(const QString &profileId, const QString &kind, const QList<Job> &jobs)
{
    int added = 0;
    for (const Job &job : jobs) {
        const JobRecord known = m_jobs->jobByProviderId(profileId, job.id);
        qint64 jobId = known.id;
        if (jobId != 0) {
            m_jobs->updateJob(jobId, job);
        } else {
            JobRecord record;
            record.profileId = profileId;
            record.providerKind = kind;
            record.job = job;
            jobId = m_jobs->saveJob(record);
            if (jobId == 0)
                continue;
            ++added;
        }
        // A finished job's history is read when someone opens it (follow()), not for every
        // old job of the account at once.
        if (!job.isFinished())
            follow(jobId);
    }
    return added;
}

void JobTracker::cancel(qint64 jobId)
{
    act(jobId, [](ProviderClient *client, const QString &id, ApiDone<Job> done) {
        return client->cancelJob(id, std::move(done));
    });
}

void JobTracker::pause(qint64 jobId)
{
    act(jobId, [](ProviderClient *client, const QString &id, ApiDone<Job> done) {
        return client->pauseJob(id, std::move(done));
    });
}

void JobTracker::resume(qint64 jobId)
{
    act(jobId, [](ProviderClient *client, const QString &id, ApiDone<Job> done) {
        return client->resumeJob(id, std::move(done));
    });
}

void JobTracker::act(qint64 jobId, const Action &action)
{
    const JobRecord record = m_jobs ? m_jobs->job(jobId) : JobRecord{};
    if (record.id == 0)
        return;
    const QString providerJobId = record.job.id;
    m_providers->request(
        record.profileId, this,
        [this, jobId, providerJobId, action](const ProviderSession::Ready &ready) {
            if (!ready.ok()) {
                Q_EMIT actionFailed(jobId, ready.error);
                return;
            }
            action(ready.client, providerJobId,
                   [this, self = QPointer(this), jobId](const ApiResult<Job> &result) {
                       if (!self || !m_jobs)
                           return;
                       if (!result.ok()) {
                           Q_EMIT actionFailed(jobId, result.error);
                           return;
                       }
                       m_jobs->updateJob(jobId, result.value);
                       // The events the change brings (and the end of a cancelled job) come sooner.
                       const auto follower = m_followers.value(jobId);
                       if (follower && follower->poller)
                           follower->poller->pollNow();
                       else if (!result.value.isFinished())
                           follow(jobId);
                   });
        });
}
