#include "httpexchange.h"

#include "requestlog.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

#include <utility>

HttpExchange::HttpExchange(ApiService *service, ApiRequest request, ApiService::Done done,
                           ApiService::StreamSink sink)
    : ApiCall(service)
    , m_service(service)
    , m_request(std::move(request))
    , m_done(std::move(done))
    , m_sink(std::move(sink))
{
    for (QTimer *timer : {&m_connectTimer, &m_totalTimer, &m_idleTimer, &m_retryTimer})
        timer->setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a server's Retry-After is a minimum
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { stopWith(Stop::ConnectTimeout); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { stopWith(Stop::TotalTimeout); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { stopWith(Stop::IdleTimeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::sendAttempt);
}

HttpExchange::~HttpExchange()
{
    silence();
}

void HttpExchange::silence()
{
    m_silent = true;
    m_done = {};
    m_sink = {};
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    if (!ApiEndpoint::isSafe(m_request.url)) {
        // Refused before a connection is even attempted, so the key never leaves.
        deliverLater(ApiError::make(ApiError::Kind::InsecureAddress, m_request.url.toDisplayString(
                                                                         QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return;
    }
    sendAttempt();
}

void HttpExchange::sendAttempt()
{
    if (isAborted())
        return;
    m_stop = Stop::None;
    m_body.clear();
    m_bodyBytes = 0;
    m_sslErrors.clear();
    m_attemptClock.start();
    QNetworkReply *reply = issue();
    m_reply = reply;
    watch(reply);
    const RetryPolicy &policy = m_service->retryPolicy();
    if (m_request.connectTimeoutMs > 0)
        m_connectTimer.start(policy.timeout(m_request.connectTimeoutMs));
    if (m_request.totalTimeoutMs > 0 && !m_request.streaming)
        m_totalTimer.start(policy.timeout(m_request.totalTimeoutMs));
    if (m_request.idleTimeoutMs > 0)
        m_idleTimer.start(policy.timeout(m_request.idleTimeoutMs));
}

QNetworkReply *HttpExchange::issue()
{
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Ajuste"));
    const ApiEndpoint &endpoint = m_service->endpoint();
    if (!endpoint.key.isEmpty())
        request.setRawHeader(endpoint.keyHeader, endpoint.keyPrefix + endpoint.key.toUtf8());
    for (const auto &[name, value] : endpoint.headers)
        request.setRawHeader(name, value);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (m_request.streaming)
        request.setRawHeader("Accept", "text/event-stream");
    QNetworkAccessManager *network = m_service->network();
    if (m_request.multipart) {
        QHttpMultiPart *body = m_request.multipart();
        QNetworkReply *reply = network->sendCustomRequest(request, m_request.verb, body);
        body->setParent(reply);
        return reply;
    }
    if (!m_request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (m_request.verb == "GET" && m_request.body.isEmpty())
        return network->get(request); // a GET with a body (Together's metrics filter) goes below
    if (m_request.verb == "DELETE")
        return network->deleteResource(request);
    return network->sendCustomRequest(request, m_request.verb, m_request.body);
}

void HttpExchange::watch(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_connectTimer.stop(); });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_connectTimer.stop(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        onActivity();
        // A body announced larger than the limit is refused before a byte of it is read.
        if (m_reply && m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
                           > m_request.maxBodyBytes)
            stopWith(Stop::TooLarge);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (sent > 0)
            onActivity();
        // Qt ends with a (0, 0) report that would make a full bar jump back to empty.
        if ((!m_request.body.isEmpty() || m_request.multipart) && total > 0)
            Q_EMIT progress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        onActivity();
        if (m_request.body.isEmpty() && !m_request.multipart && received > 0)
            Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the details; never ignored, so the handshake fails.
        for (const QSslError &error : errors)
            m_sslErrors.append(error.errorString());
    });
}

void HttpExchange::onActivity()
{
    m_connectTimer.stop();
    if (m_request.idleTimeoutMs > 0)
        m_idleTimer.start(m_service->retryPolicy().timeout(m_request.idleTimeoutMs));
}

bool HttpExchange::withinLimit(qint64 more)
{
    // Counted as it arrives, so a server that pours out an endless body (or a portal's page
    // of hundreds of megabytes) is cut off instead of filling the memory.
    m_bodyBytes += more;
    if (m_bodyBytes <= m_request.maxBodyBytes)
        return true;
    stopWith(Stop::TooLarge);
    return false;
}

void HttpExchange::onReadyRead()
{
    onActivity();
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty() || m_stop != Stop::None || !withinLimit(chunk.size()))
        return;
    if (!m_sink || status < 200 || status >= 300) {
        m_body += chunk;
        return;
    }
    m_bodyDelivered = true;
    QPointer<HttpExchange> self(this);
    m_sink(chunk);
    if (!self)
        return;
}

void HttpExchange::stopWith(Stop reason)
{
    if (m_stop != Stop::None)
        return;
    m_stop = reason;
    if (m_reply)
        m_reply->abort(); // finishes the reply, which reports through onFinished
}

void HttpExchange::abortWork()
{
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        deliverLater(ApiError::make(ApiError::Kind::Cancelled));
        return;
    }
    stopWith(Stop::Cancelled);
}

void HttpExchange::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_networkError = int(reply->error());
    m_networkErrorText = reply->errorString();
    for (QTimer *timer : {&m_connectTimer, &m_totalTimer, &m_idleTimer})
        timer->stop();

    ApiResponse response;
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    QByteArray rest = reply->isOpen() && m_stop == Stop::None ? reply->readAll() : QByteArray();
    if (!withinLimit(rest.size()))
        rest.clear();
    const bool streamedOk = m_sink && response.httpStatus >= 200 && response.httpStatus < 300;
    if (streamedOk && !rest.isEmpty() && m_stop == Stop::None) {
        m_bodyDelivered = true;
        QPointer<HttpExchange> self(this);
        m_sink(rest);
        if (!self)
            return;
    } else if (!streamedOk) {
        m_body.append(rest);
        response.body = std::exchange(m_body, {}); // moved, not copied: it may be megabytes
    }
    const bool networkFailed = reply->error() != QNetworkReply::NoError && response.httpStatus < 400;
    const ApiError error = networkFailed || m_stop != Stop::None || response.httpStatus >= 400
                               ? classify(response)
                               : ApiError{};
    if (!networkFailed && m_stop == Stop::None && response.httpStatus == 0 && !error) {
        deliver(response, ApiError::make(ApiError::Kind::BadResponse));
        return;
    }
    log(response, error);
    const RetryPolicy::Failure failure{&m_request, &response, &error, m_bodyDelivered};
    if (error && m_service->retryPolicy().shouldRetry(failure, m_retriesDone)) {
        const auto wait = m_service->retryPolicy().delay(response, m_retriesDone);
        ++m_retriesDone;
        m_retryTimer.start(int(wait.count()));
        return;
    }
    deliver(response, error);
}

ApiError HttpExchange::classify(const ApiResponse &response) const
{
    switch (m_stop) {
    case Stop::Cancelled:
        return ApiError::make(ApiError::Kind::Cancelled);
    case Stop::ConnectTimeout:
    case Stop::TotalTimeout:
    case Stop::IdleTimeout:
        return ApiError::make(ApiError::Kind::Timeout);
    case Stop::TooLarge:
        return ApiError::make(ApiError::Kind::BadResponse,
                              tr("The answer was larger than %1 MB, so Ajuste stopped reading it.")
                                  .arg(m_request.maxBodyBytes / (1024 * 1024)));
    case Stop::None:
        break;
    }
    if (response.httpStatus >= 400)
        return ApiService::errorFromHttp(response);
    return networkError(response);
}

ApiError HttpExchange::networkError(const ApiResponse &response) const
{
    const auto code = QNetworkReply::NetworkError(m_networkError);
    const QString &text = m_networkErrorText;
    ApiError error;
    if (!m_sslErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        error = ApiError::make(ApiError::Kind::Tls, m_sslErrors.isEmpty() ? text : m_sslErrors.join(QStringLiteral("; ")));
    } else {
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
            error = ApiError::make(ApiError::Kind::NetworkDown, text);
            break;
        case QNetworkReply::TimeoutError:
            error = ApiError::make(ApiError::Kind::Timeout, text);
            break;
        case QNetworkReply::OperationCanceledError:
            error = ApiError::make(ApiError::Kind::Cancelled, text);
            break;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            error = ApiError::make(ApiError::Kind::BadResponse, text);
            break;
        default:
            error = ApiError::make(ApiError::Kind::Interrupted, text);
            break;
        }
    }
    error.httpStatus = response.httpStatus;
    error.requestId = response.requestId();
    return error;
}

void HttpExchange::log(const ApiResponse &response, const ApiError &error)
{
    RequestLog *requestLog = m_service->requestLog();
    if (!requestLog)
        return;
    RequestLog::Entry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-m_attemptClock.elapsed());
    entry.operation = m_request.operation;
    entry.verb = QString::fromLatin1(m_request.verb);
    entry.url = m_request.url.toDisplayString(QUrl::RemoveUserInfo);
    const ApiEndpoint &endpoint = m_service->endpoint();
    if (!endpoint.key.isEmpty())
        entry.requestHeaders.append(QString::fromLatin1(endpoint.keyHeader) + QStringLiteral(": ")
                                    + RequestLog::redactedMarker());
    for (const auto &[name, value] : endpoint.headers)
        entry.requestHeaders.append(QString::fromLatin1(name + ": " + value));
    entry.attempt = m_retriesDone + 1;
    entry.httpStatus = response.httpStatus;
    entry.requestId = response.requestId();
    entry.durationMs = m_attemptClock.elapsed();
    entry.outcome = error ? ApiError::kindId(error.kind) + QStringLiteral(": ") + error.details
                          : QStringLiteral("ok");
    requestLog->add(entry, endpoint.key);
}

void HttpExchange::deliver(const ApiResponse &response, const ApiError &original)
{
    if (m_silent)
        return;
    // Some providers echo the key in their message ("Incorrect API key provided: sk-...");
    // a hostile one could put it in anything it controls, such as its request id header,
    // which clients copy into their own errors.
    const QString &key = m_service->endpoint().key;
    ApiError error = original;
    error.redact(key);
    ApiResponse answer = response;
    if (answer.headers.contains("x-request-id"))
        answer.headers.insert("x-request-id",
                              RequestLog::redact(answer.requestId(), key).toLatin1());
    ApiService::Done done = std::move(m_done);
    m_done = {};
    m_sink = {};
    QPointer<HttpExchange> self(this);
    if (done)
        done(answer, error);
    if (self)
        markFinished();
}

void HttpExchange::deliverLater(const ApiError &error)
{
    QTimer::singleShot(0, this, [this, error] { deliver(ApiResponse{}, error); });
}
