#include "togetherclient.h"

#include "togetherhyperparameters.h"
#include "togetherjson.h"

#include "api/openai/multipartbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace {
QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString filePath(const QString &fileId)
{
    return QStringLiteral("/files/") + encoded(fileId);
}
} // namespace

TogetherClient::TogetherClient(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent)
    : OpenAiCompatibleClient(network, std::move(endpoint), parent)
{
}

ProviderCapabilities TogetherClient::capabilities() const
{
    ProviderCapabilities caps;
    caps.canChat = true;
    caps.canFineTune = true;
    caps.fineTuneMethods = {FineTuneMethod::Supervised, FineTuneMethod::Dpo};
    caps.canManageFiles = true;
    caps.canCancel = true;
    caps.hasCheckpoints = true;
    caps.hasPriceEstimate = true;
    caps.metricsEndpoint = true;
    caps.tunedModelNeedsDeployment = true;
    caps.deploymentNote = tr("A tuned model answers only once it runs on a dedicated endpoint, "
                             "which Together bills by the minute while it is on. Start one on "
                             "Together's website, and stop it when you are done.");
    return caps;
}

QList<HyperparameterSpec> TogetherClient::hyperparameters(const TunableModel &model) const
{
    return TogetherHyperparameters::declare(model);
}

ApiCall *TogetherClient::listTunableModels(ApiDone<QList<TunableModel>> done)
{
    const ApiRequest request =
        ApiRequest::get(service()->url(QStringLiteral("/fine-tunes/models/supported")),
                        tr("list models that can be fine-tuned"));
    return sendForJson(
        request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
            ApiResult<QList<TunableModel>> result{{}, error};
            const QJsonArray models = json.object().value(QLatin1String("models")).toArray();
            for (const QJsonValue &name : models) {
                TunableModel model;
                model.id = name.toString();
                if (!model.id.isEmpty())
                    result.value.append(model);
            }
            done(result);
        });
}

ApiCall *TogetherClient::getTunableModel(const QString &model, ApiDone<TunableModel> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("model_name"), model);
    const ApiRequest request =
        ApiRequest::get(service()->url(QStringLiteral("/fine-tunes/models/limits"), query),
                        tr("read a model's fine-tuning limits"));
    return sendForJson(
        request, [model, done = std::move(done)](const QJsonDocument &json, ApiError error) {
            ApiResult<TunableModel> result;
            result.value.id = model;
            if (error.kind == ApiError::Kind::NotFound) {
                error.kind = ApiError::Kind::ModelNotFound; // Together: not offered for fine-tuning
                error.userMessage = ApiError::messageFor(error.kind);
            }
            result.error = error;
            if (!error)
                result.value.limits = TogetherJson::limits(json.object());
            done(result);
        });
}

QJsonObject TogetherClient::chatBody(const ChatRequest &request, bool stream) const
{
    // Together's chat takes max_tokens and has no stream_options (usage arrives anyway).
    QJsonObject body = OpenAiCompatibleClient::chatBody(request, stream);
    body.remove(QLatin1String("stream_options"));
    return body;
}

QString TogetherClient::jobPath(const QString &jobId, const QString &tail) const
{
    return QStringLiteral("/fine-tunes/") + encoded(jobId) + tail;
}

ApiCall *TogetherClient::uploadFile(const QString &path, ApiDone<RemoteFile> done)
{
    if (!QFileInfo(path).isReadable()) {
        return failLater<RemoteFile>(ApiError::make(ApiError::Kind::LocalFile, QDir::toNativeSeparators(path)),
                                     std::move(done));
    }
    ApiRequest request;
    request.verb = "POST";
    request.url = service()->url(QStringLiteral("/files/upload"));
    request.operation = tr("upload file");
    request.idempotent = false;
    request.totalTimeoutMs = 0;
    request.idleTimeoutMs = 120000;
    request.multipart = [path] {
        const QString name = QFileInfo(path).fileName();
        QHttpMultiPart *body = MultipartBuilder::create();
        MultipartBuilder::addField(body, "purpose", "fine-tune");
        MultipartBuilder::addField(body, "file_name", name.toUtf8());
        MultipartBuilder::addField(body, "file_type", "jsonl");
        MultipartBuilder::addFile(body, "file", name, new QFile(path));
        return body;
    };
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, ApiError error) {
        if (error.kind == ApiError::Kind::InvalidRequest) {
            error.kind = ApiError::Kind::FileRejected;
            error.userMessage = ApiError::messageFor(error.kind);
        }
        done({error ? RemoteFile{} : TogetherJson::file(json.object()), error});
    });
}

ApiCall *TogetherClient::listFiles(ApiDone<QList<RemoteFile>> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(QStringLiteral("/files")), tr("list files"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        ApiResult<QList<RemoteFile>> result{{}, error};
        const QJsonArray data = json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &file : data)
            result.value.append(TogetherJson::file(file.toObject()));
        done(result);
    });
}

ApiCall *TogetherClient::getFile(const QString &fileId, ApiDone<RemoteFile> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(filePath(fileId)), tr("get file"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        done({error ? RemoteFile{} : TogetherJson::file(json.object()), error});
    });
}

ApiCall *TogetherClient::deleteFile(const QString &fileId, ApiDone<bool> done)
{
    const ApiRequest request = ApiRequest::del(service()->url(filePath(fileId)), tr("delete file"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        done({!error && json.object().value(QLatin1String("deleted")).toBool(), error});
    });
}

ApiCall *TogetherClient::downloadFile(const QString &fileId, ApiDone<QByteArray> done)
{
    ApiRequest request = ApiRequest::get(service()->url(filePath(fileId) + QStringLiteral("/content")),
                                         tr("download file"));
    request.totalTimeoutMs = 0;
    return service()->send(request, [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
        done({error ? QByteArray() : response.body, error});
    });
}

ApiCall *TogetherClient::jobRequest(ApiRequest request, ApiDone<Job> done)
{
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        const Job job = error ? Job{} : TogetherJson::job(json.object());
        const bool missingId = !error && job.id.isEmpty();
        done({job, missingId ? ApiError::make(ApiError::Kind::BadResponse) : error});
    });
}

ApiCall *TogetherClient::createJob(const FineTuneRequest &request, ApiDone<Job> done)
{
    if (const ApiError refused = checkFineTuneRequest(request))
        return failLater<Job>(refused, std::move(done));
    if (!TogetherJson::needsLoraRank(request))
        return postJob(request, std::nullopt, std::move(done));
    // A LoRA strength with an automatic size: the size is the model's largest, as Together's
    // own tools choose it, so its limits are read first.
    auto call = new ApiCall(service());
    ApiCall *limits = getTunableModel(request.model, [this, call, request,
                                                      done](const ApiResult<TunableModel> &model) {
        if (!model.ok() || call->isAborted()) {
            finish(call, done, ApiResult<Job>{{}, model.error});
            return;
        }
        const std::optional<int> rank =
            model.value.limits ? model.value.limits->maxLoraRank : std::nullopt;
        if (!rank) {
            ApiError unknown = ApiError::make(ApiError::Kind::InvalidRequest);
            unknown.userMessage = tr("Together did not say how large this model's add-on can be. "
                                     "Choose the add-on size as well, then start again.");
            finish(call, done, ApiResult<Job>{{}, unknown});
            return;
        }
        call->follow(postJob(request, rank,
                             [call, done](const ApiResult<Job> &job) { finish(call, done, job); }));
    });
    call->follow(limits);
    return call;
}

ApiCall *TogetherClient::postJob(const FineTuneRequest &request, std::optional<int> loraRank,
                                 ApiDone<Job> done)
{
    return jobRequest(ApiRequest::postJson(service()->url(QStringLiteral("/fine-tunes")),
                                           TogetherJson::createBody(request, loraRank),
                                           tr("start fine-tune")),
                      std::move(done));
}

ApiCall *TogetherClient::listJobs(ApiDone<QList<Job>> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(QStringLiteral("/fine-tunes")), tr("list fine-tunes"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        ApiResult<QList<Job>> result{{}, error};
        const QJsonArray data = json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &job : data)
            result.value.append(TogetherJson::job(job.toObject()));
        done(result);
    });
}

ApiCall *TogetherClient::getJob(const QString &jobId, ApiDone<Job> done)
{
    return jobRequest(ApiRequest::get(service()->url(jobPath(jobId)), tr("get fine-tune")), std::move(done));
}

ApiCall *TogetherClient::cancelJob(const QString &jobId, ApiDone<Job> done)
{
    return jobRequest(ApiRequest::postEmpty(service()->url(jobPath(jobId, QStringLiteral("/cancel"))),
                                            tr("cancel fine-tune"), true),
                      std::move(done));
}

ApiCall *TogetherClient::listEvents(const QString &jobId, const QString &sinceCursor, ApiDone<EventPage> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(jobPath(jobId, QStringLiteral("/events"))),
                                               tr("read fine-tune events"));
    return sendForJson(request, [sinceCursor, done = std::move(done)](const QJsonDocument &json,
                                                                      const ApiError &error) {
        EventPage page;
        page.cursor = sinceCursor;
        if (error) {
            done({page, error});
            return;
        }
        // Together answers with the whole history: keep what follows the cursor.
        const QList<JobEvent> all = TogetherJson::events(json.object().value(QLatin1String("data")).toArray());
        qsizetype start = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!sinceCursor.isEmpty() && all.at(i).id == sinceCursor)
                start = i + 1;
        }
        page.events = all.mid(start);
        if (!all.isEmpty())
            page.cursor = all.last().id;
        done({page, {}});
    });
}

ApiCall *TogetherClient::listCheckpoints(const QString &jobId, ApiDone<QList<Checkpoint>> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(jobPath(jobId, QStringLiteral("/checkpoints"))),
                                               tr("list checkpoints"));
    return sendForJson(request, [jobId, done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        ApiResult<QList<Checkpoint>> result{{}, error};
        const QJsonArray data = json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &checkpoint : data)
            result.value.append(TogetherJson::checkpoint(checkpoint.toObject(), jobId));
        done(result);
    });
}

ApiCall *TogetherClient::fetchMetrics(const Job &job, ApiDone<QList<MetricPoint>> done)
{
    return listMetrics(job.id, 0, std::move(done));
}

ApiCall *TogetherClient::listMetrics(const QString &jobId, int fromStep,
                                     ApiDone<QList<MetricPoint>> done)
{
    // Together filters with a JSON body on this GET (global_step_from); the answer is filtered
    // again here in case a proxy dropped the body.
    ApiRequest request = ApiRequest::get(service()->url(jobPath(jobId, QStringLiteral("/metrics"))),
                                         tr("read training measurements"));
    if (fromStep > 0) {
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("global_step_from"), fromStep}})
                           .toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    return sendForJson(request, [fromStep, done = std::move(done)](const QJsonDocument &json,
                                                                   const ApiError &error) {
        ApiResult<QList<MetricPoint>> result{{}, error};
        const QList<MetricPoint> points =
            TogetherJson::metricPoints(json.object().value(QLatin1String("metrics")).toArray());
        for (const MetricPoint &point : points) {
            if (point.step >= fromStep)
                result.value.append(point);
        }
        done(result);
    });
}

ApiCall *TogetherClient::estimatePrice(const FineTuneRequest &request, ApiDone<PriceEstimate> done)
{
    // A question, not an order: asking twice costs nothing.
    const ApiRequest http = ApiRequest::postJson(service()->url(QStringLiteral("/fine-tunes/estimate-price")),
                                                 TogetherJson::estimateBody(request), tr("estimate price"), true);
    return sendForJson(http, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        const QJsonObject object = json.object();
        PriceEstimate estimate;
        estimate.totalPrice = object.value(QLatin1String("estimated_total_price")).toDouble();
        estimate.trainTokens = qint64(object.value(QLatin1String("estimated_train_token_count")).toDouble());
        estimate.evalTokens = qint64(object.value(QLatin1String("estimated_eval_token_count")).toDouble());
        estimate.allowedToProceed = object.value(QLatin1String("allowed_to_proceed")).toBool(true);
        done({estimate, error});
    });
}
