#pragma once

#include "api/compatible/openaicompatibleclient.h"

// Together AI: OpenAI-compatible chat, and its own fine-tuning API (/files/upload,
// /fine-tunes...) with its own settings (TogetherHyperparameters). It cannot pause jobs; it
// estimates a job's price before it starts; metrics come from /fine-tunes/{id}/metrics, not
// from events; a tuned model needs a dedicated endpoint before it answers.
class TogetherClient : public OpenAiCompatibleClient
{
    Q_OBJECT

public:
    TogetherClient(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent = nullptr);

    ProviderCapabilities capabilities() const override;
    QList<HyperparameterSpec> hyperparameters(const TunableModel &model = {}) const override;
    ApiCall *listTunableModels(ApiDone<QList<TunableModel>> done) override;
    ApiCall *getTunableModel(const QString &model, ApiDone<TunableModel> done) override;

    ApiCall *uploadFile(const QString &path, ApiDone<RemoteFile> done) override;
    ApiCall *listFiles(ApiDone<QList<RemoteFile>> done) override;
    ApiCall *getFile(const QString &fileId, ApiDone<RemoteFile> done) override;
    ApiCall *deleteFile(const QString &fileId, ApiDone<bool> done) override;
    ApiCall *downloadFile(const QString &fileId, ApiDone<QByteArray> done) override;

    ApiCall *createJob(const FineTuneRequest &request, ApiDone<Job> done) override;
    ApiCall *listJobs(ApiDone<QList<Job>> done) override;
    ApiCall *getJob(const QString &jobId, ApiDone<Job> done) override;
    ApiCall *cancelJob(const QString &jobId, ApiDone<Job> done) override;
    ApiCall *listEvents(const QString &jobId, const QString &sinceCursor, ApiDone<EventPage> done) override;
    ApiCall *listCheckpoints(const QString &jobId, ApiDone<QList<Checkpoint>> done) override;
    ApiCall *fetchMetrics(const Job &job, ApiDone<QList<MetricPoint>> done) override;
    ApiCall *listMetrics(const QString &jobId, int fromStep, ApiDone<QList<MetricPoint>> done) override;
    ApiCall *estimatePrice(const FineTuneRequest &request, ApiDone<PriceEstimate> done) override;

protected:
    QJsonObject chatBody(const ChatRequest &request, bool stream) const override;

private:
    QString jobPath(const QString &jobId, const QString &tail = {}) const;
    ApiCall *jobRequest(ApiRequest request, ApiDone<Job> done);
    ApiCall *postJob(const FineTuneRequest &request, std::optional<int> loraRank, ApiDone<Job> done);
};
