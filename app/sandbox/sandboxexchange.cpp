#include "sandboxexchange.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrl>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

} // namespace

SandboxExchange::SandboxExchange(const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder, QByteArray requestId)
    : m_responder(std::make_unique<QHttpServerResponder>(std::move(responder))),
      m_socket(m_responder->socket()), m_method(methodName(request.method())),
      m_path(request.url().path()), m_query(request.query()), m_body(request.body()),
      m_requestHeaders(request.headers()), m_requestId(std::move(requestId))
{
    m_segments = m_path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QByteArray SandboxExchange::header(const QByteArray &name) const
{
    for (const auto &header : m_requestHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool SandboxExchange::readJsonObject(QJsonObject &object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(400,
                  QStringLiteral("We could not parse the JSON body of your request. The OpenAI "
                                 "API expects a JSON payload, but what was sent was not valid "
                                 "JSON."),
                  QStringLiteral("invalid_request_error"));
        return false;
    }
    object = document.object();
    return true;
}

void SandboxExchange::addHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.append({name, value});
}

bool SandboxExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SandboxExchange::writeHead(int status, const QByteArray &contentType)
{
    m_answered = true;
    m_status = status;
    m_responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    m_responder->writeHeader("Content-Type", contentType);
    m_responder->writeHeader("x-request-id", m_requestId);
    m_responder->writeHeader("openai-version", "2020-10-01");
    for (const auto &header : std::as_const(m_extraHeaders))
        m_responder->writeHeader(header.first, header.second);
}

void SandboxExchange::sendBytes(int status, const QByteArray &contentType, const QByteArray &bytes)
{
    if (m_answered || !isConnected())
        return;
    writeHead(status, contentType);
    m_responder->writeHeader("Content-Length", QByteArray::number(bytes.size()));
    m_responder->writeBody(bytes);
}

void SandboxExchange::sendJson(int status, const QJsonObject &object)
{
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (m_truncateJson)
        json.truncate(json.size() / 2);
    sendBytes(status, "application/json", json);
}

void SandboxExchange::sendError(int status, const QString &message, const QString &type,
                                const QString &param, const QString &code)
{
    QJsonObject error{{QStringLiteral("message"), message},
                      {QStringLiteral("type"), type},
                      {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : param},
                      {QStringLiteral("code"), code.isEmpty() ? QJsonValue() : code}};
    sendJson(status, QJsonObject{{QStringLiteral("error"), error}});
}

void SandboxExchange::beginEventStream()
{
    if (m_answered || !isConnected())
        return;
    writeHead(200, "text/event-stream; charset=utf-8");
    m_responder->writeHeader("Cache-Control", "no-cache");
    m_responder->writeHeader("Transfer-Encoding", "chunked");
    m_responder->writeBody(QByteArray());
}

void SandboxExchange::writeChunk(const QByteArray &bytes)
{
    if (!isConnected())
        return;
    m_responder->writeBody(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

void SandboxExchange::writeEvent(const QByteArray &data)
{
    writeChunk("data: " + data + "\n\n");
}

void SandboxExchange::endEventStream()
{
    if (isConnected())
        m_responder->writeBody(QByteArray("0\r\n\r\n"));
}

void SandboxExchange::abortConnection()
{
    if (!isConnected())
        return;
    m_socket->flush();
    m_socket->disconnectFromHost();
}
