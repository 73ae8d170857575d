#include "providerclient.h"

#include <QTimer>

ProviderClient::ProviderClient(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_service(new ApiService(network, std::move(endpoint), this))
{
}

ApiCall *ProviderClient::completeLater(std::function<void()> report)
{
    auto *call = new ApiCall(m_service);
    QTimer::singleShot(0, call, [call, report = std::move(report)] {
        QPointer<ApiCall> guard(call);
        report();
        if (guard)
            guard->markFinished();
    });
    return call;
}

ApiCall *ProviderClient::sendForJson(ApiRequest request, JsonHandler handler)
{
    return m_service->send(std::move(request), [handler = std::move(handler)](const ApiResponse &response,
                                                                              const ApiError &error) {
        if (error) {
            handler({}, error);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            ApiError bad = ApiError::make(ApiError::Kind::BadResponse, parseError.errorString());
            bad.httpStatus = response.httpStatus;
            bad.requestId = response.requestId();
            handler({}, bad);
            return;
        }
        handler(json, {});
    });
}

ApiCall *ProviderClient::uploadFile(const QString &, ApiDone<RemoteFile> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::listFiles(ApiDone<QList<RemoteFile>> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::getFile(const QString &, ApiDone<RemoteFile> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::deleteFile(const QString &, ApiDone<bool> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::downloadFile(const QString &, ApiDone<QByteArray> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::createJob(const FineTuneRequest &, ApiDone<Job> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::listJobs(ApiDone<QList<Job>> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::getJob(const QString &, ApiDone<Job> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::cancelJob(const QString &, ApiDone<Job> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::pauseJob(const QString &, ApiDone<Job> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::resumeJob(const QString &, ApiDone<Job> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::listEvents(const QString &, const QString &, ApiDone<EventPage> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::listCheckpoints(const QString &, ApiDone<QList<Checkpoint>> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::fetchMetrics(const Job &, ApiDone<QList<MetricPoint>> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::estimatePrice(const FineTuneRequest &, ApiDone<PriceEstimate> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::chat(const ChatRequest &, ApiDone<ChatResult> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::chatStream(const ChatRequest &, ChatStreamHandlers handlers)
{
    return unsupported(std::move(handlers.done));
}
