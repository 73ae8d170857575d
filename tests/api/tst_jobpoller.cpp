// JobPoller follows a job as the Jobs screen needs: every change once, events only once and in
// order, metrics from metrics events, waits that grow while nothing happens, passing trouble
// survived, and a stop when the job ends or the key is refused.
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

    Reply handle(const TestHttpServer::Request &request)
    {
        if (request.path.endsWith(QLatin1String("/events"))) {
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

QTEST_GUILESS_MAIN(TestJobPoller)
#include "tst_jobpoller.moc"
