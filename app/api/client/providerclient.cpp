#include "providerclient.h"

#include <QTimer>

ProviderClient::ProviderClient(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_service(new ApiService(network, std::move(endpoint), this))
{
}

QList<HyperparameterSpec> ProviderClient::hyperparameters(const TunableModel &) const
{
    return {};
}

ApiError ProviderClient::checkFineTuneRequest(const FineTuneRequest &request, const TunableModel &model) const
{
    const ProviderCapabilities caps = capabilities();
    const QString name = m_providerName.isEmpty() ? tr("This provider") : m_providerName;
    QString problem;
    if (!caps.supports(request.method)) {
        problem = request.method == FineTuneMethod::Dpo
                      ? tr("%1 does not offer training from preferred and rejected answers. Choose "
                           "another provider for this dataset.").arg(name)
                      : tr("%1 does not offer this kind of training. Choose another provider.").arg(name);
    } else {
        problem = HyperparameterSpec::validate(hyperparameters(model), request.hyperparameters,
                                               request.method, name);
    }
    if (problem.isEmpty())
        return {};
    ApiError error = ApiError::make(ApiError::Kind::InvalidRequest, problem);
    error.userMessage = problem;
    return error;
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
            handler({}, ApiService::unreadableAnswer(response, parseError.errorString()));
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

ApiCall *ProviderClient::listTunableModels(ApiDone<QList<TunableModel>> done)
{
    return unsupported(std::move(done));
}

ApiCall *ProviderClient::getTunableModel(const QString &model, ApiDone<TunableModel> done)
{
    auto call = new ApiCall(service());
    ApiCall *list = listTunableModels([call, model, done = std::move(done)](const ApiResult<QList<TunableModel>> &all) {
        ApiResult<TunableModel> result{{}, all.error};
        result.value.id = model;
        for (const TunableModel &candidate : all.value) {
            if (candidate.id == model)
                result.value = candidate;
        }
        finish(call, done, result);
    });
    call->follow(list);
    return call;
}

ApiCall *ProviderClient::listMetrics(const QString &, int, ApiDone<QList<MetricPoint>> done)
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
