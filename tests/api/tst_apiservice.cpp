// ApiService under trouble: retries and their limits (attempts counted by the server),
// Retry-After, timeouts, abort, https-only refusal, TLS failures, error kinds and messages,
// and the key kept out of every log.
#include "testhttpserver.h"
#include "waiter.h"

#include "api/client/apiservice.h"
#include "api/client/requestlog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using Reply = TestHttpServer::Reply;
using Kind = ApiError::Kind;

namespace {
const QString Key = QStringLiteral("sk-test-SECRET-0123456789abcdef");

struct Outcome
{
    ApiResponse response;
    ApiError error;
    int calls = 0;
};

QStringList capturedMessages;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}
} // namespace

class TestApiService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getSucceeds();
    void retriesGetUntilTheLimit();
    void retriesThenSucceeds();
    void honoursRetryAfterMs();
    void honoursRetryAfterSeconds();
    void reportsTooLongRetryAfterWithoutSleeping();
    void holdsAbsurdRetryAfter_data();
    void holdsAbsurdRetryAfter();
    void neverRetriesExhaustedQuota();
    void doesNotResendUnsafePostOnServerError();
    void resendsPostOnRateLimit();
    void followsShouldRetryHeader();
    void doesNotRetryClientErrors();
    void retriesDroppedConnection();
    void reportsHalfWrittenBody();
    void timesOutWhenNoAnswer();
    void idleTimeoutStopsSilentStream();
    void slowAnswerWithinLimitsSucceeds();
    void abortReportsCancelledOnce();
    void abortDuringRetryWait();
    void refusesPlainHttpToOtherHosts();
    void safeAddresses_data();
    void safeAddresses();
    void reportsTlsFailure();
    void reportsNetworkDown();
    void errorKinds_data();
    void errorKinds();
    void everyKindHasPlainWords();
    void sessionKindsHavePlainWords();
    void keyOnlyInItsHeaderAndNeverLogged();
    void logIsARingBuffer();

private:
    ApiService *makeService(const QUrl &base, const QString &key = Key);
    Outcome run(ApiService *service, ApiRequest request, int timeoutMs = 15000);

    QNetworkAccessManager *m_network = nullptr;
    TestHttpServer *m_server = nullptr;
    RequestLog *m_log = nullptr;
};

void TestApiService::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
    m_log = new RequestLog(500, this);
}

void TestApiService::cleanup()
{
    delete m_server;
    delete m_network;
    delete m_log;
}

ApiService *TestApiService::makeService(const QUrl &base, const QString &key)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = base;
    endpoint.key = key;
    auto *service = new ApiService(m_network, endpoint, m_network);
    RetryPolicy fast;
    fast.baseDelay = std::chrono::milliseconds(5);
    fast.maxDelay = std::chrono::milliseconds(20);
    service->setRetryPolicy(fast);
    service->setRequestLog(m_log);
    return service;
}

Outcome TestApiService::run(ApiService *service, ApiRequest request, int timeoutMs)
{
    Outcome outcome;
    bool returned = false;
    service->send(std::move(request), [&](const ApiResponse &response, const ApiError &error) {
        outcome.response = response;
        outcome.error = error;
        ++outcome.calls;
        if (!returned)
            qFatal("callback ran before send() returned");
    });
    returned = true;
    QDeadlineTimer deadline(timeoutMs);
    while (outcome.calls == 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return outcome;
}

void TestApiService::getSucceeds()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply = Reply::json(R"({"ok":true})");
        reply.header("x-request-id", "req_1");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/models")), QStringLiteral("t")));
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.response.httpStatus, 200);
    QCOMPARE(outcome.response.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(outcome.response.requestId(), QStringLiteral("req_1"));
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/models"));
}

void TestApiService::retriesGetUntilTheLimit()
{
    m_server->setHandler([](const TestHttpServer::Request &) { return Reply::error(500, "boom", {}, "server_error"); });
    ApiService *service = makeService(m_server->baseUrl());
    ApiRequest request = ApiRequest::get(service->url(QStringLiteral("/models")), QStringLiteral("t"));
    request.maxRetries = 3;
    const Outcome outcome = run(service, request);
    QCOMPARE(outcome.error.kind, Kind::ServerError);
    QCOMPARE(outcome.error.httpStatus, 500);
    QCOMPARE(m_server->count(QStringLiteral("/v1/models")), 4); // first attempt + 3 retries
    QCOMPARE(m_log->entries().size(), 4);
    QCOMPARE(m_log->entries().last().attempt, 4);
}

void TestApiService::retriesThenSucceeds()
{
    int attempts = 0;
    m_server->setHandler([&attempts](const TestHttpServer::Request &) {
        return ++attempts < 3 ? Reply::error(503, "busy") : Reply::json(R"({"data":[]})");
    });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QVERIFY(!outcome.error);
    QCOMPARE(attempts, 3);
}

void TestApiService::honoursRetryAfterMs()
{
    int attempts = 0;
    m_server->setHandler([&attempts](const TestHttpServer::Request &) {
        if (++attempts > 1)
            return Reply::json("{}");
        Reply reply = Reply::error(429, "slow down", {}, "requests");
        reply.header("retry-after-ms", "400");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QVERIFY(!outcome.error);
    QCOMPARE(attempts, 2);
    QVERIFY2(clock.elapsed() >= 390, qPrintable(QString::number(clock.elapsed())));
}

void TestApiService::honoursRetryAfterSeconds()
{
    int attempts = 0;
    m_server->setHandler([&attempts](const TestHttpServer::Request &) {
        if (++attempts > 1)
            return Reply::json("{}");
        Reply reply = Reply::error(503, "maintenance");
        reply.header("Retry-After", "1");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QVERIFY(!outcome.error);
    QCOMPARE(attempts, 2);
    QVERIFY2(clock.elapsed() >= 990, qPrintable(QString::number(clock.elapsed())));
}

void TestApiService::reportsTooLongRetryAfterWithoutSleeping()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply = Reply::error(429, "come back later", {}, "requests");
        reply.header("Retry-After", "3600");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QCOMPARE(outcome.error.kind, Kind::RateLimited);
    QCOMPARE(outcome.error.retryAfter, std::chrono::milliseconds(3600 * 1000));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiService::holdsAbsurdRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    // Found by fuzzing (tests/fuzz/regressions/retryafter): converting these overflowed.
    QTest::newRow("seconds") << QByteArray("retry-after") << QByteArray("2.9e52");
    QTest::newRow("infinite seconds") << QByteArray("retry-after") << QByteArray("inf");
    QTest::newRow("milliseconds") << QByteArray("retry-after-ms") << QByteArray("1e300");
}

void TestApiService::holdsAbsurdRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    ApiResponse response;
    response.httpStatus = 429;
    response.headers.insert(header, value);
    const std::optional<std::chrono::milliseconds> wait = RetryPolicy::serverDelay(response);
    QVERIFY(wait.has_value());
    // Far longer than any wait Ajuste sleeps: reported to the user, never retried after.
    QVERIFY(*wait > RetryPolicy().maxRetryAfter);
    QVERIFY(*wait <= std::chrono::hours(24 * 366));
}

void TestApiService::neverRetriesExhaustedQuota()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        return Reply::error(429, "You exceeded your current quota", "insufficient_quota", "insufficient_quota");
    });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QCOMPARE(outcome.error.kind, Kind::QuotaExhausted);
    QCOMPARE(outcome.error.userMessage, ApiError::messageFor(Kind::QuotaExhausted));
    QCOMPARE(outcome.error.details, QStringLiteral("You exceeded your current quota"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiService::doesNotResendUnsafePostOnServerError()
{
    m_server->setHandler([](const TestHttpServer::Request &) { return Reply::error(500, "oops"); });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::postJson(service->url(QStringLiteral("/fine_tuning/jobs")),
                                                              {{QStringLiteral("model"), QStringLiteral("m")}},
                                                              QStringLiteral("t")));
    QCOMPARE(outcome.error.kind, Kind::ServerError);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiService::resendsPostOnRateLimit()
{
    int attempts = 0;
    m_server->setHandler([&attempts](const TestHttpServer::Request &) {
        return ++attempts == 1 ? Reply::error(429, "slow", {}, "requests") : Reply::json("{}");
    });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::postJson(service->url(QStringLiteral("/chat/completions")), {},
                                                              QStringLiteral("t")));
    QVERIFY(!outcome.error);
    QCOMPARE(attempts, 2);
}

void TestApiService::followsShouldRetryHeader()
{
    m_server->setHandler([](const TestHttpServer::Request &request) {
        Reply reply = Reply::error(request.method == "GET" ? 500 : 400, "x");
        reply.header("x-should-retry", request.method == "GET" ? "false" : "true");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    run(service, ApiRequest::get(service->url(QStringLiteral("/get")), QStringLiteral("t")));
    QCOMPARE(m_server->count(QStringLiteral("/v1/get")), 1);
    run(service, ApiRequest::postJson(service->url(QStringLiteral("/post")), {}, QStringLiteral("t")));
    QCOMPARE(m_server->count(QStringLiteral("/v1/post")), 3);
}

void TestApiService::doesNotRetryClientErrors()
{
    m_server->setHandler([](const TestHttpServer::Request &) { return Reply::error(400, "bad"); });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QCOMPARE(outcome.error.kind, Kind::InvalidRequest);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiService::retriesDroppedConnection()
{
    int attempts = 0;
    m_server->setHandler([&attempts](const TestHttpServer::Request &) {
        Reply reply = Reply::json("{}");
        reply.drop = ++attempts == 1;
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")));
    QVERIFY2(!outcome.error, qPrintable(outcome.error.detailsText()));
    QVERIFY(attempts >= 2);
}

void TestApiService::reportsHalfWrittenBody()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply = Reply::json(R"({"data":[{"id":"a"},{"id":"b"}]})");
        reply.cutAfter = 10;
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    ApiRequest request = ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t"));
    request.maxRetries = 1;
    const Outcome outcome = run(service, request);
    QCOMPARE(outcome.error.kind, Kind::Interrupted);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(outcome.error.userMessage, ApiError::messageFor(Kind::Interrupted));
}

void TestApiService::timesOutWhenNoAnswer()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.hang = true;
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    ApiRequest request = ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t"));
    request.totalTimeoutMs = 300;
    request.maxRetries = 1;
    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = run(service, request);
    QCOMPARE(outcome.error.kind, Kind::Timeout);
    QCOMPARE(m_server->requests().size(), 2); // a read that timed out is tried again
    QVERIFY(clock.elapsed() < 5000);
}

void TestApiService::idleTimeoutStopsSilentStream()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.contentType = "text/event-stream";
        reply.chunks = {"data: {}\n\n", "data: {}\n\n"};
        reply.chunkDelayMs = 3000;
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    ApiRequest request = ApiRequest::postJson(service->url(QStringLiteral("/chat/completions")), {}, QStringLiteral("t"));
    request.streaming = true;
    request.idleTimeoutMs = 300;
    Outcome outcome;
    service->send(request, [&](const ApiResponse &, const ApiError &error) {
        outcome.error = error;
        ++outcome.calls;
    }, [](const QByteArray &) {});
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 5000);
    QCOMPARE(outcome.error.kind, Kind::Timeout);
}

void TestApiService::slowAnswerWithinLimitsSucceeds()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply = Reply::json("{}");
        reply.delayMs = 300;
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    ApiRequest request = ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t"));
    request.totalTimeoutMs = 3000;
    const Outcome outcome = run(service, request);
    QVERIFY(!outcome.error);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestApiService::abortReportsCancelledOnce()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.hang = true;
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    Outcome outcome;
    QPointer<ApiCall> call = service->send(ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")),
                                           [&](const ApiResponse &, const ApiError &error) {
                                               outcome.error = error;
                                               ++outcome.calls;
                                           });
    QTRY_COMPARE(m_server->requests().size(), 1);
    call->abort();
    QTRY_COMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.kind, Kind::Cancelled);
    spinFor(200);
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(m_server->requests().size(), 1); // a cancelled request is not retried
    QTRY_VERIFY(call.isNull());                // the call cleans itself up
}

void TestApiService::abortDuringRetryWait()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply = Reply::error(503, "busy");
        reply.header("retry-after-ms", "20000");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    Outcome outcome;
    QPointer<ApiCall> call = service->send(ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t")),
                                           [&](const ApiResponse &, const ApiError &error) {
                                               outcome.error = error;
                                               ++outcome.calls;
                                           });
    QTRY_COMPARE(m_server->requests().size(), 1);
    spinFor(100);
    call->abort();
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 2000);
    QCOMPARE(outcome.error.kind, Kind::Cancelled);
}

void TestApiService::refusesPlainHttpToOtherHosts()
{
    ApiService *service = makeService(QUrl(QStringLiteral("http://api.example.com/v1")));
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/models")), QStringLiteral("t")));
    QCOMPARE(outcome.error.kind, Kind::InsecureAddress);
    QVERIFY(outcome.error.userMessage.contains(QStringLiteral("https://")));
    QCOMPARE(outcome.error.httpStatus, 0);
    QVERIFY(m_log->entries().isEmpty()); // nothing was sent, so nothing was logged
}

void TestApiService::safeAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << "https://api.openai.com/v1" << true;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/v1" << true;
    QTest::newRow("http 127.x") << "http://127.4.5.6/v1" << true;
    QTest::newRow("http localhost") << "http://localhost:11434/v1" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:1234/v1" << true;
    QTest::newRow("http lan") << "http://192.168.1.20:11434/v1" << false;
    QTest::newRow("http name") << "http://api.together.xyz/v1" << false;
    QTest::newRow("http localhost lookalike") << "http://localhost.evil.com/v1" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/v1" << false;
}

void TestApiService::safeAddresses()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(ApiEndpoint::isSafe(QUrl(url)), safe);
}

void TestApiService::reportsTlsFailure()
{
    // A server that answers a TLS handshake with plain text: the handshake must fail and be
    // reported, never ignored, and the key must not have been sent.
    QTcpServer notTls;
    QVERIFY(notTls.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&notTls, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = notTls.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    ApiService *service = makeService(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(notTls.serverPort())));
    ApiRequest request = ApiRequest::get(service->url(QStringLiteral("/models")), QStringLiteral("t"));
    request.maxRetries = 0;
    const Outcome outcome = run(service, request);
    QCOMPARE(outcome.error.kind, Kind::Tls);
    QVERIFY(!received.contains(Key.toUtf8()));
}

void TestApiService::reportsNetworkDown()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ApiService *service = makeService(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
    const Outcome outcome = run(service, ApiRequest::get(service->url(QStringLiteral("/models")), QStringLiteral("t")));
    QCOMPARE(outcome.error.kind, Kind::NetworkDown);
    QCOMPARE(outcome.error.userMessage, ApiError::messageFor(Kind::NetworkDown));
    QCOMPARE(m_log->entries().size(), 3); // refused connections are safe to retry
}

void TestApiService::errorKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("kind");
    QTest::newRow("401") << 401 << QByteArray("invalid_api_key") << QByteArray("Incorrect API key") << int(Kind::InvalidKey);
    QTest::newRow("403") << 403 << QByteArray() << QByteArray("Not allowed") << int(Kind::PermissionDenied);
    QTest::newRow("404 model") << 404 << QByteArray("model_not_found") << QByteArray("The model x does not exist") << int(Kind::ModelNotFound);
    QTest::newRow("404") << 404 << QByteArray() << QByteArray("No such File object: file-1") << int(Kind::NotFound);
    QTest::newRow("429 quota") << 429 << QByteArray("insufficient_quota") << QByteArray("quota") << int(Kind::QuotaExhausted);
    QTest::newRow("400") << 400 << QByteArray("invalid_value") << QByteArray("suffix too long") << int(Kind::InvalidRequest);
    QTest::newRow("500") << 500 << QByteArray() << QByteArray("internal") << int(Kind::ServerError);
}

void TestApiService::errorKinds()
{
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, message);
    QFETCH(int, kind);
    m_server->setHandler([&](const TestHttpServer::Request &) {
        Reply reply = Reply::error(status, message, code);
        reply.header("x-request-id", "req_abc");
        return reply;
    });
    ApiService *service = makeService(m_server->baseUrl());
    ApiRequest request = ApiRequest::get(service->url(QStringLiteral("/x")), QStringLiteral("t"));
    request.maxRetries = 0;
    const Outcome outcome = run(service, request);
    QCOMPARE(int(outcome.error.kind), kind);
    QCOMPARE(outcome.error.userMessage, ApiError::messageFor(Kind(kind)));
    QVERIFY(!outcome.error.userMessage.isEmpty());
    QCOMPARE(outcome.error.details, QString::fromUtf8(message));
    QCOMPARE(outcome.error.httpStatus, status);
    QCOMPARE(outcome.error.requestId, QStringLiteral("req_abc"));
    QVERIFY(outcome.error.detailsText().contains(QStringLiteral("req_abc")));
}

void TestApiService::sessionKindsHavePlainWords()
{
    // The kinds a ProviderSession reports before any request, each with its own words and id.
    QSet<QString> ids;
    for (Kind kind : {Kind::MissingKey, Kind::LocalService, Kind::NoProfile, Kind::KeychainLocked}) {
        const QString message = ApiError::messageFor(kind);
        QVERIFY2(!message.isEmpty() && message.endsWith(QLatin1Char('.')), qPrintable(ApiError::kindId(kind)));
        QVERIFY2(!message.contains(QLatin1Char('_')), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Settings")) || kind == Kind::LocalService);
        ids.insert(ApiError::kindId(kind));
    }
    QCOMPARE(ids.size(), 4);
    QVERIFY(!ids.contains(ApiError::kindId(Kind::LocalFile)));
}

void TestApiService::everyKindHasPlainWords()
{
    QSet<QString> ids;
    for (int kind = int(Kind::InvalidKey); kind <= int(Kind::LocalFile); ++kind) {
        const QString message = ApiError::messageFor(Kind(kind));
        QVERIFY2(!message.isEmpty(), qPrintable(ApiError::kindId(Kind(kind))));
        QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('_')), qPrintable(message)); // no field names
        ids.insert(ApiError::kindId(Kind(kind)));
    }
    QCOMPARE(ids.size(), int(Kind::LocalFile)); // each kind its own id
    QVERIFY(ApiError::messageFor(Kind::None).isEmpty());
}

void TestApiService::keyOnlyInItsHeaderAndNeverLogged()
{
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    m_server->setHandler([](const TestHttpServer::Request &) {
        return Reply::error(401, "Incorrect API key provided: " + Key.toUtf8(), "invalid_api_key");
    });
    ApiEndpoint endpoint;
    endpoint.baseUrl = m_server->baseUrl();
    endpoint.key = Key;
    endpoint.headers = {{"OpenAI-Organization", "org-1"}};
    ApiService service(m_network, endpoint);
    service.setRequestLog(m_log);
    const Outcome outcome = run(&service, ApiRequest::get(service.url(QStringLiteral("/models")), QStringLiteral("t")));
    qInstallMessageHandler(previous);

    QCOMPARE(outcome.error.kind, Kind::InvalidKey);
    QVERIFY(!outcome.error.details.contains(Key));
    QVERIFY(outcome.error.details.contains(RequestLog::redactedMarker()));
    const TestHttpServer::Request &sent = m_server->requests().first();
    QCOMPARE(sent.headers.value("authorization"), "Bearer " + Key.toUtf8());
    QCOMPARE(sent.raw.count(Key.toUtf8()), 1); // in its header and nowhere else
    QCOMPARE(sent.headers.value("openai-organization"), QByteArray("org-1"));
    for (const RequestLog::Entry &entry : m_log->entries()) {
        const QString all = entry.url + entry.outcome + entry.requestHeaders.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(Key), qPrintable(all));
        QVERIFY(entry.requestHeaders.contains(QStringLiteral("Authorization: [redacted]")));
    }
    for (const QString &message : std::as_const(capturedMessages))
        QVERIFY(!message.contains(Key));
}

void TestApiService::logIsARingBuffer()
{
    RequestLog log(3);
    for (int i = 0; i < 5; ++i) {
        RequestLog::Entry entry;
        entry.operation = QString::number(i);
        log.add(entry, Key);
    }
    QCOMPARE(log.entries().size(), 3);
    QCOMPARE(log.entries().first().operation, QStringLiteral("2"));
    QCOMPARE(RequestLog::redact(QStringLiteral("key ") + Key, Key), QStringLiteral("key [redacted]"));
}

QTEST_GUILESS_MAIN(TestApiService)
#include "tst_apiservice.moc"
