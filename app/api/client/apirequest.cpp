#include "apirequest.h"

#include <QJsonDocument>

ApiRequest ApiRequest::get(const QUrl &url, const QString &operation)
{
    ApiRequest request;
    request.url = url;
    request.operation = operation;
    return request;
}

ApiRequest ApiRequest::del(const QUrl &url, const QString &operation)
{
    ApiRequest request = get(url, operation);
    request.verb = "DELETE";
    return request;
}

ApiRequest ApiRequest::postJson(const QUrl &url, const QJsonObject &body, const QString &operation,
                                bool idempotent)
{
    ApiRequest request = get(url, operation);
    request.verb = "POST";
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    request.idempotent = idempotent;
    return request;
}

ApiRequest ApiRequest::postEmpty(const QUrl &url, const QString &operation, bool idempotent)
{
    ApiRequest request = get(url, operation);
    request.verb = "POST";
    request.idempotent = idempotent;
    return request;
}
