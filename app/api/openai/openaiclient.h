#pragma once

#include "api/compatible/openaicompatibleclient.h"

#include <QUrlQuery>

#include <memory>

// OpenAI's API: files (and the Uploads API for files over 512 MB), fine-tuning jobs, events,
// checkpoints, models and chat. Azure OpenAI, the Sandbox and OpenAI-compatible services with
// OpenAI's fine-tuning API (Nebius, Azure-style) use this client with another flavour (Azure:
// `api-key` header and deployments; Sandbox: no key, on loopback; Compatible: fine-tunes what
// the server lists plus names added by hand).
class OpenAiClient : public OpenAiCompatibleClient
{
    Q_OBJECT

public:
    enum class Flavour { OpenAI, Azure, Sandbox, Compatible };

    struct Options
    {
        Flavour flavour = Flavour::OpenAI;
        qint64 largeUploadThreshold = 512LL * 1024 * 1024; // above: Uploads API in parts
        qint64 partSize = 64LL * 1024 * 1024;              // at most 64 MB per part
        int pageSize = 100;
        int maxPages = 100; // a list longer than this many pages is cut, not looped forever
        QStringList extraTunableModels; // Compatible: model names the user added by hand
    };

    OpenAiClient(QNetworkAccessManager *network, ApiEndpoint endpoint, Options options,
                 QObject *parent = nullptr);

    ProviderCapabilities capabilities() const override;
    QList<HyperparameterSpec> hyperparameters(const TunableModel &model = {}) const override;
    ApiCall *listTunableModels(ApiDone<QList<TunableModel>> done) override;

    ApiCall *uploadFile(const QString &path, ApiDone<RemoteFile> done) override;
    ApiCall *listFiles(ApiDone<QList<RemoteFile>> done) override;
    ApiCall *getFile(const QString &fileId, ApiDone<RemoteFile> done) override;
    ApiCall *deleteFile(const QString &fileId, ApiDone<bool> done) override;
    ApiCall *downloadFile(const QString &fileId, ApiDone<QByteArray> done) override;

    ApiCall *createJob(const FineTuneRequest &request, ApiDone<Job> done) override;
    ApiCall *listJobs(ApiDone<QList<Job>> done) override;
    ApiCall *getJob(const QString &jobId, ApiDone<Job> done) override;
    ApiCall *cancelJob(const QString &jobId, ApiDone<Job> done) override;
    ApiCall *pauseJob(const QString &jobId, ApiDone<Job> done) override;
    ApiCall *resumeJob(const QString &jobId, ApiDone<Job> done) override;
    ApiCall *listEvents(const QString &jobId, const QString &sinceCursor, ApiDone<EventPage> done) override;
    ApiCall *listCheckpoints(const QString &jobId, ApiDone<QList<Checkpoint>> done) override;
    ApiCall *fetchMetrics(const Job &job, ApiDone<QList<MetricPoint>> done) override;

    const Options &options() const { return m_options; }

protected:
    QJsonObject chatBody(const ChatRequest &request, bool stream) const override;

private:
    struct PageWalk;
    // Walks a cursor-paginated list (after/limit/has_more); onPage returns false to stop early.
    ApiCall *walkPages(const QString &path, const QString &operation,
                       std::function<bool(const QJsonObject &page)> onPage,
                       std::function<void(const ApiError &error)> onEnd);
    void walkNext(const std::shared_ptr<PageWalk> &walk, const QString &after);

    ApiCall *jobAction(const QString &jobId, const QString &action, const QString &operation,
                       ApiDone<Job> done);
    ApiCall *uploadSmall(const QString &path, ApiDone<RemoteFile> done);
    ApiCall *uploadLarge(const QString &path, qint64 size, ApiDone<RemoteFile> done);
    QString jobPath(const QString &jobId, const QString &tail = {}) const;
    ApiError createJobError(ApiError error) const;

    Options m_options;
};
