// OpenAiClient's uploads: one multipart POST /files up to 512 MB; above, the Uploads API
// (create, parts of at most 64 MB streamed from disk, complete), cancelled on failure.
#include "openaiclient.h"

#include "filepartdevice.h"
#include "multipartbuilder.h"
#include "openaijson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace {
ApiError unreadable(const QString &path, const QString &reason)
{
    return ApiError::make(ApiError::Kind::LocalFile, QDir::toNativeSeparators(path) + QStringLiteral(": ") + reason);
}

// A refusal of an uploaded file is about the file, whatever status carried it.
ApiError fileError(ApiError error)
{
    if (error.kind == ApiError::Kind::InvalidRequest) {
        error.kind = ApiError::Kind::FileRejected;
        error.userMessage = ApiError::messageFor(error.kind);
    }
    return error;
}

struct LargeUpload
{
    ApiCall *chain = nullptr;
    QString path;
    qint64 size = 0;
    QString uploadId;
    QStringList partIds;
    qint64 sent = 0;
    ApiDone<RemoteFile> done;
};
} // namespace

ApiCall *OpenAiClient::uploadFile(const QString &path, ApiDone<RemoteFile> done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failLater<RemoteFile>(unreadable(path, file.errorString()), std::move(done));
    const qint64 size = file.size();
    file.close();
    if (size > m_options.largeUploadThreshold)
        return uploadLarge(path, size, std::move(done));
    return uploadSmall(path, std::move(done));
}

ApiCall *OpenAiClient::uploadSmall(const QString &path, ApiDone<RemoteFile> done)
{
    ApiRequest request;
    request.verb = "POST";
    request.url = service()->url(QStringLiteral("/files"));
    request.operation = tr("upload file");
    request.idempotent = false; // a second POST would store a second copy
    request.totalTimeoutMs = 0;
    request.idleTimeoutMs = 120000;
    request.multipart = [path] {
        QHttpMultiPart *body = MultipartBuilder::create();
        MultipartBuilder::addField(body, "purpose", "fine-tune");
        MultipartBuilder::addFile(body, "file", QFileInfo(path).fileName(), new QFile(path), "application/jsonl");
        return body;
    };
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        const RemoteFile file = error ? RemoteFile{} : OpenAiJson::file(json.object());
        done({file, fileError(error)});
    });
}

ApiCall *OpenAiClient::uploadLarge(const QString &path, qint64 size, ApiDone<RemoteFile> done)
{
    auto upload = std::make_shared<LargeUpload>();
    upload->chain = new ApiCall(service());
    upload->path = path;
    upload->size = size;
    upload->done = std::move(done);

    auto finishWith = [this, upload](const RemoteFile &file, ApiError error) {
        if (error && !upload->uploadId.isEmpty()) {
            // Best effort: an abandoned upload would otherwise linger for an hour.
            const ApiRequest cancel = ApiRequest::postEmpty(
                service()->url(QStringLiteral("/uploads/") + upload->uploadId + QStringLiteral("/cancel")),
                tr("cancel upload"), true);
            service()->send(cancel, [](const ApiResponse &, const ApiError &) {});
        }
        finish<RemoteFile>(upload->chain, upload->done, {file, fileError(error)});
    };

    auto complete = [this, upload, finishWith] {
        const QJsonObject body{{QStringLiteral("part_ids"), QJsonArray::fromStringList(upload->partIds)}};
        const ApiRequest request = ApiRequest::postJson(
            service()->url(QStringLiteral("/uploads/") + upload->uploadId + QStringLiteral("/complete")), body,
            tr("finish upload"), true);
        upload->chain->follow(sendForJson(request, [finishWith](const QJsonDocument &json, const ApiError &error) {
            const QJsonObject file = json.object().value(QLatin1String("file")).toObject();
            if (!error && file.isEmpty()) {
                finishWith({}, ApiError::make(ApiError::Kind::BadResponse, tr("The finished upload has no file.")));
                return;
            }
            finishWith(OpenAiJson::file(file), error);
        }), false);
    };

    auto sendPart = std::make_shared<std::function<void()>>();
    *sendPart = [this, upload, finishWith, complete, weakSend = std::weak_ptr<std::function<void()>>(sendPart)] {
        const qint64 offset = upload->sent;
        if (offset >= upload->size || upload->chain->isAborted()) {
            if (upload->chain->isAborted())
                finishWith({}, ApiError::make(ApiError::Kind::Cancelled));
            else
                complete();
            return;
        }
        const qint64 length = qMin(m_options.partSize, upload->size - offset);
        ApiRequest request;
        request.verb = "POST";
        request.url = service()->url(QStringLiteral("/uploads/") + upload->uploadId + QStringLiteral("/parts"));
        request.operation = tr("upload part");
        request.idempotent = true; // a repeated part is simply never listed in part_ids
        request.totalTimeoutMs = 0;
        request.idleTimeoutMs = 120000;
        const QString path = upload->path;
        request.multipart = [path, offset, length] {
            QHttpMultiPart *body = MultipartBuilder::create();
            MultipartBuilder::addFile(body, "data", QFileInfo(path).fileName(),
                                      new FilePartDevice(path, offset, length));
            return body;
        };
        ApiCall *step = sendForJson(request, [upload, finishWith, length, weakSend](const QJsonDocument &json,
                                                                                    const ApiError &error) {
            const QString partId = json.object().value(QLatin1String("id")).toString();
            if (error || partId.isEmpty()) {
                finishWith({}, error ? error : ApiError::make(ApiError::Kind::BadResponse));
                return;
            }
            upload->partIds.append(partId);
            upload->sent += length;
            Q_EMIT upload->chain->progress(upload->sent, upload->size);
            if (const auto next = weakSend.lock())
                (*next)();
        });
        connect(step, &ApiCall::progress, upload->chain, [upload, offset](qint64 sent, qint64) {
            Q_EMIT upload->chain->progress(qMin(offset + sent, upload->size), upload->size);
        });
        upload->chain->follow(step, false);
    };

    const QJsonObject body{{QStringLiteral("filename"), QFileInfo(path).fileName()},
                           {QStringLiteral("purpose"), QStringLiteral("fine-tune")},
                           {QStringLiteral("bytes"), size},
                           {QStringLiteral("mime_type"), QStringLiteral("text/jsonl")}};
    const ApiRequest create = ApiRequest::postJson(service()->url(QStringLiteral("/uploads")), body,
                                                   tr("start upload"));
    upload->chain->follow(sendForJson(create, [upload, finishWith, sendPart](const QJsonDocument &json,
                                                                              const ApiError &error) {
        upload->uploadId = json.object().value(QLatin1String("id")).toString();
        if (error || upload->uploadId.isEmpty()) {
            finishWith({}, error ? error : ApiError::make(ApiError::Kind::BadResponse));
            return;
        }
        (*sendPart)();
    }), false);
    // The chain keeps the part sender alive until it ends.
    connect(upload->chain, &QObject::destroyed, upload->chain, [sendPart] {});
    return upload->chain;
}
