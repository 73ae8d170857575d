// Settings' "Test connection": success says how many models the provider offers; a failure
// gives the plain-words message (wrong key, unreachable, insecure address, no key saved).
#include "testhttpserver.h"

#include "api/client/connectiontester.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using Reply = TestHttpServer::Reply;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsModelCount();
    void reportsWrongKey();
    void reportsMissingKey();
    void refusesInsecureAddress();
};

namespace {
ProviderProfile profileFor(const QUrl &url, ProviderKind kind = ProviderKind::OpenAI)
{
    ProviderProfile profile = ProviderProfile::makeNew(kind);
    profile.baseUrl = url;
    return profile;
}

ConnectionTester::Result runTest(ConnectionTester &tester, const ProviderProfile &profile, const QString &key)
{
    QSignalSpy spy(&tester, &ConnectionTester::finished);
    tester.test(profile, key);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<ConnectionTester::Result>();
}
} // namespace

void TestConnectionTester::reportsModelCount()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestHttpServer::Request &) {
        return Reply::json(R"({"object":"list","data":[{"id":"a"},{"id":"b"},{"id":"c"}]})");
    });
    QNetworkAccessManager network;
    ConnectionTester tester(&network);
    const ConnectionTester::Result result = runTest(tester, profileFor(server.baseUrl()), QStringLiteral("sk-good-key"));
    QVERIFY(result.ok);
    QCOMPARE(result.modelCount, 3);
    QVERIFY(result.message().contains(QLatin1Char('3')));
    QCOMPARE(server.requests().first().path, QStringLiteral("/v1/models"));
}

void TestConnectionTester::reportsWrongKey()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestHttpServer::Request &) { return Reply::error(401, "Incorrect API key provided"); });
    QNetworkAccessManager network;
    ConnectionTester tester(&network);
    const ConnectionTester::Result result = runTest(tester, profileFor(server.baseUrl()), QStringLiteral("sk-bad-key"));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidKey);
    QCOMPARE(result.message(), ApiError::messageFor(ApiError::Kind::InvalidKey));
    QCOMPARE(result.error.details, QStringLiteral("Incorrect API key provided"));
}

void TestConnectionTester::reportsMissingKey()
{
    QNetworkAccessManager network;
    ConnectionTester tester(&network);
    const ConnectionTester::Result result = runTest(tester, profileFor(QUrl(QStringLiteral("https://api.openai.com/v1"))), {});
    QVERIFY(!result.ok);
    QVERIFY(result.message().contains(QStringLiteral("No API key")));
}

void TestConnectionTester::refusesInsecureAddress()
{
    QNetworkAccessManager network;
    ConnectionTester tester(&network);
    const ConnectionTester::Result result = runTest(
        tester, profileFor(QUrl(QStringLiteral("http://192.168.0.10:11434/v1")), ProviderKind::OpenAICompatible), {});
    QCOMPARE(result.error.kind, ApiError::Kind::InsecureAddress);
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
