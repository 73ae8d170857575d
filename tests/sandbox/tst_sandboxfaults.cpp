// Each fault the Sandbox can inject for the client's tests: latency, random server errors,
// rate limiting with Retry-After, a stream cut mid-way and truncated JSON.
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

SandboxOptions withFault(const std::function<void(SandboxOptions &)> &change)
{
    SandboxOptions options = SandboxFixture::defaults();
    change(options);
    return options;
}

QList<int> statuses(SandboxTestClient &client, int count)
{
    QList<int> list;
    for (int i = 0; i < count; ++i)
        list.append(client.get(QStringLiteral("/models")).status);
    return list;
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latencyDelaysEveryAnswer();
    void errorRateOneFailsEveryRequest();
    void errorRateIsSeededAndPartial();
    void rateLimitAnswers429WithRetryAfter();
    void cutStreamStopsWithoutDone();
    void truncatedJsonCannotBeParsed();
    void refusedFineTuningAnswers403LikeOpenAI();
};

void TestSandboxFaults::latencyDelaysEveryAnswer()
{
    SandboxFixture sandbox(withFault([](SandboxOptions &o) { o.latencyMs = 250; }));
    const auto reply = sandbox.client->get(QStringLiteral("/models"));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 240, qPrintable(QString::number(reply.elapsedMs)));
}

void TestSandboxFaults::errorRateOneFailsEveryRequest()
{
    SandboxFixture sandbox(withFault([](SandboxOptions &o) { o.errorRate = 1.0; }));
    const auto reply = sandbox.client->get(QStringLiteral("/models"));
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("type")].toString(),
             QStringLiteral("server_error"));
    QVERIFY(reply.headers.contains("x-request-id"));
}

void TestSandboxFaults::errorRateIsSeededAndPartial()
{
    const auto options = withFault([](SandboxOptions &o) {
        o.errorRate = 0.5;
        o.seed = 7;
    });
    SandboxFixture first(options);
    SandboxFixture second(options);
    const QList<int> a = statuses(*first.client, 20);
    QCOMPARE(statuses(*second.client, 20), a); // the same seed fails the same requests
    QVERIFY(a.contains(500));
    QVERIFY(a.contains(200));
}

void TestSandboxFaults::rateLimitAnswers429WithRetryAfter()
{
    SandboxFixture sandbox(withFault([](SandboxOptions &o) {
        o.rateLimit = 2;
        o.rateWindowSeconds = 3;
    }));
    const auto one = sandbox.client->get(QStringLiteral("/models"));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.headers.value("x-ratelimit-remaining-requests"), QByteArray("1"));
    QCOMPARE(sandbox.client->get(QStringLiteral("/models")).status, 200);
    const auto refused = sandbox.client->get(QStringLiteral("/models"));
    QCOMPARE(refused.status, 429);
    const int retryAfter = refused.headers.value("retry-after").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 3);
    QCOMPARE(refused.json[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(refused.headers.value("x-ratelimit-remaining-requests"), QByteArray("0"));
    QTest::qWait(retryAfter * 1000 + 100); // a new window
    QCOMPARE(sandbox.client->get(QStringLiteral("/models")).status, 200);
}

void TestSandboxFaults::cutStreamStopsWithoutDone()
{
    SandboxFixture sandbox(withFault([](SandboxOptions &o) { o.cutStreamAfter = 2; }));
    const QJsonObject request{
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("stream"), true},
        {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("hi")}}}}};
    const auto reply = sandbox.client->post(QStringLiteral("/chat/completions"), request);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.error != QNetworkReply::NoError); // the connection closed mid-answer
    QCOMPARE(reply.body.count("data: "), 2);
    QVERIFY(!reply.body.contains("[DONE]"));
    QVERIFY(!reply.body.contains("\"usage\":{"));
    // Plain answers are not affected.
    QJsonObject plain = request;
    plain.remove(QStringLiteral("stream"));
    plain.remove(QStringLiteral("stream_options"));
    QCOMPARE(sandbox.client->post(QStringLiteral("/chat/completions"), plain).status, 200);
}

void TestSandboxFaults::truncatedJsonCannotBeParsed()
{
    SandboxFixture sandbox(withFault([](SandboxOptions &o) { o.truncateJson = true; }));
    const auto reply = sandbox.client->get(QStringLiteral("/models"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError); // the HTTP answer is whole, its JSON is not
    QJsonParseError error;
    QJsonDocument::fromJson(reply.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(reply.body.startsWith("{\"data\":["));
}

void TestSandboxFaults::refusedFineTuningAnswers403LikeOpenAI()
{
    SandboxFixture sandbox(withFault([](SandboxOptions &o) { o.refuseFineTuning = true; }));
    const QJsonObject request{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                              {QStringLiteral("training_file"), QStringLiteral("file-x")}};
    const auto refused = sandbox.client->post(QStringLiteral("/fine_tuning/jobs"), request);
    QCOMPARE(refused.status, 403);
    const QJsonObject error = refused.json[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("type")].toString(), QStringLiteral("invalid_request_error"));
    QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("fine_tuning_not_available"));
    QVERIFY(error[QStringLiteral("message")].toString().contains(QStringLiteral("no longer")));
    QVERIFY(refused.headers.contains("x-request-id"));
    // Everything else still answers: listing jobs and models is not refused.
    QCOMPARE(sandbox.client->get(QStringLiteral("/fine_tuning/jobs")).status, 200);
    QCOMPARE(sandbox.client->get(QStringLiteral("/models")).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
