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
    // The body as a JSON object; false when it is not one.
    bool parseObject(QJsonObject *object) const;
};
