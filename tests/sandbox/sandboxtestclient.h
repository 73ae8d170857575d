#pragma once

#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <memory>

// Talks to a Sandbox over real HTTP with QNetworkAccessManager (never the app's API client:
// these tests prove the server on its own). Each call waits for the whole answer.
class SandboxTestClient
{
public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        double elapsedMs = 0;
    };

    explicit SandboxTestClient(const QUrl &baseUrl);

    Reply get(const QString &path);
    Reply post(const QString &path, const QJsonObject &body);
    Reply postEmpty(const QString &path);
    Reply remove(const QString &path);
    Reply uploadFile(const QString &fileName, const QByteArray &content,
                     const QString &purpose = QStringLiteral("fine-tune"));
    Reply uploadPart(const QString &uploadId, const QByteArray &data);

    // Uploads the content and starts a job; returns the job object (empty on failure).
    QJsonObject startJob(const QByteArray &training, const QJsonObject &extra = {});
    // Polls the job until it reaches a final status or timeoutMs passes; returns the last object.
    QJsonObject waitForJob(const QString &jobId, int timeoutMs = 20000, const QString &status = {});
    // All events of a job, newest first, following `after` pages of the given size.
    QJsonArray allEvents(const QString &jobId, int pageSize = 20);

    // A chat training file with `count` examples, question i answered by answer i.
    static QByteArray chatFile(int count);
    static QString question(int i);
    static QString answer(int i);

private:
    Reply run(QNetworkReply *reply);
    QNetworkRequest request(const QString &path) const;

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

// One in-process Sandbox with its client, for one test.
struct SandboxFixture
{
    explicit SandboxFixture(const SandboxOptions &options = defaults());
    static SandboxOptions defaults();

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;
};
