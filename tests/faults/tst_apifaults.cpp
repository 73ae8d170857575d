// Every fault of issue #12 against the API layer as the app uses it (an OpenAI profile's client,
// widget-free): the misbehaving server refuses, never answers, stalls, cuts bodies and
// streams, sends broken JSON or a web page, storms with 429/5xx, pours out 200 MB. For each:
// the final error's kind and plain words, the server's own message under Details, how many
// attempts arrived (bounded), the gaps between them (at least the planned backoff, Retry-After
// honoured) and no resend of a chat, which is not safe to send twice.
#include "api/client/apiservice.h"
#include "api/client/providerfactory.h"
#include "api/client/requestlog.h"
#include "misbehavingserver.h"
#include "waiter.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

using Kind = ApiError::Kind;
using Fault = MisbehavingServer::Fault;
using Mode = MisbehavingServer::Mode;
using namespace std::chrono_literals;

namespace {

constexpr auto BaseDelay = 200ms;
constexpr auto TimeoutCap = 600ms;
// Pouring 64 MB through loopback takes a few hundred milliseconds on an idle machine and more
// beside a busy test run, which TimeoutCap would turn into a timeout and a retry.
constexpr auto HugeBodyTimeoutCap = 30000ms;
// Timeouts run on coarse timers, which may fire up to 5 % early.
constexpr qint64 ShortestTimeout = TimeoutCap.count() * 94 / 100;
// What a timed-out attempt adds to the gap between two arrivals at the server, less the
// coarse timer's margin and the noise of timing arrivals on a loaded machine.
constexpr qint64 TimedOutAttempt = TimeoutCap.count() * 85 / 100;
const QString JobsPath = QStringLiteral("/fine_tuning/jobs");
const QString ChatPath = QStringLiteral("/chat/completions");

// The shortest wait the policy may choose before retry `n` (0-based): its jitter takes off at
// most a quarter.
qint64 shortestBackoff(int n)
{
    return qint64(double(BaseDelay.count()) * (1 << n) * 0.75);
}

ChatRequest question()
{
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.messages.append({QStringLiteral("user"), QStringLiteral("What is fine-tuning?"), {}, {}, {}});
    return request;
}

} // namespace

class TestApiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusedConnectionIsRetriedThenNamed();
    void unresolvableNameIsNamed();
    void connectTimeoutWhenNobodyAccepts();
    void silentServerTimesOutEveryAttempt();
    void stallAfterHeadersTimesOut();
    void cutBodyIsRetriedAndSucceeds();
    void cutBodyEveryTimeIsNamed();
    void malformedJsonIsNotRetried();
    void webPageIsNamedAsSuch();
    void rateLimitStormHonoursRetryAfter();
    void rateLimitStormWithoutRetryAfterBacksOff();
    void retryAfterTooLongIsReportedNotSlept();
    void serverErrorsThenSuccess_data();
    void serverErrorsThenSuccess();
    void serverErrorStormIsNamedWithServerMessage_data();
    void serverErrorStormIsNamedWithServerMessage();
    void chatIsNeverResentAfterServerError();
    void chatIsResentAfterRateLimit();
    void cutStreamKeepsWhatArrived();
    void webPageInsteadOfStreamIsNotCalledCut();
    void hugeBodyIsCutOffNotBuffered_data();
    void hugeBodyIsCutOffNotBuffered();
    void recoversWhenServerDoes();

private:
    std::unique_ptr<ProviderClient> makeClient(const QUrl &base);
    ApiResult<QList<Job>> listJobs(const QUrl &base);
    ApiResult<ChatResult> chat(bool stream);
    void checkBackoff(const QList<qint64> &gaps, qint64 extraPerAttempt = 0);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<MisbehavingServer> m_server;
    std::unique_ptr<ProviderClient> m_client;
    std::chrono::milliseconds m_timeoutCap = TimeoutCap;
};

void TestApiFaults::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<RequestLog>();
    m_server = std::make_unique<MisbehavingServer>();
    m_timeoutCap = TimeoutCap;
    QVERIFY(m_server->listen());
}

void TestApiFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_log.reset();
    m_network.reset();
}

std::unique_ptr<ProviderClient> TestApiFaults::makeClient(const QUrl &base)
{
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.baseUrl = base;
    auto client = makeProviderClient(profile, QStringLiteral("sk-faults-test"), m_network.get());
    RetryPolicy policy;
    policy.baseDelay = BaseDelay;
    policy.maxDelay = 2000ms;
    policy.timeoutCap = m_timeoutCap;
    client->setRetryPolicy(policy);
    client->setRequestLog(m_log.get());
    return client;
}

ApiResult<QList<Job>> TestApiFaults::listJobs(const QUrl &base)
{
    m_client = makeClient(base);
    Waiter<QList<Job>> waiter;
    m_client->listJobs(waiter.callback());
    if (!waiter.wait(30000))
        return {{}, ApiError::make(Kind::None, QStringLiteral("no answer in 30 s"))};
    spinFor(50); // a second callback would show here
    if (waiter.calls != 1)
        qWarning("callback ran %d times", waiter.calls);
    return *waiter.result;
}

ApiResult<ChatResult> TestApiFaults::chat(bool stream)
{
    m_client = makeClient(m_server->baseUrl());
    Waiter<ChatResult> waiter;
    if (stream)
        m_client->chatStream(question(), {{}, {}, waiter.callback()});
    else
        m_client->chat(question(), waiter.callback());
    if (!waiter.wait(30000))
        return {{}, ApiError::make(Kind::None, QStringLiteral("no answer in 30 s"))};
    return *waiter.result;
}

void TestApiFaults::checkBackoff(const QList<qint64> &gaps, qint64 extraPerAttempt)
{
    QStringList shown;
    for (const qint64 gap : gaps)
        shown.append(QString::number(gap));
    qInfo("gaps between attempts (ms): %s", qPrintable(shown.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < gaps.size(); ++i) {
        const qint64 planned = shortestBackoff(int(i)) + extraPerAttempt;
        if (gaps.at(i) < planned)
            QFAIL(qPrintable(QStringLiteral("retry %1 came after %2 ms, before the planned %3 ms")
                                 .arg(i + 1).arg(gaps.at(i)).arg(planned)));
    }
}

void TestApiFaults::refusedConnectionIsRetriedThenNamed()
{
    QUrl base = m_server->baseUrl();
    base.setPort(MisbehavingServer::closedPort());
    const auto result = listJobs(base);
    QCOMPARE(result.error.kind, Kind::NetworkDown);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::NetworkDown));
    QVERIFY2(result.error.detailsText().contains(QLatin1String("refused"), Qt::CaseInsensitive),
             qPrintable(result.error.detailsText()));
    // Nothing arrives anywhere, so the client's own log counts the attempts: the first and
    // the two retries the policy allows, each later than the one before by the backoff.
    const QList<RequestLog::Entry> attempts = m_log->entries();
    QCOMPARE(attempts.size(), 3);
    for (qsizetype i = 1; i < attempts.size(); ++i) {
        QCOMPARE(attempts.at(i).attempt, int(i) + 1);
        QVERIFY(attempts.at(i - 1).startedAt.msecsTo(attempts.at(i).startedAt)
                >= shortestBackoff(int(i) - 1) - 2); // the log keeps milliseconds of wall time
    }
}

void TestApiFaults::unresolvableNameIsNamed()
{
    const auto result = listJobs(MisbehavingServer::unresolvableUrl());
    // No resolver answers in some sandboxes: then the lookup is what times out. Either way
    // the words are the ones for a provider that cannot be reached.
    qInfo("%s: %s", qPrintable(ApiError::kindId(result.error.kind)), qPrintable(result.error.details));
    QVERIFY2(result.error.kind == Kind::NetworkDown || result.error.kind == Kind::Timeout,
             qPrintable(ApiError::kindId(result.error.kind)));
    if (result.error.kind == Kind::NetworkDown)
        QVERIFY2(result.error.details.contains(QLatin1String("ajuste-faults.invalid")),
                 qPrintable(result.error.details));
    QCOMPARE(m_log->entries().size(), 3);
}

void TestApiFaults::connectTimeoutWhenNobodyAccepts()
{
#ifndef Q_OS_LINUX
    QSKIP("only Linux leaves a connection to a full accept queue unanswered");
#endif
    QUrl base = m_server->baseUrl();
    base.setPort(m_server->saturatedPort());
    QVERIFY(base.port() > 0);
    const auto result = listJobs(base);
    QCOMPARE(result.error.kind, Kind::Timeout);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::Timeout));
    const QList<RequestLog::Entry> attempts = m_log->entries();
    QCOMPARE(attempts.size(), 3);
    for (const RequestLog::Entry &attempt : attempts)
        QVERIFY2(attempt.durationMs >= ShortestTimeout, qPrintable(QString::number(attempt.durationMs)));
}

void TestApiFaults::silentServerTimesOutEveryAttempt()
{
    m_server->failAlways(Fault::of(Mode::NeverAnswer));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::Timeout);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::Timeout));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    // Each retry waits for the timeout of the attempt before it, then the backoff.
    checkBackoff(m_server->gapsFor(JobsPath), TimedOutAttempt);
}

void TestApiFaults::stallAfterHeadersTimesOut()
{
    m_server->failAlways(Fault::of(Mode::StallAfterHeaders));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::Timeout);
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    checkBackoff(m_server->gapsFor(JobsPath), TimedOutAttempt);
}

void TestApiFaults::cutBodyIsRetriedAndSucceeds()
{
    m_server->failNext(1, Fault::of(Mode::CutBody), JobsPath);
    const auto result = listJobs(m_server->baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.error.detailsText()));
    QCOMPARE(result.value.size(), 1);
    QCOMPARE(result.value.first().id, QStringLiteral("ftjob-faults1"));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 2);
    checkBackoff(m_server->gapsFor(JobsPath));
}

void TestApiFaults::cutBodyEveryTimeIsNamed()
{
    m_server->failAlways(Fault::of(Mode::CutBody));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::Interrupted);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::Interrupted));
    QVERIFY(!result.error.details.isEmpty());
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    checkBackoff(m_server->gapsFor(JobsPath));
}

void TestApiFaults::malformedJsonIsNotRetried()
{
    m_server->failAlways(Fault::of(Mode::MalformedJson));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::BadResponse));
    QCOMPARE(result.error.httpStatus, 200);
    QVERIFY(!result.error.details.isEmpty()); // the parser's complaint
    // The server answered; asking again would get the same broken answer.
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 1);
}

void TestApiFaults::webPageIsNamedAsSuch()
{
    m_server->failAlways(Fault::of(Mode::HtmlPage));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY2(result.error.details.contains(QLatin1String("web page"))
                 && result.error.details.contains(QLatin1String("text/html")),
             qPrintable(result.error.details));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 1);
}

void TestApiFaults::rateLimitStormHonoursRetryAfter()
{
    m_server->failNext(2, Fault::http(429, "Rate limit reached for requests", "1"), JobsPath);
    const auto result = listJobs(m_server->baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.error.detailsText()));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    const QList<qint64> gaps = m_server->gapsFor(JobsPath);
    for (const qint64 gap : gaps)
        QVERIFY2(gap >= 1000, qPrintable(QStringLiteral("%1 ms after Retry-After: 1").arg(gap)));
}

void TestApiFaults::rateLimitStormWithoutRetryAfterBacksOff()
{
    m_server->failAlways(Fault::http(429, "Rate limit reached for requests"));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::RateLimited);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::RateLimited));
    QCOMPARE(result.error.httpStatus, 429);
    QVERIFY(result.error.detailsText().contains(QLatin1String("Rate limit reached for requests")));
    QVERIFY(result.error.detailsText().contains(QLatin1String("req_faults_")));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    checkBackoff(m_server->gapsFor(JobsPath));
}

void TestApiFaults::retryAfterTooLongIsReportedNotSlept()
{
    m_server->failAlways(Fault::http(429, "Try again in an hour", "3600"));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::RateLimited);
    QCOMPARE(result.error.retryAfter, std::chrono::milliseconds(3600s));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 1);
}

void TestApiFaults::serverErrorsThenSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void TestApiFaults::serverErrorsThenSuccess()
{
    QFETCH(int, status);
    m_server->failNext(2, Fault::http(status, "The server had an error"), JobsPath);
    const auto result = listJobs(m_server->baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.error.detailsText()));
    QCOMPARE(result.value.size(), 1);
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    checkBackoff(m_server->gapsFor(JobsPath));
}

void TestApiFaults::serverErrorStormIsNamedWithServerMessage_data()
{
    serverErrorsThenSuccess_data();
}

void TestApiFaults::serverErrorStormIsNamedWithServerMessage()
{
    QFETCH(int, status);
    m_server->failAlways(Fault::http(status, "Bad gateway: upstream overloaded"));
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::ServerError);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::ServerError));
    const QString details = result.error.detailsText();
    QVERIFY2(details.contains(QString::number(status)) && details.contains(QLatin1String("upstream overloaded")),
             qPrintable(details));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3); // bounded: one try and two retries
}

void TestApiFaults::chatIsNeverResentAfterServerError()
{
    m_server->failAlways(Fault::http(503, "overloaded"));
    const auto result = chat(false);
    QCOMPARE(result.error.kind, Kind::ServerError);
    QVERIFY(result.error.detailsText().contains(QLatin1String("overloaded")));
    // The server may have answered (and billed) it: a chat is sent once.
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 1);
}

void TestApiFaults::chatIsResentAfterRateLimit()
{
    // A 429 means the server did not act on the request, so resending is safe.
    m_server->failNext(1, Fault::http(429, "Rate limit reached", "0.3"), ChatPath);
    const auto result = chat(true);
    QVERIFY2(result.ok(), qPrintable(result.error.detailsText()));
    QCOMPARE(result.value.content, m_server->chatAnswer());
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 2);
    QVERIFY(m_server->gapsFor(ChatPath).first() >= 300);
}

void TestApiFaults::cutStreamKeepsWhatArrived()
{
    m_server->failAlways(Fault::of(Mode::CutStream));
    const auto result = chat(true);
    QCOMPARE(result.error.kind, Kind::StreamCut);
    QCOMPARE(result.error.userMessage, ApiError::messageFor(Kind::StreamCut));
    QCOMPARE(result.value.content.toUtf8(), m_server->streamedPart());
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 1);
}

void TestApiFaults::webPageInsteadOfStreamIsNotCalledCut()
{
    m_server->failAlways(Fault::of(Mode::HtmlPage));
    const auto result = chat(true);
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY2(result.error.details.contains(QLatin1String("web page")), qPrintable(result.error.details));
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 1);
}

void TestApiFaults::hugeBodyIsCutOffNotBuffered_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::newRow("chunked, no length") << false;
    QTest::newRow("Content-Length 200 MB") << true;
}

void TestApiFaults::hugeBodyIsCutOffNotBuffered()
{
    QFETCH(bool, declareLength);
    Fault fault = Fault::huge(declareLength);
    if (declareLength) {
        // Announced as 200 MB, but only the first megabyte ever comes: a client that believes
        // the header refuses at once, one that waits for 64 MB of body times out instead.
        fault.pourBytes = 1024 * 1024;
    } else {
        m_timeoutCap = HugeBodyTimeoutCap; // counting to 64 MB, not racing a timeout
    }
    m_server->failAlways(fault);
    const auto result = listJobs(m_server->baseUrl());
    QCOMPARE(result.error.kind, Kind::BadResponse);
    QVERIFY2(result.error.details.contains(QLatin1String("64 MB")), qPrintable(result.error.details));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 1);
    spinFor(200); // let the server notice the hang-up
    // Not asserted: how far past 64 MB the server got. Qt's network thread reads ahead of the
    // client's count, by as much as the load allows (on an idle machine, once, all 200 MB).
    qInfo("body bytes out before the client hung up: %lld", m_server->hugeBytesWritten());
}

void TestApiFaults::recoversWhenServerDoes()
{
    m_server->failAlways(Fault::http(503, "down for maintenance"));
    QCOMPARE(listJobs(m_server->baseUrl()).error.kind, Kind::ServerError);
    m_server->recover();
    const auto result = listJobs(m_server->baseUrl());
    QVERIFY2(result.ok(), qPrintable(result.error.detailsText()));
    QCOMPARE(result.value.size(), 1);
}

QTEST_GUILESS_MAIN(TestApiFaults)
#include "tst_apifaults.moc"
