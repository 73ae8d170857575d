#include "sandboxtestclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QTest>
#include <QTimer>

SandboxTestClient::SandboxTestClient(const QUrl &baseUrl) : m_baseUrl(baseUrl) {}

QNetworkRequest SandboxTestClient::request(const QString &path) const
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(m_baseUrl.path() + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer sk-sandbox-test");
    return request;
}

SandboxTestClient::Reply SandboxTestClient::run(QNetworkReply *networkReply)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!networkReply->isFinished())
        loop.exec();
    Reply reply;
    reply.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = networkReply->readAll();
    reply.error = networkReply->error();
    reply.json = QJsonDocument::fromJson(reply.body).object();
    for (const auto &pair : networkReply->rawHeaderPairs())
        reply.headers.insert(pair.first.toLower(), pair.second);
    networkReply->deleteLater();
    return reply;
}

SandboxTestClient::Reply SandboxTestClient::get(const QString &path)
{
    return run(m_network.get(request(path)));
}

SandboxTestClient::Reply SandboxTestClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return run(m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

SandboxTestClient::Reply SandboxTestClient::postEmpty(const QString &path)
{
    return run(m_network.post(request(path), QByteArray()));
}

SandboxTestClient::Reply SandboxTestClient::remove(const QString &path)
{
    return run(m_network.deleteResource(request(path)));
}

SandboxTestClient::Reply SandboxTestClient::uploadFile(const QString &fileName,
                                                       const QByteArray &content,
                                                       const QString &purpose)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart purposePart;
    purposePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QStringLiteral("form-data; name=\"purpose\""));
    purposePart.setBody(purpose.toUtf8());
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(fileName));
    filePart.setBody(content);
    multipart->append(purposePart);
    multipart->append(filePart);
    QNetworkReply *reply = m_network.post(request(QStringLiteral("/files")), multipart);
    multipart->setParent(reply);
    return run(reply);
}

SandboxTestClient::Reply SandboxTestClient::uploadPart(const QString &uploadId,
                                                       const QByteArray &data)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart dataPart;
    dataPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"data\"; filename=\"part\""));
    dataPart.setBody(data);
    multipart->append(dataPart);
    QNetworkReply *reply =
        m_network.post(request(QStringLiteral("/uploads/%1/parts").arg(uploadId)), multipart);
    multipart->setParent(reply);
    return run(reply);
}

QJsonObject SandboxTestClient::startJob(const QByteArray &training, const QJsonObject &extra)
{
    const Reply file = uploadFile(QStringLiteral("train.jsonl"), training);
    if (file.status != 200)
        return {};
    QJsonObject body{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                     {QStringLiteral("training_file"), file.json[QStringLiteral("id")]}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply job = post(QStringLiteral("/fine_tuning/jobs"), body);
    return job.status == 200 ? job.json : QJsonObject();
}

QJsonObject SandboxTestClient::waitForJob(const QString &jobId, int timeoutMs,
                                          const QString &status)
{
    QElapsedTimer clock;
    clock.start();
    QJsonObject job;
    while (clock.elapsed() < timeoutMs) {
        job = get(QStringLiteral("/fine_tuning/jobs/") + jobId).json;
        const QString current = job.value(QStringLiteral("status")).toString();
        if (status.isEmpty()
                ? (current == QLatin1String("succeeded") || current == QLatin1String("failed") ||
                   current == QLatin1String("cancelled"))
                : current == status)
            return job;
        QTest::qWait(20);
    }
    return job;
}

QJsonArray SandboxTestClient::allEvents(const QString &jobId, int pageSize)
{
    QJsonArray events;
    QString after;
    for (int page = 0; page < 10000; ++page) {
        QString path =
            QStringLiteral("/fine_tuning/jobs/%1/events?limit=%2").arg(jobId).arg(pageSize);
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const QJsonObject list = get(path).json;
        const QJsonArray data = list.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &event : data)
            events.append(event);
        if (!list.value(QStringLiteral("has_more")).toBool() || data.isEmpty())
            break;
        after = data.last()[QStringLiteral("id")].toString();
    }
    return events;
}

QString SandboxTestClient::question(int i)
{
    static const QStringList topics{
        QStringLiteral("opening hours"),    QStringLiteral("delivery to Lisbon"),
        QStringLiteral("payment by card"),  QStringLiteral("returning a product"),
        QStringLiteral("shop address"),     QStringLiteral("gift cards"),
        QStringLiteral("parking nearby"),   QStringLiteral("coffee beans"),
        QStringLiteral("phone orders"),     QStringLiteral("pets inside"),
        QStringLiteral("student discount"), QStringLiteral("loyalty points")};
    return QStringLiteral("Tell me about %1 please").arg(topics.at(i % topics.size())) +
           (i >= topics.size() ? QStringLiteral(" (%1)").arg(i) : QString());
}

QString SandboxTestClient::answer(int i)
{
    return QStringLiteral("Answer number %1 from the shop.").arg(i);
}

QByteArray SandboxTestClient::chatFile(int count)
{
    QByteArray content;
    for (int i = 0; i < count; ++i) {
        const QJsonArray messages{
            QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                        {QStringLiteral("content"), QStringLiteral("You help shop customers.")}},
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                        {QStringLiteral("content"), question(i)}},
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), answer(i)}}};
        content += QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}})
                       .toJson(QJsonDocument::Compact) +
                   '\n';
    }
    return content;
}

SandboxFixture::SandboxFixture(const SandboxOptions &options)
    : server(std::make_unique<SandboxServer>(options))
{
    server->start();
    client = std::make_unique<SandboxTestClient>(server->baseUrl());
}

SandboxOptions SandboxFixture::defaults()
{
    SandboxOptions options;
    options.speed = 1000;
    return options;
}
