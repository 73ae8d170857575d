#pragma once

#include "api/client/apierror.h"
#include "api/client/apiresult.h"
#include "api/client/jobpoller.h"
#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/jobstatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class ApiCall;
class JobStore;
class ProviderClient;
class ProviderSession;

// Follows the fine-tuning jobs of one workspace and keeps the JobStore up to date: one
// JobPoller per job that has not finished, with the client ProviderSession gives for the job's
// profile (asked again when the session discards it), resuming from the event cursor stored
// with the job, so a restart neither loses nor repeats events. Every update, event batch
// (with its cursor, in one transaction), metric batch and checkpoint list is stored as it
// arrives; when a job ends, its metrics are completed from the provider's full history and
// its final checkpoints are stored, then jobFinished() is emitted.
//
// Offline, nothing is lost: the poller keeps trying (pollFailed with stillPolling true) and
// picks up from the stored cursor. Views read the JobStore and follow its signals.
class JobTracker : public QObject
{
    Q_OBJECT

public:
    // Neither is owned; both must outlive the tracker.
    JobTracker(ProviderSession *providers, JobStore *jobs, QObject *parent = nullptr);
    ~JobTracker() override;

    // Follows every job of the store that has not finished (call once the workspace is open).
    void followActiveJobs();
    // Follows one stored job. A finished job whose history was never read (one refresh()
    // found) is read once: events, full metrics, checkpoints; call this when it is shown.
    // A no-op when the job is followed already, or finished with its history stored.
    void follow(qint64 jobId);
    void stopFollowing(qint64 jobId);
    bool isFollowing(qint64 jobId) const;

    // Lists the provider's jobs for this profile and stores those the workspace does not know
    // yet (and the newer state of those it knows); then follows the unfinished ones.
    // refreshFinished() reports how many were new, or why the list could not be read.
    void refresh(const QString &profileId);

    // Through the job's provider; the answer is stored (jobChanged from the store) or
    // actionFailed() says why not, in plain words.
    void cancel(qint64 jobId);
    void pause(qint64 jobId);
    void resume(qint64 jobId);

    // The window is hidden: poll less often (and again normally when false).
    void setBackground(bool background);
    bool isBackground() const { return m_background; }
    // How often jobs are asked about (JobPoller's waits, in front and hidden; tests shorten
    // them). Applies to jobs followed from now on.
    void setPollOptions(const JobPollOptions &options) { m_options = options; }

Q_SIGNALS:
    // The job reached an end (succeeded, failed, cancelled) while followed, after its final
    // metrics and checkpoints were stored: the moment for a desktop notification. Not for a
    // job that was already over when it was followed (refresh() found it finished).
    void jobFinished(qint64 jobId, JobStatus status);
    // A poll did not get through. stillPolling true: passing trouble (offline, the Sandbox
    // restarting), the tracker keeps trying. false: it gave up on this job (wrong key, no
    // permission, the job is gone, the profile was removed) until follow() is called again —
    // or, for a job that has ended, its full history could not be read (jobFinished follows).
    void pollFailed(qint64 jobId, const ApiError &error, bool stillPolling);
    void actionFailed(qint64 jobId, const ApiError &error);
    void refreshFinished(const QString &profileId, int newJobs, const ApiError &error);

private:
    struct Follower;
    using Action =
        std::function<ApiCall *(ProviderClient *client, const QString &jobId, ApiDone<Job> done)>;

    void requestClient(Follower &follower);
    void startPoller(Follower &follower);
    void dropPoller(Follower &follower);
    void abandon(Follower &follower);
    void track(Follower &follower, ApiCall *call);
    void completeFinishedJob(qint64 jobId, const Job &job);
    void finalCallDone(Follower &follower, const ApiError &error);
    void endFollowing(qint64 jobId);
    int lastStoredStep(qint64 jobId) const;
    void onClientDiscarded(const QString &profileId);
    int storeListed(const QString &profileId, const QString &kind, const QList<Job> &jobs);
    void act(qint64 jobId, const Action &action);

    ProviderSession *m_providers;
    QPointer<JobStore> m_jobs;
    QHash<qint64, std::shared_ptr<Follower>> m_followers;
    JobPollOptions m_options;
    bool m_background = false;
};
