#include "openaiclient.h"

#include "openaichatjson.h"
#include "openaihyperparameters.h"
#include "openaijson.h"
#include "openaitunablemodels.h"

#include "core/jobs/resultmetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {
QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiError badResponse(const QString &details)
{
    return ApiError::make(ApiError::Kind::BadResponse, details);
}
} // namespace

struct OpenAiClient::PageWalk
{
    ApiCall *chain = nullptr;
    QString path;
    QString operation;
    std::function<bool(const QJsonObject &)> onPage;
    std::function<void(const ApiError &)> onEnd;
    int pages = 0;
};

OpenAiClient::OpenAiClient(QNetworkAccessManager *network, ApiEndpoint endpoint, Options options,
                           QObject *parent)
    : OpenAiCompatibleClient(network, std::move(endpoint), parent)
    , m_options(options)
{
}

ProviderCapabilities OpenAiClient::capabilities() const
{
    ProviderCapabilities caps;
    caps.canChat = true;
    caps.canFineTune = true;
    caps.fineTuneMethods = {FineTuneMethod::Supervised, FineTuneMethod::Dpo};
    caps.canManageFiles = true;
    caps.canCancel = true;
    caps.canPause = m_options.flavour != Flavour::Compatible; // not every copy has pause/resume
    caps.hasCheckpoints = true;
    caps.eventsCarryMetrics = true;
    caps.chatUsesDeployments = m_options.flavour == Flavour::Azure;
    caps.tunableModelsEditable = m_options.flavour == Flavour::Compatible;
    if (m_options.flavour == Flavour::Azure) {
        caps.tunedModelNeedsDeployment = true;
        caps.deploymentNote = tr("A tuned model answers only once it is deployed: create a "
                                 "deployment for it in your Azure resource, then chat with the "
                                 "deployment's name.");
    }
    if (m_options.flavour == Flavour::OpenAI) {
        caps.newJobsUntil = QDate(2027, 1, 6);
        const QString date = QLocale().toString(caps.newJobsUntil, QLocale::LongFormat);
        caps.fineTuningNotice =
            QDate::currentDate() <= caps.newJobsUntil
                ? tr("OpenAI accepts new fine-tuning jobs only until %1, and only from "
                     "organisations that already fine-tune. Models you tuned keep answering "
                     "until their base model shuts down.")
                      .arg(date)
                : tr("OpenAI stopped accepting new fine-tuning jobs on %1. Models you tuned keep "
                     "answering until their base model shuts down; to train, choose another "
                     "provider.")
                      .arg(date);
    }
    return caps;
}

QList<HyperparameterSpec> OpenAiClient::hyperparameters(const TunableModel &) const
{
    switch (m_options.flavour) {
    case Flavour::OpenAI:
        return OpenAiHyperparameters::declare(tr("OpenAI"));
    case Flavour::Azure:
        return OpenAiHyperparameters::declare(tr("Azure OpenAI"));
    case Flavour::Sandbox:
        return OpenAiHyperparameters::declare(tr("The Sandbox"));
    case Flavour::Compatible:
        break;
    }
    return OpenAiHyperparameters::declare(tr("The server"));
}

ApiCall *OpenAiClient::listTunableModels(ApiDone<QList<TunableModel>> done)
{
    const Flavour flavour = m_options.flavour;
    const QStringList byHand = m_options.extraTunableModels;
    return listModels(
        [flavour, byHand, done = std::move(done)](const ApiResult<QList<ModelInfo>> &models) {
            ApiResult<QList<TunableModel>> result{{}, models.error};
            if (flavour == Flavour::Compatible) {
                // What the server lists is its business; names typed by hand count even when the
                // listing failed, and the error is still reported.
                result.value = OpenAiTunableModels::listedAndAdded(models.value, byHand);
            } else if (std::any_of(
                           models.value.begin(), models.value.end(),
                           [](const ModelInfo &model) { return model.fineTunable.has_value(); })) {
                result.value = OpenAiTunableModels::markedTunable(models.value);
            } else {
                result.value = OpenAiTunableModels::snapshots(models.value);
            }
            done(result);
        });
}

QJsonObject OpenAiClient::chatBody(const ChatRequest &request, bool stream) const
{
    return OpenAiChatJson::requestBody(request, stream);
}

QString OpenAiClient::jobPath(const QString &jobId, const QString &tail) const
{
    return QStringLiteral("/fine_tuning/jobs/") + encoded(jobId) + tail;
}

ApiCall *OpenAiClient::walkPages(const QString &path, const QString &operation,
                                 std::function<bool(const QJsonObject &)> onPage,
                                 std::function<void(const ApiError &)> onEnd)
{
    auto walk = std::make_shared<PageWalk>();
    walk->chain = new ApiCall(service());
    walk->path = path;
    walk->operation = operation;
    walk->onPage = std::move(onPage);
    walk->onEnd = std::move(onEnd);
    walkNext(walk, {});
    return walk->chain;
}

void OpenAiClient::walkNext(const std::shared_ptr<PageWalk> &walk, const QString &after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    const ApiRequest request = ApiRequest::get(service()->url(walk->path, query), walk->operation);
    ApiCall *step = sendForJson(request, [this, walk](const QJsonDocument &json, const ApiError &error) {
        auto end = [walk](const ApiError &result) {
            QPointer<ApiCall> chain(walk->chain);
            walk->onEnd(walk->chain->isAborted() && !result ? ApiError::make(ApiError::Kind::Cancelled) : result);
            if (chain)
                chain->markFinished();
        };
        if (error) {
            end(error);
            return;
        }
        const QJsonObject page = json.object();
        if (!page.value(QLatin1String("data")).isArray()) {
            end(badResponse(tr("The list of %1 had no \"data\".").arg(walk->operation)));
            return;
        }
        const QJsonArray data = page.value(QLatin1String("data")).toArray();
        const bool wantMore = walk->onPage(page);
        ++walk->pages;
        const bool hasMore = page.value(QLatin1String("has_more")).toBool();
        QString last = page.value(QLatin1String("last_id")).toString();
        if (last.isEmpty() && !data.isEmpty())
            last = data.last().toObject().value(QLatin1String("id")).toString();
        if (wantMore && hasMore && !last.isEmpty() && walk->pages < m_options.maxPages
            && !walk->chain->isAborted()) {
            walkNext(walk, last);
            return;
        }
        end({});
    });
    walk->chain->follow(step);
}

ApiCall *OpenAiClient::listFiles(ApiDone<QList<RemoteFile>> done)
{
    auto files = std::make_shared<QList<RemoteFile>>();
    return walkPages(
        QStringLiteral("/files"), tr("list files"),
        [files](const QJsonObject &page) {
            const QJsonArray data = page.value(QLatin1String("data")).toArray();
            for (const QJsonValue &file : data)
                files->append(OpenAiJson::file(file.toObject()));
            return true;
        },
        [files, done = std::move(done)](const ApiError &error) { done({*files, error}); });
}

ApiCall *OpenAiClient::getFile(const QString &fileId, ApiDone<RemoteFile> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(QStringLiteral("/files/") + encoded(fileId)),
                                               tr("get file"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        done({error ? RemoteFile{} : OpenAiJson::file(json.object()), error});
    });
}

ApiCall *OpenAiClient::deleteFile(const QString &fileId, ApiDone<bool> done)
{
    const ApiRequest request = ApiRequest::del(service()->url(QStringLiteral("/files/") + encoded(fileId)),
                                               tr("delete file"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        done({!error && json.object().value(QLatin1String("deleted")).toBool(), error});
    });
}

ApiCall *OpenAiClient::downloadFile(const QString &fileId, ApiDone<QByteArray> done)
{
    ApiRequest request = ApiRequest::get(
        service()->url(QStringLiteral("/files/") + encoded(fileId) + QStringLiteral("/content")),
        tr("download file"));
    request.totalTimeoutMs = 0; // large files take their time; the idle timeout still applies
    return service()->send(request, [done = std::move(done)](const ApiResponse &response, const ApiError &error) {
        done({error ? QByteArray() : response.body, error});
    });
}

ApiError OpenAiClient::createJobError(ApiError error) const
{
    if (m_options.flavour != Flavour::OpenAI)
        return error;
    // OpenAI is winding fine-tuning down: organisations that never fine-tuned are refused.
    static const QRegularExpression closed(
        QStringLiteral("fine.?tun.*(not (available|allowed|permitted|enabled|eligible)|no longer|"
                       "disabled|unavailable|does not have access|deprecat|discontinu|wind)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool refused = error.kind == ApiError::Kind::PermissionDenied
                         || (error.kind == ApiError::Kind::InvalidRequest && closed.match(error.details).hasMatch());
    if (refused) {
        error.kind = ApiError::Kind::FineTuningClosed;
        error.userMessage = ApiError::messageFor(error.kind);
    }
    return error;
}

ApiCall *OpenAiClient::createJob(const FineTuneRequest &request, ApiDone<Job> done)
{
    if (const ApiError refused = checkFineTuneRequest(request))
        return failLater<Job>(refused, std::move(done));
    const ApiRequest http = ApiRequest::postJson(service()->url(QStringLiteral("/fine_tuning/jobs")),
                                                 OpenAiJson::createBody(request), tr("start fine-tune"));
    return sendForJson(http, [this, done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        if (error) {
            done({Job{}, createJobError(error)});
            return;
        }
        const Job job = OpenAiJson::job(json.object());
        done({job, job.id.isEmpty() ? badResponse(tr("The new job has no id.")) : ApiError{}});
    });
}

ApiCall *OpenAiClient::listJobs(ApiDone<QList<Job>> done)
{
    auto jobs = std::make_shared<QList<Job>>();
    return walkPages(
        QStringLiteral("/fine_tuning/jobs"), tr("list fine-tunes"),
        [jobs](const QJsonObject &page) {
            const QJsonArray data = page.value(QLatin1String("data")).toArray();
            for (const QJsonValue &job : data)
                jobs->append(OpenAiJson::job(job.toObject()));
            return true;
        },
        [jobs, done = std::move(done)](const ApiError &error) { done({*jobs, error}); });
}

ApiCall *OpenAiClient::getJob(const QString &jobId, ApiDone<Job> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(jobPath(jobId)), tr("get fine-tune"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        done({error ? Job{} : OpenAiJson::job(json.object()), error});
    });
}

ApiCall *OpenAiClient::jobAction(const QString &jobId, const QString &action, const QString &operation,
                                 ApiDone<Job> done)
{
    // Cancelling, pausing or resuming twice leaves the job as once: safe to resend.
    const ApiRequest request = ApiRequest::postEmpty(service()->url(jobPath(jobId, QLatin1Char('/') + action)),
                                                     operation, true);
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        done({error ? Job{} : OpenAiJson::job(json.object()), error});
    });
}

ApiCall *OpenAiClient::cancelJob(const QString &jobId, ApiDone<Job> done)
{
    return jobAction(jobId, QStringLiteral("cancel"), tr("cancel fine-tune"), std::move(done));
}

ApiCall *OpenAiClient::pauseJob(const QString &jobId, ApiDone<Job> done)
{
    return jobAction(jobId, QStringLiteral("pause"), tr("pause fine-tune"), std::move(done));
}

ApiCall *OpenAiClient::resumeJob(const QString &jobId, ApiDone<Job> done)
{
    return jobAction(jobId, QStringLiteral("resume"), tr("resume fine-tune"), std::move(done));
}

ApiCall *OpenAiClient::listEvents(const QString &jobId, const QString &sinceCursor, ApiDone<EventPage> done)
{
    // Events come newest first: read pages until the last event seen before, then turn the
    // new ones around so the caller gets them in the order they happened.
    auto newest = std::make_shared<QList<JobEvent>>();
    return walkPages(
        jobPath(jobId, QStringLiteral("/events")), tr("read fine-tune events"),
        [newest, sinceCursor](const QJsonObject &page) {
            const QJsonArray data = page.value(QLatin1String("data")).toArray();
            for (const QJsonValue &value : data) {
                const JobEvent event = OpenAiJson::event(value.toObject());
                if (!sinceCursor.isEmpty() && event.id == sinceCursor)
                    return false;
                newest->append(event);
            }
            return true;
        },
        [newest, sinceCursor, done = std::move(done)](const ApiError &error) {
            EventPage page;
            page.cursor = newest->isEmpty() ? sinceCursor : newest->first().id;
            page.events = *newest;
            std::reverse(page.events.begin(), page.events.end());
            if (error)
                page.cursor = sinceCursor; // nothing is consumed by a failed poll
            done({page, error});
        });
}

ApiCall *OpenAiClient::listCheckpoints(const QString &jobId, ApiDone<QList<Checkpoint>> done)
{
    auto checkpoints = std::make_shared<QList<Checkpoint>>();
    return walkPages(
        jobPath(jobId, QStringLiteral("/checkpoints")), tr("list checkpoints"),
        [checkpoints](const QJsonObject &page) {
            const QJsonArray data = page.value(QLatin1String("data")).toArray();
            for (const QJsonValue &checkpoint : data)
                checkpoints->append(OpenAiJson::checkpoint(checkpoint.toObject()));
            return true;
        },
        [checkpoints, done = std::move(done)](const ApiError &error) {
            QList<Checkpoint> sorted = *checkpoints;
            std::sort(sorted.begin(), sorted.end(),
                      [](const Checkpoint &a, const Checkpoint &b) { return a.stepNumber < b.stepNumber; });
            done({sorted, error});
        });
}

ApiCall *OpenAiClient::fetchMetrics(const Job &job, ApiDone<QList<MetricPoint>> done)
{
    if (job.resultFiles.isEmpty())
        return completeLater([done = std::move(done)] { done({}); });
    return downloadFile(job.resultFiles.first(), [done = std::move(done)](const ApiResult<QByteArray> &file) {
        if (!file.ok()) {
            done({{}, file.error});
            return;
        }
        const ResultMetrics::Parsed parsed = ResultMetrics::parse(file.value);
        done({parsed.points, parsed.error.isEmpty() ? ApiError{} : badResponse(parsed.error)});
    });
}
