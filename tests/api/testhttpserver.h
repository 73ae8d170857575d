#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

// A scripted HTTP/1.1 server on loopback for API tests, built on a raw QTcpServer so it can
// also misbehave: answer late, cut a body half-way, drop the connection or never answer.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QString path;      // decoded path without query
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray raw; // everything received for this request
    };

    struct Reply
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QByteArray> chunks; // sent with chunked encoding, one write each
        int chunkDelayMs = 0;
        int delayMs = 0;        // before anything is sent
        qint64 cutAfter = -1;   // close after this many body bytes (Content-Length stays full)
        bool drop = false;      // close without answering
        bool hang = false;      // never answer
        bool cutChunks = false; // stop after the chunks without the final empty chunk

        void header(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
        static Reply json(const QByteArray &body, int status = 200);
        static Reply error(int status, const QByteArray &message, const QByteArray &code = {},
                           const QByteArray &type = "invalid_request_error");
    };

    using Handler = std::function<Reply(const Request &request)>;

    explicit TestHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Request> &requests() const { return m_requests; }
    int count(const QString &path) const;
    QByteArray allTraffic() const;

private:
    void onConnection();
    void serve(class QTcpSocket *socket, const Request &request);
    void send(class QTcpSocket *socket, const Reply &reply);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
};
