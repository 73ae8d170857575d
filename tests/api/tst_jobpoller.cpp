// JobPoller follows a job as the Jobs screen needs: every change once, events only once and in
// order, metrics from metrics events (OpenAI) or from the metrics endpoint, only new steps
// (Together), checkpoints refreshed when announced, the final round retried rather than lost,
// waits that grow while nothing happens (longer in the background), passing trouble survived,
// and a stop when the job ends or the key is refused.
#include "testhttpserver.h"

#include "api/client/jobpoller.h"
#include "api/client/providerfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using Reply = TestHttpServer::Reply;

namespace {
// A job that moves one step per poll of the job itself.
struct ScriptedJob
{
    QStringList statuses{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("running"),
                         QStringLiteral("running"), QStringLiteral("succeeded")};
    int jobPolls = 0;
    QList<QJsonObject> events; // newest first
    int failJobPollNumber = -1; // this poll and the next failCount - 1 answer failStatus
    int failCount = 1;
    int failStatus = 500;
    int failEventsFrom = -1; // events answer 500 from this job poll on, failEventsCount times
    int failEventsCount = 0;
    int checkpointRequests = 0;
    QList<QJsonObject> checkpoints;
    std::function<void(int poll, QJsonObject &job)> decorate; // changes a poll's job object

    Reply handle(const TestHttpServer::Request &request)
    {
        if (request.path.endsWith(QLatin1String("/checkpoints"))) {
            ++checkpointRequests;
            QJsonArray data;
            for (const QJsonObject &checkpoint : checkpoints)
                data.append(checkpoint);
            return Reply::json(QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                         {QStringLiteral("data"), data},
                                                         {QStringLiteral("has_more"), false}}).toJson());
        }
        if (request.path.endsWith(QLatin1String("/events"))) {
            if (failEventsFrom >= 0 && jobPolls > failEventsFrom && failEventsCount > 0) {
                --failEventsCount;
                return Reply::error(500, "events are unavailable");
            }
            const QString after = request.query.queryItemValue(QStringLiteral("after"));
            QJsonArray data;
            bool skipping = !after.isEmpty();
            for (const QJsonObject &event : events) {
                if (skipping) {
                    skipping = event.value(QLatin1String("id")).toString() != after;
                    continue;
                }
                data.append(event);
            }
            return Reply::json(QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                         {QStringLiteral("data"), data},
                                                         {QStringLiteral("has_more"), false}}).toJson());
        }
        const int poll = jobPolls++;
        if (failJobPollNumber >= 0 && poll >= failJobPollNumber && poll < failJobPollNumber + failCount)
            return Reply::error(failStatus, "trouble");
        const QString status = statuses.at(qMin(poll, int(statuses.size()) - 1));
        if (status == QLatin1String("running") && poll >= 1 && poll <= 2) {
            const int step = poll * 10;
            events.prepend({{QStringLiteral("id"), QStringLiteral("ev-%1").arg(step)},
                            {QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
                            {QStringLiteral("created_at"), 1700000000 + step},
                            {QStringLiteral("level"), QStringLiteral("info")},
                            {QStringLiteral("message"), QStringLiteral("Step %1/20").arg(step)},
                            {QStringLiteral("type"), QStringLiteral("metrics")},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("train_loss"), 1.0 / step}}}});
        }
        QJsonObject job{{QStringLiteral("id"), QStringLiteral("ftjob-1")}, {QStringLiteral("object"), QStringLiteral("fine_tuning.job")},
                        {QStringLiteral("status"), status}, {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")}};
        if (status == QLatin1String("succeeded"))
            job.insert(QStringLiteral("fine_tuned_model"), QStringLiteral("ft:gpt-4o-mini:o::1"));
        if (decorate)
            decorate(poll, job);
        return Reply::json(QJsonDocument(job).toJson());
    }
};
} // namespace

class TestJobPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followsJobToTheEnd();
    void waitsLongerWhileNothingChanges();
    void survivesPassingTrouble();
    void stopsWhenKeyRefused();
    void resumesFromSavedCursor();
    void reportsEveryChangeOfTheJob();
    void refreshesCheckpointsWhenAnnounced();
    void retriesTheFinalRoundInsteadOfSkippingIt();
    void readsTogetherMetricsOnlyForNewSteps();
    void waitsLongerInTheBackground();
    void saysSoWhenItsClientGoesAway();

private:
    std::unique_ptr<ProviderClient> m_client;
    QNetworkAccessManager *m_network = nullptr;
    TestHttpServer *m_server = nullptr;
    ScriptedJob m_job;
};

void TestJobPoller::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_job = ScriptedJob{};
    m_server->setHandler([this](const TestHttpServer::Request &request) { return m_job.handle(request); });
    ProviderProfile profile = ProviderProfile::sandbox();
    profile.baseUrl = m_server->baseUrl();
    m_client = makeProviderClient(profile, {}, m_network);
}

void TestJobPoller::cleanup()
{
    m_client.reset();
    delete m_server;
    delete m_network;
}

void TestJobPoller::followsJobToTheEnd()
{
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy updated(&poller, &JobPoller::jobUpdated);
    QSignalSpy events(&poller, &JobPoller::eventsArrived);
    QSignalSpy metrics(&poller, &JobPoller::metricsArrived);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    const Job last = finished.first().first().value<Job>();
    QCOMPARE(last.status, JobStatus::Succeeded);
    QCOMPARE(last.fineTunedModel, QStringLiteral("ft:gpt-4o-mini:o::1"));
    QCOMPARE(updated.size(), 3); // queued, running, succeeded: repeats are not news
    QStringList ids;
    for (const QList<QVariant> &arguments : events) {
        for (const JobEvent &event : arguments.first().value<QList<JobEvent>>())
            ids.append(event.id);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("ev-10"), QStringLiteral("ev-20")}));
    QCOMPARE(metrics.size(), 2);
    QCOMPARE(metrics.last().first().value<QList<MetricPoint>>().first().step, 20);
    QCOMPARE(poller.eventCursor(), QStringLiteral("ev-20"));
    QVERIFY(!poller.isRunning());
    const qsizetype requests = m_server->requests().size();
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), requests); // no polling after the end
}

void TestJobPoller::waitsLongerWhileNothingChanges()
{
    m_job.statuses = {QStringLiteral("queued")};
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {10, 40});
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_job.jobPolls >= 4, 5000);
    QCOMPARE(poller.currentIntervalMs(), 40); // 10 → 20 → 40, then held at the ceiling
    poller.stop();
}

void TestJobPoller::survivesPassingTrouble()
{
    m_job.failJobPollNumber = 1;
    m_job.failCount = 3; // outlasts the service's own two retries
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    RetryPolicy none;
    none.baseDelay = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(none);
    QSignalSpy failed(&poller, &JobPoller::failed);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::ServerError);
    QVERIFY(failed.first().at(1).toBool());
}

void TestJobPoller::stopsWhenKeyRefused()
{
    m_job.failJobPollNumber = 0;
    m_job.failStatus = 401;
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy failed(&poller, &JobPoller::failed);
    poller.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::InvalidKey);
    QVERIFY(!failed.first().at(1).toBool());
    QVERIFY(!poller.isRunning());
    QTest::qWait(150);
    QCOMPARE(m_job.jobPolls, 1);
}

void TestJobPoller::resumesFromSavedCursor()
{
    m_job.statuses = {QStringLiteral("running"), QStringLiteral("running"), QStringLiteral("running"), QStringLiteral("succeeded")};
    JobPoller first(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy finishedFirst(&first, &JobPoller::finished);
    first.start();
    QVERIFY(finishedFirst.wait(10000));
    // A restart with the saved cursor delivers nothing already seen.
    JobPoller second(m_client.get(), QStringLiteral("ftjob-1"), first.eventCursor(), {20, 80});
    QSignalSpy events(&second, &JobPoller::eventsArrived);
    QSignalSpy finishedSecond(&second, &JobPoller::finished);
    second.start();
    QVERIFY(finishedSecond.wait(10000));
    QVERIFY(events.isEmpty());
}

void TestJobPoller::reportsEveryChangeOfTheJob()
{
    m_job.statuses = {QStringLiteral("running"), QStringLiteral("running"), QStringLiteral("running"),
                      QStringLiteral("succeeded")};
    m_job.decorate = [](int poll, QJsonObject &job) {
        // The settings OpenAI really used appear once it chose them; results come at the end.
        const QJsonValue epochs = poll >= 1 ? QJsonValue(3) : QJsonValue(QStringLiteral("auto"));
        job.insert(QStringLiteral("method"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("supervised")},
                               {QStringLiteral("supervised"),
                                QJsonObject{{QStringLiteral("hyperparameters"), QJsonObject{{QStringLiteral("n_epochs"), epochs}}}}}});
        if (poll >= 3)
            job.insert(QStringLiteral("result_files"), QJsonArray{QStringLiteral("file-result")});
        job.insert(QStringLiteral("updated_note"), poll); // raw-only noise is not news
    };
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy updated(&poller, &JobPoller::jobUpdated);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(updated.size(), 3); // first sight, the epochs chosen, the end with its result file
    QVERIFY(!updated.at(0).first().value<Job>().hyperparameters.contains(Hyperparameters::Epochs));
    QCOMPARE(updated.at(1).first().value<Job>().hyperparameters.integer(Hyperparameters::Epochs), std::optional<int>(3));
    QCOMPARE(updated.at(1).first().value<Job>().status, JobStatus::Running);
    const Job last = updated.at(2).first().value<Job>();
    QCOMPARE(last.resultFiles, QStringList{QStringLiteral("file-result")});
    QCOMPARE(last.status, JobStatus::Succeeded);
}

void TestJobPoller::refreshesCheckpointsWhenAnnounced()
{
    m_job.statuses = {QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("running"),
                      QStringLiteral("running"), QStringLiteral("running"), QStringLiteral("succeeded")};
    m_job.decorate = [this](int poll, QJsonObject &) {
        if (poll != 2)
            return;
        // OpenAI announces each checkpoint with a message event.
        m_job.events.prepend({{QStringLiteral("id"), QStringLiteral("ev-ckpt")},
                              {QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
                              {QStringLiteral("created_at"), 1700000100},
                              {QStringLiteral("level"), QStringLiteral("info")},
                              {QStringLiteral("message"), QStringLiteral("Checkpoint created at step 10")},
                              {QStringLiteral("type"), QStringLiteral("message")}});
        m_job.checkpoints = {{{QStringLiteral("object"), QStringLiteral("fine_tuning.job.checkpoint")},
                              {QStringLiteral("id"), QStringLiteral("ftckpt-10")},
                              {QStringLiteral("created_at"), 1700000100},
                              {QStringLiteral("fine_tuned_model_checkpoint"), QStringLiteral("ft:gpt-4o-mini:o::1:ckpt-step-10")},
                              {QStringLiteral("step_number"), 10},
                              {QStringLiteral("fine_tuning_job_id"), QStringLiteral("ftjob-1")},
                              {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("train_loss"), 0.5}}}}};
    };
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy checkpoints(&poller, &JobPoller::checkpointsUpdated);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(checkpoints.size(), 1); // announced once; the final look finds nothing new
    const QList<Checkpoint> list = checkpoints.first().first().value<QList<Checkpoint>>();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().stepNumber, 10);
    QVERIFY(list.first().modelName.endsWith(QStringLiteral(":ckpt-step-10")));
    QCOMPARE(poller.checkpoints(), list);
    // Asked when training started, when one was announced and at the end; not every round.
    QCOMPARE(m_job.checkpointRequests, 3);
}

void TestJobPoller::retriesTheFinalRoundInsteadOfSkippingIt()
{
    m_job.statuses = {QStringLiteral("running"), QStringLiteral("succeeded")};
    m_job.failEventsFrom = 1; // from the round that sees the job succeeded
    m_job.failEventsCount = 3; // outlasts the service's own two retries
    m_job.decorate = [this](int poll, QJsonObject &) {
        if (poll == 1) {
            m_job.events.prepend({{QStringLiteral("id"), QStringLiteral("ev-done")},
                                  {QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
                                  {QStringLiteral("created_at"), 1700000200},
                                  {QStringLiteral("level"), QStringLiteral("info")},
                                  {QStringLiteral("message"), QStringLiteral("The job has successfully completed")},
                                  {QStringLiteral("type"), QStringLiteral("message")}});
        }
    };
    RetryPolicy quick;
    quick.baseDelay = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(quick);
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy events(&poller, &JobPoller::eventsArrived);
    QSignalSpy failed(&poller, &JobPoller::failed);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!failed.isEmpty());
    QVERIFY(failed.first().at(1).toBool()); // still polling: the round is repeated
    QStringList ids;
    for (const QList<QVariant> &arguments : events) {
        for (const JobEvent &event : arguments.first().value<QList<JobEvent>>())
            ids.append(event.id);
    }
    QVERIFY2(ids.contains(QStringLiteral("ev-done")), qPrintable(ids.join(QLatin1Char(','))));
    QCOMPARE(poller.eventCursor(), QStringLiteral("ev-done"));
    QCOMPARE(finished.size(), 1);
}

namespace {
// Together's side of a job: status words of its own, no metrics in events, and a metrics
// endpoint that filters by global_step_from (a JSON body on a GET).
struct TogetherScript
{
    QStringList statuses{QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("running"),
                         QStringLiteral("running"), QStringLiteral("completed")};
    int jobPolls = 0;
    int steps = 0;
    QList<int> metricsFrom; // global_step_from of each metrics request, -1 without a body

    Reply handle(const TestHttpServer::Request &request)
    {
        if (request.path.endsWith(QLatin1String("/events")) || request.path.endsWith(QLatin1String("/checkpoints")))
            return Reply::json(R"({"data":[]})");
        if (request.path.endsWith(QLatin1String("/metrics"))) {
            const QJsonObject filter = QJsonDocument::fromJson(request.body).object();
            const int from = filter.contains(QLatin1String("global_step_from"))
                                 ? filter.value(QLatin1String("global_step_from")).toInt()
                                 : -1;
            metricsFrom.append(from);
            QJsonArray metrics;
            for (int step = qMax(from, 1); step <= steps; ++step) {
                metrics.append(QJsonObject{{QStringLiteral("train/loss"), 2.0 / step},
                                           {QStringLiteral("train/global_step"), step}});
            }
            // Step 6's evaluation is written a little after its training loss.
            if (jobPolls >= 4 && from <= 6 && steps >= 6)
                metrics.append(QJsonObject{{QStringLiteral("eval/loss"), 1.5}, {QStringLiteral("eval/global_step"), 6}});
            return Reply::json(QJsonDocument(QJsonObject{{QStringLiteral("metrics"), metrics}}).toJson());
        }
        const int poll = jobPolls++;
        const QString status = statuses.at(qMin(poll, int(statuses.size()) - 1));
        if (status == QLatin1String("running"))
            steps += 3;
        QJsonObject job{{QStringLiteral("id"), QStringLiteral("ft-1")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("model"), QStringLiteral("meta-llama/Llama-3.2-3B-Instruct")},
                        {QStringLiteral("model_output_name"), QStringLiteral("me/Llama-3.2-3B-Instruct-x")},
                        {QStringLiteral("created_at"), QStringLiteral("2026-11-20T10:00:00Z")},
                        {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T10:00:00Z")}};
        return Reply::json(QJsonDocument(job).toJson());
    }
};
} // namespace

void TestJobPoller::readsTogetherMetricsOnlyForNewSteps()
{
    TogetherScript script;
    m_server->setHandler([&script](const TestHttpServer::Request &request) { return script.handle(request); });
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::Together);
    profile.baseUrl = m_server->baseUrl();
    std::unique_ptr<ProviderClient> together = makeProviderClient(profile, QStringLiteral("tgp-key"), m_network);
    QVERIFY(together->capabilities().metricsEndpoint);
    JobPoller poller(together.get(), QStringLiteral("ft-1"), {}, {20, 80});
    QSignalSpy metrics(&poller, &JobPoller::metricsArrived);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(10000));
    QList<MetricPoint> points;
    for (const QList<QVariant> &arguments : metrics)
        points += arguments.first().value<QList<MetricPoint>>();
    QList<int> steps;
    for (const MetricPoint &point : points)
        steps.append(point.step);
    // Each step once, except step 6, which comes again when its evaluation arrived.
    QCOMPARE(steps, (QList<int>{1, 2, 3, 4, 5, 6, 6, 7, 8, 9}));
    QVERIFY(!points.at(5).validLoss);
    QCOMPARE(points.at(6).validLoss, std::optional<double>(1.5));
    QCOMPARE(points.at(6).trainLoss, std::optional<double>(2.0 / 6));
    // Nothing asked before training started; then only from the last step seen.
    QCOMPARE(script.metricsFrom, (QList<int>{-1, 3, 6, 9}));
    QCOMPARE(poller.lastMetricStep(), 9);
}

void TestJobPoller::waitsLongerInTheBackground()
{
    m_job.statuses = {QStringLiteral("queued")};
    JobPoller::Options options{10, 40};
    options.backgroundFactor = 4;
    options.backgroundMaxIntervalMs = 120;
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, options);
    poller.setInBackground(true);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_job.jobPolls >= 3, 5000);
    QVERIFY(poller.isInBackground());
    QCOMPARE(poller.currentWaitMs(), qMin(poller.currentIntervalMs() * 4, 120));
    QVERIFY(poller.currentWaitMs() > poller.currentIntervalMs());
    poller.setInBackground(false);
    QCOMPARE(poller.currentWaitMs(), poller.currentIntervalMs());
    poller.stop();
}

void TestJobPoller::saysSoWhenItsClientGoesAway()
{
    m_job.statuses = {QStringLiteral("running")};
    JobPoller poller(m_client.get(), QStringLiteral("ftjob-1"), {}, {20, 80});
    QSignalSpy failed(&poller, &JobPoller::failed);
    poller.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_job.jobPolls >= 1, 5000);
    m_client.reset(); // what the ProviderSession does after the profile changed
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);
    QVERIFY(!failed.first().at(1).toBool());
    QVERIFY(!poller.isRunning());
}

QTEST_GUILESS_MAIN(TestJobPoller)
#include "tst_jobpoller.moc"
