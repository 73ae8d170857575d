#include "testhttpserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

TestHttpServer::Reply TestHttpServer::Reply::json(const QByteArray &body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

TestHttpServer::Reply TestHttpServer::Reply::error(int status, const QByteArray &message,
                                                   const QByteArray &code, const QByteArray &type)
{
    const QByteArray codeJson = code.isEmpty() ? QByteArray("null") : '"' + code + '"';
    return json("{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type
                    + "\",\"param\":null,\"code\":" + codeJson + "}}",
                status);
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onConnection);
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TestHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

int TestHttpServer::count(const QString &path) const
{
    int n = 0;
    for (const Request &request : m_requests)
        n += request.path == path ? 1 : 0;
    return n;
}

QByteArray TestHttpServer::allTraffic() const
{
    QByteArray all;
    for (const Request &request : m_requests)
        all += request.raw;
    return all;
}

void TestHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            const qint64 length = request.headers.value("content-length").toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return; // wait for the rest of the body
            request.body = buffer->mid(headerEnd + 4, length);
            request.raw = buffer->left(headerEnd + 4 + length);
            buffer->clear();
            const QUrl url(QString::fromLatin1(request.target));
            request.path = url.path();
            request.query = QUrlQuery(url);
            m_requests.append(request);
            serve(socket, request);
        });
    }
}

void TestHttpServer::serve(QTcpSocket *socket, const Request &request)
{
    const Reply reply = m_handler ? m_handler(request) : Reply::json("{}");
    if (reply.hang)
        return;
    if (reply.drop) {
        socket->disconnectFromHost();
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
        if (guard)
            send(guard, reply);
    });
}

void TestHttpServer::send(QTcpSocket *socket, const Reply &reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
    head += "Content-Type: " + reply.contentType + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.chunks.isEmpty()) {
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
        const QByteArray body = reply.cutAfter >= 0 ? reply.body.left(reply.cutAfter) : reply.body;
        socket->write(head + body);
        socket->flush();
        if (reply.cutAfter >= 0)
            socket->abort();
        else
            socket->disconnectFromHost();
        return;
    }
    head += "Transfer-Encoding: chunked\r\n\r\n";
    socket->write(head);
    socket->flush();
    auto index = std::make_shared<int>(0);
    auto timer = new QTimer(socket);
    timer->setInterval(reply.chunkDelayMs);
    connect(timer, &QTimer::timeout, socket, [socket, timer, index, reply] {
        if (*index >= reply.chunks.size()) {
            timer->stop();
            if (reply.cutChunks) {
                socket->abort();
                return;
            }
            socket->write("0\r\n\r\n");
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        const QByteArray &chunk = reply.chunks.at((*index)++);
        socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        socket->flush();
    });
    timer->start();
}
