#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QString>

// What came back: status, headers (names in lower case) and the body (empty for streams,
// whose body went to the stream sink as it arrived).
struct ApiResponse
{
    int httpStatus = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
    QString requestId() const { return QString::fromLatin1(header("x-request-id")); }
    // A web page (text/html) where data was expected: what a Wi-Fi sign-in portal, a proxy or
    // a wrong address sends.
    bool isWebPage() const { return header("content-type").trimmed().toLower().startsWith("text/html"); }
    // The body as a JSON object; false when it is not one.
    bool parseObject(QJsonObject *object) const;
};
