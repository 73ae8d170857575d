// JobTracker against the real Sandbox: cancel, pause and resume of a running job stored as the
// provider answers; a new tracker over the same workspace carries on from the stored cursor
// after a restart; refresh() brings in jobs the workspace did not know; a Sandbox that goes
// away and comes back at another address loses nothing.
#include "api/client/providerclient.h"
#include "api/jobs/jobtracker.h"
#include "jobsfixture.h"

#include <QSet>
#include <QSignalSpy>

using namespace JobsTest;

namespace {

JobPollOptions fastPolling()
{
    return {50, 200};
}

} // namespace

class TestJobTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cancelPauseAndResumeARunningJob();
    void aNewTrackerResumesFromTheStoredCursor();
    void refreshStoresJobsTheWorkspaceDidNotKnow();
    void nothingIsLostWhileTheProviderIsAway();
    void actionsTheProviderRefusesAreExplained();

private:
    // Starts a job directly at the provider (as another program would) and returns its id.
    QString startJob(ProviderClient *client, int examples = 20);
    // Records a job of the provider in the workspace, as the launcher does.
    qint64 record(const QString &profileId, const QString &providerJobId);
    JobStatus storedStatus(qint64 jobId) const { return m_fixture->jobs->job(jobId).job.status; }

    std::unique_ptr<Fixture> m_fixture;
};

void TestJobTracker::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->openWorkspace());
}

void TestJobTracker::cleanup()
{
    m_fixture.reset();
}

QString TestJobTracker::startJob(ProviderClient *client, int examples)
{
    std::optional<ApiResult<RemoteFile>> uploaded;
    client->uploadFile(m_fixture->writeTrainingFile(examples),
                       [&](const ApiResult<RemoteFile> &file) { uploaded = file; });
    if (!waitUntil([&] { return uploaded.has_value(); }) || !uploaded->ok())
        return {};
    FineTuneRequest request;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.trainingFile = uploaded->value.id;
    request.hyperparameters.set(Hyperparameters::Epochs, 2);
    std::optional<ApiResult<Job>> created;
    client->createJob(request, [&](const ApiResult<Job> &job) { created = job; });
    if (!waitUntil([&] { return created.has_value(); }) || !created->ok())
        return {};
    return created->value.id;
}

qint64 TestJobTracker::record(const QString &profileId, const QString &providerJobId)
{
    JobRecord record;
    record.profileId = profileId;
    record.providerKind = QStringLiteral("openai");
    record.job.id = providerJobId;
    record.job.status = JobStatus::ValidatingFiles;
    return m_fixture->jobs->saveJob(record);
}

void TestJobTracker::cancelPauseAndResumeARunningJob()
{
    Fixture &f = *m_fixture;
    SandboxProcess server; // slow enough to act on a running job: about 6 s of training
    const QUrl url = server.start({QStringLiteral("--speed"), QStringLiteral("10")});
    QVERIFY(url.isValid());
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    const qint64 jobId = record(profileId, startJob(client));
    QVERIFY(jobId > 0);

    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions(fastPolling());
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    QSignalSpy refused(&tracker, &JobTracker::actionFailed);
    tracker.follow(jobId);
    QVERIFY(waitUntil([&] { return storedStatus(jobId) == JobStatus::Running; }));

    tracker.pause(jobId);
    QVERIFY(waitUntil([&] { return storedStatus(jobId) == JobStatus::Paused; }));
    QVERIFY(tracker.isFollowing(jobId)); // a paused job is still watched
    QTest::qWait(300);                   // the steps before the pause have arrived
    const int pausedAt = f.jobs->metricCount(jobId);
    QTest::qWait(400);
    QCOMPARE(f.jobs->metricCount(jobId), pausedAt); // no training while paused

    tracker.resume(jobId);
    QVERIFY(waitUntil([&] { return storedStatus(jobId) == JobStatus::Running; }));

    tracker.cancel(jobId);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Cancelled);
    QCOMPARE(storedStatus(jobId), JobStatus::Cancelled);
    QVERIFY(!tracker.isFollowing(jobId));
    QVERIFY(refused.isEmpty());
    QStringList messages;
    for (const JobEvent &event : f.jobs->events(jobId))
        messages.append(event.message);
    QVERIFY2(messages.join(QLatin1Char('\n')).contains(QStringLiteral("paused")),
             qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestJobTracker::aNewTrackerResumesFromTheStoredCursor()
{
    Fixture &f = *m_fixture;
    SandboxProcess server;
    const QUrl url = server.start({QStringLiteral("--speed"), QStringLiteral("25")});
    QVERIFY(url.isValid());
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    const qint64 jobId = record(profileId, startJob(client));

    QString cursorAtRestart;
    int eventsAtRestart = 0;
    {
        JobTracker first(f.session.get(), f.jobs.get());
        first.setPollOptions(fastPolling());
        first.followActiveJobs();
        QVERIFY(waitUntil([&] { return f.jobs->metricCount(jobId) >= 3; }));
        QVERIFY(!f.jobs->job(jobId).job.isFinished());
    } // the window closes
    cursorAtRestart = f.jobs->eventCursor(jobId);
    eventsAtRestart = f.jobs->eventCount(jobId);
    QVERIFY(!cursorAtRestart.isEmpty());

    // The workspace is opened again, by a new tracker.
    f.closeWorkspace();
    QVERIFY(f.openWorkspace());
    QCOMPARE(f.jobs->eventCursor(jobId), cursorAtRestart);
    JobTracker second(f.session.get(), f.jobs.get());
    second.setPollOptions(fastPolling());
    QSignalSpy added(f.jobs.get(), &JobStore::eventsAdded);
    QSignalSpy finished(&second, &JobTracker::jobFinished);
    second.followActiveJobs();
    QVERIFY(second.isFollowing(jobId));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Succeeded);

    // Exactly the provider's events, each once, in order.
    std::optional<ApiResult<EventPage>> all;
    client->listEvents(f.jobs->job(jobId).job.id, {},
                       [&](const ApiResult<EventPage> &page) { all = page; });
    QVERIFY(waitUntil([&] { return all.has_value(); }));
    const QList<JobEvent> stored = f.jobs->events(jobId);
    QCOMPARE(stored.size(), all->value.events.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(stored.at(i).id, all->value.events.at(i).id);
    // The new tracker was handed only what came after the cursor.
    int newEvents = 0;
    for (const QList<QVariant> &signal : std::as_const(added))
        newEvents += signal.at(1).toInt();
    QCOMPARE(newEvents, stored.size() - eventsAtRestart);
    QCOMPARE(f.jobs->eventCursor(jobId), stored.last().id);
    QCOMPARE(f.jobs->metricCount(jobId), *f.jobs->totalSteps(jobId));
}

void TestJobTracker::refreshStoresJobsTheWorkspaceDidNotKnow()
{
    Fixture &f = *m_fixture;
    SandboxProcess server;
    const QUrl url = server.start({QStringLiteral("--speed"), QStringLiteral("1000")});
    QVERIFY(url.isValid());
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    const QString known = startJob(client);
    const QString unknown = startJob(client); // started from elsewhere (a script, the website)
    const qint64 knownId = record(profileId, known);

    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions(fastPolling());
    QSignalSpy refreshed(&tracker, &JobTracker::refreshFinished);
    tracker.refresh(profileId);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).toString(), profileId);
    QCOMPARE(refreshed.first().at(1).toInt(), 1);
    QVERIFY(!refreshed.first().at(2).value<ApiError>());
    const JobRecord found = f.jobs->jobByProviderId(profileId, unknown);
    QVERIFY(found.id != 0);
    QCOMPARE(found.providerKind, ProviderProfile::kindId(ProviderKind::OpenAI));
    QCOMPARE(f.jobs->jobs(profileId).size(), 2);
    QCOMPARE(f.jobs->jobByProviderId(profileId, known).id, knownId); // not stored twice

    // A finished job's history is read when it is followed (the job page opens).
    QVERIFY(waitUntil([&] { return f.jobs->job(found.id).job.isFinished(); }));
    QVERIFY(waitUntil([&] { return !tracker.isFollowing(found.id); }));
    tracker.follow(found.id);
    QVERIFY(waitUntil(
        [&] { return f.jobs->eventCount(found.id) > 0 && !tracker.isFollowing(found.id); }));
    QVERIFY(f.jobs->metricCount(found.id) > 0);
    QCOMPARE(f.jobs->checkpoints(found.id).size(), 2); // two epochs
}

void TestJobTracker::nothingIsLostWhileTheProviderIsAway()
{
    Fixture &f = *m_fixture;
    const QString data = f.dir.filePath(QStringLiteral("away"));
    auto server = std::make_unique<SandboxProcess>();
    const QUrl url = server->start({QStringLiteral("--speed"), QStringLiteral("20")}, data);
    QVERIFY(url.isValid());
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    const qint64 jobId = record(profileId, startJob(client));

    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions(fastPolling());
    QSignalSpy failures(&tracker, &JobTracker::pollFailed);
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow(jobId);
    QVERIFY(waitUntil([&] { return f.jobs->metricCount(jobId) >= 1; }));

    server->stop(); // offline
    QVERIFY(failures.wait(10000));
    QVERIFY(failures.last().at(2).toBool()); // still polling
    QVERIFY(tracker.isFollowing(jobId));

    // Back, at another address: the profile is edited, the session discards its client.
    server = std::make_unique<SandboxProcess>();
    const QUrl moved = server->start({QStringLiteral("--speed"), QStringLiteral("20")}, data);
    QVERIFY(moved.isValid());
    ProviderProfile profile = *f.profiles->profile(profileId);
    profile.baseUrl = moved;
    f.profiles->save(profile);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Succeeded);
    QCOMPARE(f.jobs->metricCount(jobId), *f.jobs->totalSteps(jobId));
    QSet<QString> ids;
    for (const JobEvent &event : f.jobs->events(jobId))
        ids.insert(event.id);
    QCOMPARE(ids.size(), f.jobs->eventCount(jobId));
}

void TestJobTracker::actionsTheProviderRefusesAreExplained()
{
    Fixture &f = *m_fixture;
    SandboxProcess server;
    const QUrl url = server.start({QStringLiteral("--speed"), QStringLiteral("1000")});
    QVERIFY(url.isValid());
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    const qint64 jobId = record(profileId, startJob(client));
    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions(fastPolling());
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow(jobId);
    QVERIFY(finished.wait(30000));

    QSignalSpy refused(&tracker, &JobTracker::actionFailed);
    tracker.pause(jobId); // a finished job cannot be paused
    QVERIFY(refused.wait(10000));
    QCOMPARE(refused.first().at(0).toLongLong(), jobId);
    const ApiError error = refused.first().at(1).value<ApiError>();
    QVERIFY(error.isError());
    QVERIFY(!error.userMessage.isEmpty());
    QVERIFY(!error.userMessage.contains(fakeKey()));
    QCOMPARE(storedStatus(jobId), JobStatus::Succeeded);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
