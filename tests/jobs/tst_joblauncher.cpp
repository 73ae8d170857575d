// JobLauncher against the real Sandbox: a dataset of the workspace becomes two uploaded files
// and a job recorded in the JobStore, which JobTracker then follows to its end (events, the
// whole run's metrics, checkpoints); a cancelled launch leaves no job; OpenAI's refusal of new
// fine-tuning keeps its kind and the request; an OpenAI-compatible profile with fine-tuning
// switched on launches at a custom address; Together's own estimate, asked once the files are
// sent, is confirmed before the job is made, and Cancel at that point deletes the files and
// makes no job (Together played by a scripted server).
#include "api/client/providerclient.h"
#include "api/jobs/joblauncher.h"
#include "api/jobs/jobtracker.h"
#include "jobsfixture.h"
#include "tests/api/testhttpserver.h"

#include <QSignalSpy>
#include <QTimer>

using namespace JobsTest;

namespace {

// What one launch reported.
struct LaunchWatch
{
    explicit LaunchWatch(JobLauncher &launcher)
    {
        QObject::connect(&launcher, &JobLauncher::progress, &launcher,
                         [this](JobLauncher::Stage stage, qint64 done, qint64 total) {
                             if (stages.isEmpty() || stages.last() != stage)
                                 stages.append(stage);
                             if (stage == JobLauncher::Stage::UploadingTraining && total > 0)
                                 uploadedBytes = qMax(uploadedBytes, done);
                         });
        QObject::connect(&launcher, &JobLauncher::launched, &launcher,
                         [this](qint64 id, const Job &job) {
                             storedId = id;
                             launchedJob = job;
                             ended = true;
                         });
        QObject::connect(&launcher, &JobLauncher::failed, &launcher,
                         [this](const ApiError &e, const JobLauncher::Request &r) {
                             error = e;
                             refused = r;
                             ended = true;
                         });
        QObject::connect(&launcher, &JobLauncher::providerEstimate, &launcher,
                         [this](const PriceEstimate &e, const ApiError &error) {
                             estimate = e;
                             estimateError = error;
                             ++estimates;
                         });
        QObject::connect(&launcher, &JobLauncher::cancelled, &launcher, [this] {
            wasCancelled = true;
            ended = true;
        });
    }

    bool wait()
    {
        return waitUntil([this] { return ended; }, 30000);
    }

    QList<JobLauncher::Stage> stages;
    qint64 uploadedBytes = 0;
    qint64 storedId = 0;
    Job launchedJob;
    ApiError error;
    JobLauncher::Request refused;
    bool wasCancelled = false;
    bool ended = false;
    PriceEstimate estimate;
    ApiError estimateError;
    int estimates = 0;
};

// Together's side of a launch, as its API answers: uploads, the price estimate, the job.
TestHttpServer::Reply togetherReply(const TestHttpServer::Request &request)
{
    using Reply = TestHttpServer::Reply;
    if (request.path == QLatin1String("/v1/files/upload")) {
        const bool training = request.body.contains("train.jsonl");
        return Reply::json(QByteArray(R"({"id":")") + (training ? "file-t" : "file-v") +
                           R"(","object":"file","created_at":1,"filename":"x.jsonl","bytes":16,
            "purpose":"fine-tune","Processed":true,"FileType":"jsonl"})");
    }
    if (request.path == QLatin1String("/v1/fine-tunes/estimate-price"))
        return Reply::json(R"({"estimated_total_price":4.5,"allowed_to_proceed":true,
            "user_limit":100,"estimated_train_token_count":150000,"estimated_eval_token_count":2000})");
    if (request.path == QLatin1String("/v1/fine-tunes") && request.method == "POST")
        return Reply::json(
            R"({"id":"ft-1","status":"pending","model":"meta-llama/Llama-3.2-3B-Instruct",
            "created_at":"2026-11-20T10:00:00Z","updated_at":"2026-11-20T10:00:00Z",
            "training_file":"file-t","validation_file":"file-v","n_epochs":3,
            "training_method":{"method":"sft","train_on_inputs":false}})");
    if (request.method == "DELETE" && request.path.startsWith(QLatin1String("/v1/files/")))
        return Reply::json(QByteArray(R"({"id":")") + request.path.mid(10).toUtf8() +
                           R"(","deleted":true})");
    return Reply::error(404, "not scripted");
}

QStringList requested(const TestHttpServer &server)
{
    QStringList lines;
    for (const TestHttpServer::Request &request : server.requests())
        lines.append(QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path);
    return lines;
}

JobPollOptions fastPolling()
{
    return {50, 200};
}

} // namespace

class TestJobLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void datasetLaunchIsFollowedToTheEnd();
    void emptyTrainingSplitIsExplained();
    void cancelDuringUploadLeavesNoJob();
    void refusalKeepsItsKindAndTheRequest();
    void compatibleProfileWithFineTuningLaunches();
    void providerEstimateIsConfirmedBeforeTheJob();
    void cancelAtTheProviderEstimateLeavesNothing();

private:
    // A Together profile at a scripted server, and a launch from two files on it.
    JobLauncher::Request togetherLaunch(TestHttpServer &server);

private:
    std::unique_ptr<Fixture> m_fixture;
};

void TestJobLauncher::init()
{
    m_fixture = std::make_unique<Fixture>();
    QVERIFY(m_fixture->openWorkspace());
}

void TestJobLauncher::cleanup()
{
    m_fixture.reset();
}

void TestJobLauncher::datasetLaunchIsFollowedToTheEnd()
{
    Fixture &f = *m_fixture;
    const qint64 datasetId = f.dataset(24, 25);
    JobLauncher launcher(f.session.get(), f.jobs.get(), f.datasets.get());
    LaunchWatch watch(launcher);
    JobLauncher::Request request;
    request.profileId = QString::fromLatin1(ProviderProfile::SandboxId);
    request.datasetId = datasetId;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.hyperparameters.set(Hyperparameters::Epochs, 3);
    request.suffix = QStringLiteral("support");
    request.estimatedCostUsd = 0.42;
    launcher.start(request);
    QVERIFY(launcher.isRunning());
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error, qPrintable(watch.error.userMessage + watch.error.details));
    QVERIFY(!launcher.isRunning());
    const QList<JobLauncher::Stage> expected{
        JobLauncher::Stage::Exporting, JobLauncher::Stage::UploadingTraining,
        JobLauncher::Stage::UploadingValidation, JobLauncher::Stage::Creating};
    QCOMPARE(watch.stages, expected);
    QVERIFY(watch.uploadedBytes > 0); // bytes sent were reported
    QVERIFY(!watch.launchedJob.validationFile.isEmpty());
    QVERIFY(watch.storedId > 0);
    const JobRecord record = f.jobs->job(watch.storedId);
    QCOMPARE(record.profileId, request.profileId);
    QCOMPARE(record.providerKind, ProviderProfile::kindId(ProviderKind::Sandbox));
    QCOMPARE(record.datasetId, datasetId);
    QCOMPARE(record.estimatedCostUsd, std::optional<double>(0.42));
    QCOMPARE(record.job.id, watch.launchedJob.id);

    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions(fastPolling());
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.followActiveJobs();
    QVERIFY(tracker.isFollowing(watch.storedId));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toLongLong(), watch.storedId);
    QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Succeeded);
    QVERIFY(!tracker.isFollowing(watch.storedId));

    const JobRecord done = f.jobs->job(watch.storedId);
    QCOMPARE(done.job.status, JobStatus::Succeeded);
    QVERIFY(done.job.fineTunedModel.contains(QStringLiteral("support")));
    // 18 training examples, 3 epochs, the Sandbox's automatic batch of 1: every step kept.
    QVERIFY(done.totalSteps.has_value());
    const QList<MetricPoint> metrics = f.jobs->metrics(watch.storedId);
    QCOMPARE(metrics.size(), *done.totalSteps);
    QCOMPARE(metrics.first().step, 1);
    QCOMPARE(metrics.last().step, *done.totalSteps);
    // The result file completed what events lacked: an accuracy on every step.
    for (const MetricPoint &point : metrics)
        QVERIFY2(point.trainAccuracy.has_value(), qPrintable(QString::number(point.step)));
    QVERIFY(std::any_of(metrics.begin(), metrics.end(),
                        [](const MetricPoint &p) { return p.fullValidLoss.has_value(); }));
    // Every event the provider has, once, in order, and the cursor at the newest.
    ProviderClient *client = f.client(request.profileId);
    QVERIFY(client);
    std::optional<ApiResult<EventPage>> all;
    client->listEvents(done.job.id, {}, [&](const ApiResult<EventPage> &page) { all = page; });
    QVERIFY(waitUntil([&] { return all.has_value(); }));
    const QList<JobEvent> stored = f.jobs->events(watch.storedId);
    QCOMPARE(stored.size(), all->value.events.size());
    QCOMPARE(stored.last().id, all->value.events.last().id);
    QCOMPARE(done.eventCursor, all->value.events.last().id);
    const QList<Checkpoint> checkpoints = f.jobs->checkpoints(watch.storedId);
    QCOMPARE(checkpoints.size(), 3); // the last three epochs
    QVERIFY(checkpoints.last().modelName.contains(QStringLiteral(":ckpt-step-")));
}

void TestJobLauncher::emptyTrainingSplitIsExplained()
{
    Fixture &f = *m_fixture;
    const qint64 datasetId = f.dataset(12, 100); // every example in validation
    JobLauncher launcher(f.session.get(), f.jobs.get(), f.datasets.get());
    LaunchWatch watch(launcher);
    JobLauncher::Request request;
    request.profileId = QString::fromLatin1(ProviderProfile::SandboxId);
    request.datasetId = datasetId;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    launcher.start(request);
    QVERIFY(watch.wait());
    QCOMPARE(watch.error.kind, ApiError::Kind::LocalFile);
    QVERIFY(watch.error.userMessage.contains(QStringLiteral("no training examples")));
    QCOMPARE(watch.refused.datasetId, datasetId);
    QVERIFY(f.jobs->jobs().isEmpty());
}

void TestJobLauncher::cancelDuringUploadLeavesNoJob()
{
    Fixture &f = *m_fixture;
    SandboxProcess slow;
    const QUrl url = slow.start({QStringLiteral("--latency"), QStringLiteral("400"),
                                 QStringLiteral("--speed"), QStringLiteral("1000")});
    QVERIFY(url.isValid());
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    JobLauncher launcher(f.session.get(), f.jobs.get(), f.datasets.get());
    LaunchWatch watch(launcher);
    QObject::connect(&launcher, &JobLauncher::progress, &launcher,
                     [&launcher](JobLauncher::Stage stage, qint64 done) {
                         // Once the slow upload is on its way.
                         if (stage == JobLauncher::Stage::UploadingTraining && done == 0)
                             QTimer::singleShot(150, &launcher, [&launcher] { launcher.cancel(); });
                     });
    JobLauncher::Request request;
    request.profileId = profileId;
    request.trainingPath = f.writeTrainingFile(12);
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    launcher.start(request);
    QVERIFY(watch.wait());
    QVERIFY(watch.wasCancelled);
    QVERIFY(!watch.error);
    QVERIFY(!launcher.isRunning());
    QVERIFY(f.jobs->jobs().isEmpty());
    // Nor at the provider, once the slow server has had time to answer anything in flight.
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    QTest::qWait(600);
    std::optional<ApiResult<QList<Job>>> listed;
    client->listJobs([&](const ApiResult<QList<Job>> &jobs) { listed = jobs; });
    QVERIFY(waitUntil([&] { return listed.has_value(); }));
    QVERIFY(listed->ok());
    QVERIFY(listed->value.isEmpty());
}

void TestJobLauncher::refusalKeepsItsKindAndTheRequest()
{
    Fixture &f = *m_fixture;
    SandboxProcess refusing;
    const QUrl url = refusing.start({QStringLiteral("--refuse-fine-tuning")});
    QVERIFY(url.isValid());
    // OpenAI's own API (the Sandbox at its address) with a key, as a real organisation has.
    const QString profileId = f.addProfile(ProviderKind::OpenAI, url);
    JobLauncher launcher(f.session.get(), f.jobs.get(), f.datasets.get());
    LaunchWatch watch(launcher);
    JobLauncher::Request request;
    request.profileId = profileId;
    request.datasetId = f.dataset(12, 0);
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.hyperparameters.set(Hyperparameters::Epochs, 2);
    request.suffix = QStringLiteral("care");
    launcher.start(request);
    QVERIFY(watch.wait());
    QCOMPARE(watch.error.kind, ApiError::Kind::FineTuningClosed);
    QCOMPARE(watch.error.userMessage, ApiError::messageFor(ApiError::Kind::FineTuningClosed));
    QCOMPARE(watch.error.httpStatus, 403);
    QVERIFY(watch.error.details.contains(QStringLiteral("no longer available"))); // its words
    QVERIFY(!watch.error.userMessage.contains(fakeKey()));
    QVERIFY(!watch.error.details.contains(fakeKey()));
    // The same request, to offer it to another provider.
    QCOMPARE(watch.refused.datasetId, request.datasetId);
    QCOMPARE(watch.refused.model, request.model);
    QCOMPARE(watch.refused.hyperparameters, request.hyperparameters);
    QCOMPARE(watch.refused.suffix, request.suffix);
    QVERIFY(f.jobs->jobs().isEmpty());
    // The file sent for a job that never started is removed again.
    ProviderClient *client = f.client(profileId);
    QVERIFY(client);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            std::optional<ApiResult<QList<RemoteFile>>> files;
            client->listFiles([&](const ApiResult<QList<RemoteFile>> &r) { files = r; });
            waitUntil([&] { return files.has_value(); });
            return files->ok() && files->value.isEmpty();
        }(),
        5000);
}

void TestJobLauncher::compatibleProfileWithFineTuningLaunches()
{
    Fixture &f = *m_fixture;
    SandboxProcess server;
    const QUrl url = server.start({QStringLiteral("--speed"), QStringLiteral("1000")});
    QVERIFY(url.isValid());
    // A service that copies OpenAI's fine-tuning API (Nebius-like) at its own address.
    const QString profileId = f.addProfile(ProviderKind::OpenAICompatible, url, true);
    JobLauncher launcher(f.session.get(), f.jobs.get(), nullptr);
    LaunchWatch watch(launcher);
    JobLauncher::Request request;
    request.profileId = profileId;
    request.trainingPath = f.writeTrainingFile(12);
    request.validationPath = f.writeTrainingFile(10, QStringLiteral("valid.jsonl"));
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    launcher.start(request);
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error, qPrintable(watch.error.userMessage + watch.error.details));
    const QList<JobLauncher::Stage> expected{JobLauncher::Stage::UploadingTraining,
                                             JobLauncher::Stage::UploadingValidation,
                                             JobLauncher::Stage::Creating};
    QCOMPARE(watch.stages, expected);
    const JobRecord record = f.jobs->job(watch.storedId);
    QCOMPARE(record.providerKind, ProviderProfile::kindId(ProviderKind::OpenAICompatible));
    QCOMPARE(record.datasetId, 0);

    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions(fastPolling());
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.follow(watch.storedId);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).value<JobStatus>(), JobStatus::Succeeded);
    QVERIFY(f.jobs->metricCount(watch.storedId) > 0);
}

JobLauncher::Request TestJobLauncher::togetherLaunch(TestHttpServer &server)
{
    Fixture &f = *m_fixture;
    server.setHandler(togetherReply);
    if (!server.listen())
        return {};
    JobLauncher::Request request;
    request.profileId = f.addProfile(ProviderKind::Together, server.baseUrl());
    request.trainingPath = f.writeTrainingFile(12, QStringLiteral("train.jsonl"));
    request.validationPath = f.writeTrainingFile(10, QStringLiteral("valid.jsonl"));
    request.model = QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    request.suffix = QStringLiteral("support");
    request.confirmProviderEstimate = true;
    return request;
}

void TestJobLauncher::providerEstimateIsConfirmedBeforeTheJob()
{
    Fixture &f = *m_fixture;
    TestHttpServer server;
    const JobLauncher::Request request = togetherLaunch(server);
    QVERIFY(!request.profileId.isEmpty());
    JobLauncher launcher(f.session.get(), f.jobs.get(), nullptr);
    LaunchWatch watch(launcher);
    launcher.start(request);
    QVERIFY(waitUntil([&] { return watch.estimates > 0 || watch.ended; }, 30000));
    QVERIFY2(!watch.ended, qPrintable(watch.error.userMessage + watch.error.details));
    // Asked with the files it has received; nothing is created until the user confirms.
    QVERIFY2(!watch.estimateError, qPrintable(watch.estimateError.userMessage));
    QCOMPARE(watch.estimate.totalPrice, 4.5);
    QCOMPARE(watch.estimate.trainTokens, 150000);
    QCOMPARE(launcher.stage(), JobLauncher::Stage::AwaitingConfirmation);
    QVERIFY(launcher.isRunning());
    const QStringList before = requested(server);
    QCOMPARE(before.last(), QStringLiteral("POST /v1/fine-tunes/estimate-price"));
    const QJsonObject asked = QJsonDocument::fromJson(server.requests().last().body).object();
    QCOMPARE(asked.value(QLatin1String("training_file")).toString(), QStringLiteral("file-t"));
    QVERIFY(!before.contains(QStringLiteral("POST /v1/fine-tunes")));
    QTest::qWait(200);
    QCOMPARE(requested(server), before);
    QCOMPARE(f.jobs->jobs().size(), 0);

    launcher.confirmEstimate();
    QVERIFY(watch.wait());
    QVERIFY2(!watch.error, qPrintable(watch.error.userMessage + watch.error.details));
    const QList<JobLauncher::Stage> expected{
        JobLauncher::Stage::UploadingTraining, JobLauncher::Stage::UploadingValidation,
        JobLauncher::Stage::Estimating, JobLauncher::Stage::AwaitingConfirmation,
        JobLauncher::Stage::Creating};
    QCOMPARE(watch.stages, expected);
    QCOMPARE(requested(server).last(), QStringLiteral("POST /v1/fine-tunes"));
    QCOMPARE(f.jobs->job(watch.storedId).job.id, QStringLiteral("ft-1"));
}

void TestJobLauncher::cancelAtTheProviderEstimateLeavesNothing()
{
    Fixture &f = *m_fixture;
    TestHttpServer server;
    const JobLauncher::Request request = togetherLaunch(server);
    QVERIFY(!request.profileId.isEmpty());
    JobLauncher launcher(f.session.get(), f.jobs.get(), nullptr);
    LaunchWatch watch(launcher);
    launcher.start(request);
    QVERIFY(waitUntil([&] { return watch.estimates > 0 || watch.ended; }, 30000));
    QVERIFY(!watch.ended);
    launcher.cancel();
    QVERIFY(!watch.ended); // reported after cancel() returns
    QVERIFY(watch.wait());
    QVERIFY(watch.wasCancelled);
    QVERIFY(!launcher.isRunning());
    // No job, here or there; the files sent for it are deleted at the provider.
    QCOMPARE(f.jobs->jobs().size(), 0);
    QVERIFY(waitUntil(
        [&] {
            const QStringList lines = requested(server);
            return lines.contains(QStringLiteral("DELETE /v1/files/file-t")) &&
                   lines.contains(QStringLiteral("DELETE /v1/files/file-v"));
        },
        10000));
    QVERIFY(!requested(server).contains(QStringLiteral("POST /v1/fine-tunes")));
    launcher.confirmEstimate(); // too late: nothing happens
    QTest::qWait(100);
    QVERIFY(!requested(server).contains(QStringLiteral("POST /v1/fine-tunes")));
}

QTEST_GUILESS_MAIN(TestJobLauncher)
#include "tst_joblauncher.moc"
