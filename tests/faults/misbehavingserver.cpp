#include "misbehavingserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace {

constexpr qint64 PourBlock = 1024 * 1024;

QByteArray jobListJson()
{
    return QByteArrayLiteral(
        R"({"object":"list","has_more":false,"data":[{"object":"fine_tuning.job","id":"ftjob-faults1",)"
        R"("model":"gpt-4o-mini-2024-07-18","created_at":1733000000,"finished_at":1733000600,)"
        R"("status":"succeeded","fine_tuned_model":"ft:gpt-4o-mini-2024-07-18:ajuste::faults1",)"
        R"("training_file":"file-faults1","validation_file":null,"result_files":[],)"
        R"("trained_tokens":1000,"hyperparameters":{"n_epochs":3},"error":null}]})");
}

QByteArray modelListJson()
{
    return QByteArrayLiteral(
        R"({"object":"list","data":[{"id":"gpt-4o-mini-2024-07-18","object":"model","created":1721172741,"owned_by":"system"}]})");
}

QByteArray errorJson(int status, const QByteArray &message)
{
    QJsonObject error{{QStringLiteral("message"), QString::fromUtf8(message)},
                      {QStringLiteral("type"), status >= 500 ? QStringLiteral("server_error")
                                                             : QStringLiteral("requests")},
                      {QStringLiteral("code"), QJsonValue::Null}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

void closeAfterWriting(QTcpSocket *socket)
{
    socket->flush();
    socket->disconnectFromHost(); // waits for what is written to go out first
}

} // namespace

MisbehavingServer::Fault MisbehavingServer::Fault::of(Mode mode)
{
    Fault fault;
    fault.mode = mode;
    return fault;
}

MisbehavingServer::Fault MisbehavingServer::Fault::http(int status, const QByteArray &message,
                                                        const QByteArray &retryAfter)
{
    Fault fault = of(Mode::Status);
    fault.status = status;
    fault.message = message;
    fault.retryAfter = retryAfter;
    return fault;
}

MisbehavingServer::Fault MisbehavingServer::Fault::huge(bool declareLength)
{
    Fault fault = of(Mode::HugeBody);
    fault.declareLength = declareLength;
    return fault;
}

MisbehavingServer::MisbehavingServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &MisbehavingServer::onConnection);
}

MisbehavingServer::~MisbehavingServer() = default;

bool MisbehavingServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl MisbehavingServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

quint16 MisbehavingServer::closedPort()
{
    // A port the system just handed out and took back: nothing listens there.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

quint16 MisbehavingServer::saturatedPort()
{
    if (!m_saturated.listen(QHostAddress::LocalHost, 0))
        return 0;
    m_saturated.pauseAccepting(); // the system still completes handshakes, into the queue
    // QTcpServer's queue holds 50; a few more connections fill it and hang behind it.
    for (int i = 0; i < 64; ++i) {
        auto *filler = new QTcpSocket(this);
        filler->connectToHost(QHostAddress::LocalHost, m_saturated.serverPort());
        m_fillers.append(filler);
    }
    QDeadlineTimer settle(500);
    while (!settle.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_saturated.serverPort();
}

void MisbehavingServer::failNext(int times, const Fault &fault, const QString &pathSuffix)
{
    m_queue.append({times, fault, pathSuffix});
}

void MisbehavingServer::recover()
{
    m_queue.clear();
    m_always = Fault{};
}

QByteArray MisbehavingServer::streamedPart() const
{
    return m_chatAnswer.left(m_chatAnswer.size() / 2).toUtf8();
}

QList<MisbehavingServer::Arrival> MisbehavingServer::arrivalsFor(const QString &pathSuffix) const
{
    QList<Arrival> matching;
    for (const Arrival &arrival : m_arrivals) {
        if (arrival.path.endsWith(pathSuffix))
            matching.append(arrival);
    }
    return matching;
}

QList<qint64> MisbehavingServer::gapsFor(const QString &pathSuffix) const
{
    const QList<Arrival> matching = arrivalsFor(pathSuffix);
    QList<qint64> gaps;
    for (qsizetype i = 1; i < matching.size(); ++i)
        gaps.append(matching.at(i).atMs - matching.at(i - 1).atMs);
    return gaps;
}

void MisbehavingServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, buffer] { onReadyRead(socket, buffer.get()); });
    }
}

void MisbehavingServer::onReadyRead(QTcpSocket *socket, QByteArray *buffer)
{
    *buffer += socket->readAll();
    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer->size() < headerEnd + 4 + length)
        return; // the rest of the body is still coming
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    Arrival arrival;
    arrival.atMs = m_clock.elapsed();
    arrival.method = first.value(0);
    arrival.path = QUrl(QString::fromLatin1(first.value(1))).path();
    arrival.body = buffer->mid(headerEnd + 4, length);
    buffer->clear();
    const Fault fault = faultFor(arrival.path);
    arrival.answeredWith = fault.mode;
    m_arrivals.append(arrival);
    answer(socket, arrival, fault);
}

MisbehavingServer::Fault MisbehavingServer::faultFor(const QString &path)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        Queued &queued = m_queue[i];
        if (!queued.pathSuffix.isEmpty() && !path.endsWith(queued.pathSuffix))
            continue;
        const Fault fault = queued.fault;
        if (--queued.times <= 0)
            m_queue.removeAt(i);
        return fault;
    }
    return m_always;
}

QByteArray MisbehavingServer::head(int status, const QByteArray &contentType,
                                   const QList<QByteArray> &extra)
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + " Fault\r\nConnection: close\r\n";
    if (!contentType.isEmpty())
        text += "Content-Type: " + contentType + "\r\n";
    for (const QByteArray &line : extra)
        text += line + "\r\n";
    return text + "\r\n";
}

QByteArray MisbehavingServer::chatEvent(const QString &text) const
{
    const QJsonObject delta{{QStringLiteral("content"), text}};
    const QJsonObject choice{{QStringLiteral("index"), 0}, {QStringLiteral("delta"), delta},
                             {QStringLiteral("finish_reason"), QJsonValue::Null}};
    const QJsonObject chunk{{QStringLiteral("id"), QStringLiteral("chatcmpl-faults")},
                            {QStringLiteral("object"), QStringLiteral("chat.completion.chunk")},
                            {QStringLiteral("choices"), QJsonArray{choice}}};
    return "data: " + QJsonDocument(chunk).toJson(QJsonDocument::Compact) + "\n\n";
}

void MisbehavingServer::answer(QTcpSocket *socket, const Arrival &arrival, const Fault &fault)
{
    switch (fault.mode) {
    case Mode::Healthy:
        answerHealthy(socket, arrival);
        return;
    case Mode::NeverAnswer:
        return;
    case Mode::StallAfterHeaders:
        socket->write(head(200, "application/json", {"Content-Length: 100"}));
        socket->flush();
        return;
    case Mode::CutBody: {
        const QByteArray body = jobListJson();
        socket->write(head(200, "application/json",
                           {"Content-Length: " + QByteArray::number(body.size() * 2)})
                      + body.left(body.size() / 2));
        closeAfterWriting(socket);
        return;
    }
    case Mode::CutStream: {
        const QString part = QString::fromUtf8(streamedPart());
        socket->write(head(200, "text/event-stream") + chatEvent(part.left(part.size() / 2))
                      + chatEvent(part.mid(part.size() / 2)));
        closeAfterWriting(socket);
        return;
    }
    case Mode::MalformedJson: {
        const QByteArray body = R"({"object":"list","data":[{"id":"ftjob-faults1","status":)";
        socket->write(head(200, "application/json",
                           {"Content-Length: " + QByteArray::number(body.size())}) + body);
        closeAfterWriting(socket);
        return;
    }
    case Mode::HtmlPage: {
        const QByteArray body = "<!DOCTYPE html><html><head><title>Hotel Wi-Fi</title></head><body>"
                                "<h1>Sign in to continue</h1><form>Room number <input></form>"
                                "</body></html>";
        socket->write(head(200, "text/html; charset=utf-8",
                           {"Content-Length: " + QByteArray::number(body.size())}) + body);
        closeAfterWriting(socket);
        return;
    }
    case Mode::Status: {
        const QByteArray body = errorJson(fault.status, fault.message);
        QList<QByteArray> extra{"Content-Length: " + QByteArray::number(body.size()),
                                "x-request-id: req_faults_" + QByteArray::number(m_arrivals.size())};
        if (!fault.retryAfter.isEmpty())
            extra.append("Retry-After: " + fault.retryAfter);
        socket->write(head(fault.status, "application/json", extra) + body);
        closeAfterWriting(socket);
        return;
    }
    case Mode::HugeBody:
        pourHugeBody(socket, fault);
        return;
    }
}

void MisbehavingServer::answerHealthy(QTcpSocket *socket, const Arrival &arrival)
{
    QByteArray body;
    QByteArray type = "application/json";
    int status = 200;
    if (arrival.path.endsWith(QLatin1String("/fine_tuning/jobs"))) {
        body = jobListJson();
    } else if (arrival.path.endsWith(QLatin1String("/models"))) {
        body = modelListJson();
    } else if (arrival.path.endsWith(QLatin1String("/chat/completions"))) {
        const QJsonObject request = QJsonDocument::fromJson(arrival.body).object();
        if (request.value(QLatin1String("stream")).toBool()) {
            type = "text/event-stream";
            body = chatEvent(m_chatAnswer)
                   + R"(data: {"id":"chatcmpl-faults","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}})"
                   + "\n\ndata: [DONE]\n\n";
        } else {
            const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                      {QStringLiteral("content"), m_chatAnswer}};
            const QJsonObject choice{{QStringLiteral("index"), 0},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
            const QJsonObject usage{{QStringLiteral("prompt_tokens"), 5},
                                    {QStringLiteral("completion_tokens"), 7},
                                    {QStringLiteral("total_tokens"), 12}};
            body = QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-faults")},
                                             {QStringLiteral("object"), QStringLiteral("chat.completion")},
                                             {QStringLiteral("model"), request.value(QLatin1String("model"))},
                                             {QStringLiteral("choices"), QJsonArray{choice}},
                                             {QStringLiteral("usage"), usage}})
                       .toJson(QJsonDocument::Compact);
        }
    } else {
        status = 404;
        body = errorJson(404, "Unknown path " + arrival.path.toUtf8());
    }
    socket->write(head(status, type, {"Content-Length: " + QByteArray::number(body.size())}) + body);
    closeAfterWriting(socket);
}

void MisbehavingServer::pourHugeBody(QTcpSocket *socket, const Fault &fault)
{
    // One block of filler, written again whenever the client has taken the last one: the
    // server never holds more than a couple of megabytes, whatever the size it announces.
    m_hugeFinished = false;
    const QByteArray framing = fault.declareLength
                                   ? "Content-Length: " + QByteArray::number(fault.hugeBytes)
                                   : QByteArray("Transfer-Encoding: chunked");
    socket->write(head(200, "application/json", {framing}));
    auto block = std::make_shared<QByteArray>(PourBlock, ' ');
    auto left = std::make_shared<qint64>(fault.hugeBytes);
    const bool chunked = !fault.declareLength;
    // What stays unpoured when the server falls silent (pourBytes), keeping the connection open.
    const qint64 held = fault.pourBytes < 0 ? 0 : std::max<qint64>(0, fault.hugeBytes - fault.pourBytes);
    QPointer<QTcpSocket> guard(socket);
    auto pour = [this, guard, block, left, chunked, held] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        while (*left > held && guard->bytesToWrite() < 2 * PourBlock) {
            const qint64 size = std::min(*left - held, PourBlock);
            const QByteArray piece = block->left(size);
            guard->write(chunked ? QByteArray::number(size, 16) + "\r\n" + piece + "\r\n" : piece);
            *left -= size;
            m_hugeWritten += size;
        }
        if (*left == 0) {
            *left = -1;
            if (chunked)
                guard->write("0\r\n\r\n");
            m_hugeFinished = true;
            closeAfterWriting(guard);
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, this, pour);
    pour();
}
