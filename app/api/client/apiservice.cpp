#include "apiservice.h"

#include "httpexchange.h"

#include <QJsonObject>

ApiService::ApiService(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
{
}

ApiService::~ApiService()
{
    // Calls still in flight end silently: their callers are being torn down with us.
    const auto exchanges = findChildren<HttpExchange *>(Qt::FindDirectChildrenOnly);
    for (HttpExchange *exchange : exchanges)
        exchange->silence();
}

ApiCall *ApiService::send(ApiRequest request, Done done, StreamSink sink)
{
    auto *exchange = new HttpExchange(this, std::move(request), std::move(done), std::move(sink));
    exchange->start();
    return exchange;
}

namespace {
ApiError::Kind kindForStatus(int status, const QString &code, const QString &type,
                             const QString &message)
{
    const bool quota = code == QLatin1String("insufficient_quota")
                       || type == QLatin1String("insufficient_quota");
    switch (status) {
    case 401:
        return ApiError::Kind::InvalidKey;
    case 403:
        return ApiError::Kind::PermissionDenied;
    case 404:
        if (code == QLatin1String("model_not_found")
            || message.contains(QLatin1String("model"), Qt::CaseInsensitive))
            return ApiError::Kind::ModelNotFound;
        return ApiError::Kind::NotFound;
    case 408:
        return ApiError::Kind::Timeout;
    case 429:
        return quota ? ApiError::Kind::QuotaExhausted : ApiError::Kind::RateLimited;
    default:
        break;
    }
    if (quota)
        return ApiError::Kind::QuotaExhausted;
    if (status >= 500)
        return ApiError::Kind::ServerError;
    return ApiError::Kind::InvalidRequest;
}
} // namespace

ApiError ApiService::errorFromHttp(const ApiResponse &response)
{
    QString message;
    QString code;
    QString type;
    QJsonObject body;
    if (response.parseObject(&body)) {
        const QJsonValue error = body.value(QLatin1String("error"));
        const QJsonObject errorObject = error.toObject();
        message = error.isString() ? error.toString() : errorObject.value(QLatin1String("message")).toString();
        code = errorObject.value(QLatin1String("code")).toVariant().toString();
        type = errorObject.value(QLatin1String("type")).toString();
        if (message.isEmpty())
            message = body.value(QLatin1String("message")).toString();
    } else {
        message = QString::fromUtf8(response.body.left(500)).trimmed();
    }
    ApiError error = ApiError::make(kindForStatus(response.httpStatus, code, type, message), message);
    error.httpStatus = response.httpStatus;
    error.requestId = response.requestId();
    error.code = code.isEmpty() ? type : code;
    if (const auto wait = RetryPolicy::serverDelay(response))
        error.retryAfter = *wait;
    return error;
}

ApiError ApiService::unreadableAnswer(const ApiResponse &response, const QString &why)
{
    const QString details =
        response.isWebPage()
            ? tr("The server answered with a web page (%1) instead of the provider's data: a "
                 "Wi-Fi sign-in page, a proxy or a wrong address may be in the way.")
                  .arg(QString::fromLatin1(response.header("content-type")))
            : why;
    ApiError error = ApiError::make(ApiError::Kind::BadResponse, details);
    error.httpStatus = response.httpStatus;
    error.requestId = response.requestId();
    return error;
}
