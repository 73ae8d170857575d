#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QUrlQuery>
#include <memory>

class QHttpServerRequest;

// One request and its answer. It copies what it needs from the request, because Qt HttpServer
// reuses the request object for the next message on the connection, and it keeps the responder
// so the answer can come later (latency, streaming). Every answer carries x-request-id.
class SandboxExchange
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SandboxExchange(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                    QByteArray requestId);

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QStringList segments() const { return m_segments; }
    QUrlQuery query() const { return m_query; }
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    // The body as a JSON object; when it is not one, answers 400 as OpenAI does and returns false.
    bool readJsonObject(QJsonObject &object);
    QByteArray requestId() const { return m_requestId; }

    // Headers added to whatever answer is sent (rate-limit state, for instance).
    void addHeader(const QByteArray &name, const QByteArray &value);
    // When set, JSON bodies are cut in the middle (a fault for tests).
    void setTruncateJson(bool truncate) { m_truncateJson = truncate; }

    bool isConnected() const;
    bool isAnswered() const { return m_answered; }
    int status() const { return m_status; }

    void sendJson(int status, const QJsonObject &object);
    // OpenAI's error shape: {"error": {"message", "type", "param", "code"}}.
    void sendError(int status, const QString &message, const QString &type,
                   const QString &param = {}, const QString &code = {});
    void sendBytes(int status, const QByteArray &contentType, const QByteArray &bytes);

    // Server-sent events over chunked transfer encoding.
    void beginEventStream();
    void writeEvent(const QByteArray &data);
    void endEventStream();
    // Drops the connection without finishing the answer (a stream cut mid-way).
    void abortConnection();

private:
    void writeHead(int status, const QByteArray &contentType);
    void writeChunk(const QByteArray &bytes);

    std::unique_ptr<QHttpServerResponder> m_responder;
    QPointer<QTcpSocket> m_socket;
    QByteArray m_method;
    QString m_path;
    QStringList m_segments;
    QUrlQuery m_query;
    QByteArray m_body;
    Headers m_requestHeaders;
    Headers m_extraHeaders;
    QByteArray m_requestId;
    bool m_truncateJson = false;
    bool m_answered = false;
    int m_status = 0;
};
