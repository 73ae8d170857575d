#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// An OpenAI-shaped server on loopback, on a raw QTcpServer, that misbehaves on purpose for the
// fault tests: it never answers, stalls after the headers, cuts a body or a stream half-way,
// sends broken JSON or a web page (a Wi-Fi login portal), storms with 429/5xx, or pours out a
// 200 MB body. Faults are queued for the next requests (`failNext`) or kept for all of them
// (`failAlways`); otherwise it answers healthily: a one-job list, one model, and a chat answer
// (streamed when asked). Every request's arrival time is recorded, so a test can check the
// client's backoff from the server's side.
class MisbehavingServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Healthy,
        NeverAnswer,       // accepts, reads the request, says nothing
        StallAfterHeaders, // status line and headers, then silence (a read timeout)
        CutBody,           // Content-Length twice what is sent, then the connection closes
        CutStream,         // two chat events of an SSE stream, then the connection closes
        MalformedJson,     // 200, application/json, a body that is not JSON
        HtmlPage,          // 200, text/html: what a captive portal or a proxy sends
        Status,            // `status` with an OpenAI-style error body and optional Retry-After
        HugeBody,          // `hugeBytes` of body, written as the client reads (never held)
    };
    Q_ENUM(Mode)

    struct Fault
    {
        Mode mode = Mode::Healthy;
        int status = 0;
        QByteArray message;    // the error body's message (Status)
        QByteArray retryAfter; // Retry-After header when not empty (Status)
        qint64 hugeBytes = 200LL * 1024 * 1024;
        bool declareLength = false; // HugeBody: Content-Length instead of chunked
        qint64 pourBytes = -1;      // HugeBody: then silence after this many; -1 = all of it

        static Fault of(Mode mode);
        static Fault http(int status, const QByteArray &message, const QByteArray &retryAfter = {});
        static Fault huge(bool declareLength);
    };

    struct Arrival
    {
        qint64 atMs = 0; // since the server was made (QElapsedTimer)
        QByteArray method;
        QString path;
        QByteArray body;
        Mode answeredWith = Mode::Healthy;
    };

    explicit MisbehavingServer(QObject *parent = nullptr);
    ~MisbehavingServer() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    // A loopback port with nothing listening: connecting to it is refused.
    static quint16 closedPort();
    // A loopback port whose queue of connections waiting to be accepted is full: the system
    // leaves a new connection unanswered, so connecting hangs until the client gives up (a
    // connect timeout). Linux behaves so; other systems may refuse instead. 0 on failure.
    quint16 saturatedPort();
    // A name under the reserved .invalid top-level domain (RFC 6761): it never resolves.
    static QUrl unresolvableUrl() { return QUrl(QStringLiteral("https://api.ajuste-faults.invalid/v1")); }

    // The next `times` requests whose path ends with `pathSuffix` (all when empty) get `fault`.
    void failNext(int times, const Fault &fault, const QString &pathSuffix = {});
    void failAlways(const Fault &fault) { m_always = fault; }
    void recover(); // forget every fault: healthy from now on

    void setChatAnswer(const QString &text) { m_chatAnswer = text; }
    QString chatAnswer() const { return m_chatAnswer; }
    QByteArray streamedPart() const; // the text a CutStream sends before it closes

    const QList<Arrival> &arrivals() const { return m_arrivals; }
    void forgetArrivals() { m_arrivals.clear(); }
    QList<Arrival> arrivalsFor(const QString &pathSuffix) const;
    // Milliseconds between consecutive arrivals for requests to `pathSuffix`.
    QList<qint64> gapsFor(const QString &pathSuffix) const;
    // Body bytes of HugeBody answers the server got out before the client hung up.
    qint64 hugeBytesWritten() const { return m_hugeWritten; }
    bool hugeFinished() const { return m_hugeFinished; }

private:
    struct Queued
    {
        int times = 0;
        Fault fault;
        QString pathSuffix;
    };

    void onConnection();
    void onReadyRead(QTcpSocket *socket, QByteArray *buffer);
    Fault faultFor(const QString &path);
    void answer(QTcpSocket *socket, const Arrival &arrival, const Fault &fault);
    void answerHealthy(QTcpSocket *socket, const Arrival &arrival);
    void pourHugeBody(QTcpSocket *socket, const Fault &fault);
    static QByteArray head(int status, const QByteArray &contentType,
                           const QList<QByteArray> &extra = {});
    QByteArray chatEvent(const QString &text) const;

    QTcpServer m_server;
    QTcpServer m_saturated;
    QList<QTcpSocket *> m_fillers;
    QElapsedTimer m_clock;
    QList<Queued> m_queue;
    Fault m_always;
    QList<Arrival> m_arrivals;
    QString m_chatAnswer = QStringLiteral("The misbehaving server is well again.");
    qint64 m_hugeWritten = 0;
    bool m_hugeFinished = false;
};
