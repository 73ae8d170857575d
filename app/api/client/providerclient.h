#pragma once

#include "apicall.h"
#include "apiresult.h"
#include "apiservice.h"
#include "providercapabilities.h"

#include "core/jobs/chatrequest.h"
#include "core/jobs/chatresult.h"
#include "core/jobs/checkpoint.h"
#include "core/jobs/finetunerequest.h"
#include "core/jobs/hyperparameterspec.h"
#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"
#include "core/jobs/modelinfo.h"
#include "core/jobs/remotefile.h"
#include "core/jobs/tunablemodel.h"

#include <QJsonDocument>
#include <QObject>

class QNetworkAccessManager;
class RequestLog;

// Events that are new since the previous poll, oldest first, and the cursor for the next.
struct EventPage
{
    QList<JobEvent> events;
    QString cursor; // pass back as `sinceCursor`; empty before the first poll
};

struct PriceEstimate
{
    double totalPrice = 0;
    qint64 trainTokens = 0;
    qint64 evalTokens = 0;
    bool allowedToProceed = true;
};

struct ChatStreamHandlers
{
    std::function<void(const QString &text)> onText;               // each new piece of text
    std::function<void(const QList<ChatToolCall> &calls)> onToolCalls; // calls so far
    ApiDone<ChatResult> done; // once; a cut stream keeps the partial answer with StreamCut
};

// One provider, as the rest of Ajuste sees it. Every operation is asynchronous, returns an
// abortable ApiCall and calls back once (never synchronously). What a provider cannot do
// answers with Kind::Unsupported; capabilities() says so up front.
class ProviderClient : public QObject
{
    Q_OBJECT

public:
    ProviderClient(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent = nullptr);

    virtual ProviderCapabilities capabilities() const = 0;
    // The training settings this provider really takes (the launch form is built from them),
    // narrowed by `model`'s limits where the provider gave them (getTunableModel). Empty when
    // the provider cannot fine-tune.
    virtual QList<HyperparameterSpec> hyperparameters(const TunableModel &model = {}) const;

    // The name people gave this provider ("Together", "OpenAI da empresa"), for messages.
    QString providerName() const { return m_providerName; }
    void setProviderName(const QString &name) { m_providerName = name; }

    virtual ApiCall *listModels(ApiDone<QList<ModelInfo>> done) = 0;
    // The base models this provider can fine-tune, with their shutdown dates where announced
    // (OpenAI: its fine-tunable snapshots that GET /models lists; Together: its fine-tuning
    // list; an OpenAI-compatible server: what it lists, plus names added by hand).
    virtual ApiCall *listTunableModels(ApiDone<QList<TunableModel>> done);
    // One base model with its limits where the provider tells them (Together); elsewhere the
    // entry listTunableModels gives. Pass the answer to hyperparameters() for narrower ranges.
    virtual ApiCall *getTunableModel(const QString &model, ApiDone<TunableModel> done);

    // Uploads a training file (JSONL); the call's progress() reports bytes sent.
    virtual ApiCall *uploadFile(const QString &path, ApiDone<RemoteFile> done);
    virtual ApiCall *listFiles(ApiDone<QList<RemoteFile>> done);
    virtual ApiCall *getFile(const QString &fileId, ApiDone<RemoteFile> done);
    virtual ApiCall *deleteFile(const QString &fileId, ApiDone<bool> done);
    // The file's bytes as stored (see ResultMetrics::decodeIfBase64 for result files).
    virtual ApiCall *downloadFile(const QString &fileId, ApiDone<QByteArray> done);

    virtual ApiCall *createJob(const FineTuneRequest &request, ApiDone<Job> done);
    virtual ApiCall *listJobs(ApiDone<QList<Job>> done); // every page
    virtual ApiCall *getJob(const QString &jobId, ApiDone<Job> done);
    virtual ApiCall *cancelJob(const QString &jobId, ApiDone<Job> done);
    virtual ApiCall *pauseJob(const QString &jobId, ApiDone<Job> done);
    virtual ApiCall *resumeJob(const QString &jobId, ApiDone<Job> done);
    virtual ApiCall *listEvents(const QString &jobId, const QString &sinceCursor, ApiDone<EventPage> done);
    virtual ApiCall *listCheckpoints(const QString &jobId, ApiDone<QList<Checkpoint>> done);
    // The measurements of a job from its results (OpenAI: the result CSV; Together: all steps).
    virtual ApiCall *fetchMetrics(const Job &job, ApiDone<QList<MetricPoint>> done);
    // While a job runs, where events do not carry metrics (capabilities().metricsEndpoint):
    // the measurements of step `fromStep` and later, oldest first (JobPoller asks for the
    // last step it saw again, since a step's evaluation may arrive after its training loss).
    virtual ApiCall *listMetrics(const QString &jobId, int fromStep, ApiDone<QList<MetricPoint>> done);
    virtual ApiCall *estimatePrice(const FineTuneRequest &request, ApiDone<PriceEstimate> done);

    virtual ApiCall *chat(const ChatRequest &request, ApiDone<ChatResult> done);
    virtual ApiCall *chatStream(const ChatRequest &request, ChatStreamHandlers handlers);

    ApiService *service() const { return m_service; }
    void setRequestLog(RequestLog *log) { m_service->setRequestLog(log); }
    void setRetryPolicy(const RetryPolicy &policy) { m_service->setRetryPolicy(policy); }

protected:
    using JsonHandler = std::function<void(const QJsonDocument &json, const ApiError &error)>;
    // Sends and parses the JSON answer; a 2xx that is not JSON becomes Kind::BadResponse.
    ApiCall *sendForJson(ApiRequest request, JsonHandler handler);

    // An ApiCall that reports `error` on the next turn of the event loop.
    template<typename T>
    ApiCall *failLater(ApiError error, ApiDone<T> done)
    {
        return completeLater([error, done = std::move(done)] { done(ApiResult<T>{T{}, error}); });
    }
    template<typename T>
    ApiCall *unsupported(ApiDone<T> done)
    {
        return failLater<T>(ApiError::make(ApiError::Kind::Unsupported), std::move(done));
    }
    ApiCall *completeLater(std::function<void()> report);
    // Kind::InvalidRequest, before anything is sent, when `request` asks for a kind of training
    // this provider does not offer or a setting outside its declaration (unknown key, wrong
    // method, out of range); None when it may be sent.
    ApiError checkFineTuneRequest(const FineTuneRequest &request, const TunableModel &model = {}) const;

    // Runs `done` then ends `call` (the pattern for chained operations).
    template<typename T>
    static void finish(ApiCall *call, const ApiDone<T> &done, ApiResult<T> result)
    {
        QPointer<ApiCall> guard(call);
        if (call->isAborted() && !result.error)
            result.error = ApiError::make(ApiError::Kind::Cancelled);
        done(result);
        if (guard)
            guard->markFinished();
    }

private:
    ApiService *m_service;
    QString m_providerName;
};
