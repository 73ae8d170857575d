#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

// Where a provider lives and how to prove who we are: the base address, the header the key
// goes in (and only there) and account headers such as OpenAI-Organization.
struct ApiEndpoint
{
    QUrl baseUrl;
    QByteArray keyHeader = "Authorization";
    QByteArray keyPrefix = "Bearer ";
    QString key; // empty: no key header at all
    QList<std::pair<QByteArray, QByteArray>> headers;

    // baseUrl + path ("/files"), with an optional query.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // https anywhere; http only to this computer (127.0.0.0/8, ::1, localhost).
    static bool isSafe(const QUrl &url);
};
