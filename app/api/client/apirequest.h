#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

class QHttpMultiPart;

// One HTTP request as a value: what to send, how long to wait and whether it is safe to send
// again. The key travels separately (ApiEndpoint) so it only ever lands in its one header.
struct ApiRequest
{
    QByteArray verb = "GET";
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType;
    // Built afresh for every attempt, because a sent multipart body cannot be replayed.
    std::function<QHttpMultiPart *()> multipart;

    // Safe to send twice: reads, and writes whose repetition changes nothing.
    bool idempotent = true;
    // Deliver the body piece by piece as it arrives (server-sent events).
    bool streaming = false;

    int connectTimeoutMs = 15000; // until the request has been written to the server
    int totalTimeoutMs = 60000;   // whole exchange; 0 = no limit (uploads, streams)
    int idleTimeoutMs = 60000;    // no byte moved for this long; 0 = no limit
    int maxRetries = 2;           // extra attempts after the first, when safe
    // The most body Ajuste reads (streamed or not); a larger answer ends as BadResponse. No
    // API answer Ajuste asks for comes near it; a misdirected address can pour out gigabytes.
    qint64 maxBodyBytes = 64LL * 1024 * 1024;

    QString operation; // plain name for the request log, e.g. "list models"

    static ApiRequest get(const QUrl &url, const QString &operation);
    static ApiRequest del(const QUrl &url, const QString &operation);
    static ApiRequest postJson(const QUrl &url, const QJsonObject &body, const QString &operation,
                               bool idempotent = false);
    static ApiRequest postEmpty(const QUrl &url, const QString &operation, bool idempotent);
};
