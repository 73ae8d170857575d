#include "filesendpoints.h"

#include "filestore.h"
#include "listpage.h"
#include "multipartform.h"
#include "sandboxexchange.h"

#include <QCryptographicHash>
#include <QSet>

namespace {

const QString invalidRequest = QStringLiteral("invalid_request_error");

bool isKnownPurpose(const QString &purpose)
{
    static const QSet<QString> purposes{QStringLiteral("assistants"), QStringLiteral("batch"),
                                        QStringLiteral("fine-tune"),  QStringLiteral("vision"),
                                        QStringLiteral("user_data"),  QStringLiteral("evals")};
    return purposes.contains(purpose);
}

void missingParameter(SandboxExchange &exchange, const QString &name)
{
    exchange.sendError(400, QStringLiteral("Missing required parameter: '%1'.").arg(name),
                       invalidRequest, name, QStringLiteral("missing_required_parameter"));
}

void noSuchFile(SandboxExchange &exchange, const QString &id)
{
    exchange.sendError(404, QStringLiteral("No such File object: %1").arg(id), invalidRequest,
                       QStringLiteral("id"));
}

void noSuchUpload(SandboxExchange &exchange, const QString &id)
{
    exchange.sendError(404, QStringLiteral("No such Upload object: %1").arg(id), invalidRequest,
                       QStringLiteral("upload_id"));
}

} // namespace

FilesEndpoints::FilesEndpoints(FileStore &files) : m_files(files) {}

bool FilesEndpoints::handle(SandboxExchange &exchange)
{
    const QString collection = exchange.segments().value(1);
    if (collection == QLatin1String("files"))
        return handleFiles(exchange);
    if (collection == QLatin1String("uploads"))
        return handleUploads(exchange);
    return false;
}

bool FilesEndpoints::handleFiles(SandboxExchange &exchange)
{
    const QStringList segments = exchange.segments();
    const QByteArray method = exchange.method();
    if (segments.size() == 2) {
        if (method == "POST")
            createFile(exchange);
        else if (method == "GET")
            listFiles(exchange);
        else
            return false;
        return true;
    }
    const QString id = segments.at(2);
    const FileStore::StoredFile *file = m_files.find(id);
    if (segments.size() == 3 && method == "GET") {
        file ? exchange.sendJson(200, m_files.toJson(*file)) : noSuchFile(exchange, id);
    } else if (segments.size() == 3 && method == "DELETE") {
        if (m_files.remove(id)) {
            exchange.sendJson(200, {{QStringLiteral("id"), id},
                                    {QStringLiteral("object"), QStringLiteral("file")},
                                    {QStringLiteral("deleted"), true}});
        } else {
            noSuchFile(exchange, id);
        }
    } else if (segments.size() == 4 && segments.at(3) == QLatin1String("content") &&
               // The specification declares application/json with a string, which no raw file
               // can satisfy; like OpenAI's servers, send the bytes as they are.
               method == "GET") {
        file ? exchange.sendBytes(200, "application/octet-stream", file->content)
             : noSuchFile(exchange, id);
    } else {
        return false;
    }
    return true;
}

void FilesEndpoints::createFile(SandboxExchange &exchange)
{
    MultipartForm form;
    if (!form.parse(exchange.header("content-type"), exchange.body())) {
        exchange.sendError(400,
                           QStringLiteral("Expected a multipart/form-data body with the fields "
                                          "'file' and 'purpose'."),
                           invalidRequest);
        return;
    }
    if (!form.has(QStringLiteral("file")))
        return missingParameter(exchange, QStringLiteral("file"));
    if (!form.has(QStringLiteral("purpose")))
        return missingParameter(exchange, QStringLiteral("purpose"));
    const QString purpose = QString::fromUtf8(form.field(QStringLiteral("purpose")).value);
    if (!isKnownPurpose(purpose)) {
        exchange.sendError(400, QStringLiteral("'%1' is not a valid purpose.").arg(purpose),
                           invalidRequest, QStringLiteral("purpose"));
        return;
    }
    const MultipartForm::Field file = form.field(QStringLiteral("file"));
    if (file.value.size() > maximumFileBytes) {
        exchange.sendError(413,
                           QStringLiteral("File is too large: files over 512 MB must be sent "
                                          "with the Uploads API."),
                           invalidRequest, QStringLiteral("file"));
        return;
    }
    if (purpose == QLatin1String("fine-tune") &&
        !file.fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive)) {
        exchange.sendError(400,
                           QStringLiteral("Invalid file format for Fine-Tuning API. Must be "
                                          ".jsonl"),
                           invalidRequest, QStringLiteral("file"));
        return;
    }
    const QString id = m_files.add(file.fileName, purpose, file.value);
    exchange.sendJson(200, m_files.toJson(*m_files.find(id)));
}

void FilesEndpoints::listFiles(SandboxExchange &exchange)
{
    const QUrlQuery query = exchange.query();
    int limit = 0;
    if (!ListPage::readLimit(query, 10000, 10000, limit)) {
        exchange.sendError(400, QStringLiteral("Invalid limit: it must be from 1 to 10000."),
                           invalidRequest, QStringLiteral("limit"));
        return;
    }
    const bool ascending = query.queryItemValue(QStringLiteral("order")) == QLatin1String("asc");
    const auto items = m_files.list(query.queryItemValue(QStringLiteral("purpose")), ascending);
    exchange.sendJson(
        200, ListPage::make(items, query.queryItemValue(QStringLiteral("after")), limit, true));
}

bool FilesEndpoints::handleUploads(SandboxExchange &exchange)
{
    const QStringList segments = exchange.segments();
    if (exchange.method() != "POST")
        return false;
    if (segments.size() == 2) {
        createUpload(exchange);
        return true;
    }
    if (segments.size() != 4)
        return false;
    const QString action = segments.at(3);
    if (action == QLatin1String("parts"))
        addPart(exchange);
    else if (action == QLatin1String("complete"))
        completeUpload(exchange);
    else if (action == QLatin1String("cancel"))
        cancelUpload(exchange);
    else
        return false;
    return true;
}

void FilesEndpoints::createUpload(SandboxExchange &exchange)
{
    QJsonObject request;
    if (!exchange.readJsonObject(request))
        return;
    for (const QString &name : {QStringLiteral("filename"), QStringLiteral("purpose"),
                                QStringLiteral("bytes"), QStringLiteral("mime_type")}) {
        if (!request.contains(name))
            return missingParameter(exchange, name);
    }
    const QString purpose = request.value(QStringLiteral("purpose")).toString();
    if (!isKnownPurpose(purpose)) {
        exchange.sendError(400, QStringLiteral("'%1' is not a valid purpose.").arg(purpose),
                           invalidRequest, QStringLiteral("purpose"));
        return;
    }
    const qint64 bytes = request.value(QStringLiteral("bytes")).toInteger(-1);
    if (bytes < 0 || bytes > maximumUploadBytes) {
        exchange.sendError(400, QStringLiteral("An upload can hold from 0 bytes to 8 GB."),
                           invalidRequest, QStringLiteral("bytes"));
        return;
    }
    const FileStore::Upload &upload =
        m_files.createUpload(request.value(QStringLiteral("filename")).toString(), purpose,
                             request.value(QStringLiteral("mime_type")).toString(), bytes);
    exchange.sendJson(200, m_files.toJson(upload));
}

void FilesEndpoints::addPart(SandboxExchange &exchange)
{
    const QString id = exchange.segments().at(2);
    FileStore::Upload *upload = m_files.findUpload(id);
    if (!upload)
        return noSuchUpload(exchange, id);
    if (upload->status != QLatin1String("pending")) {
        exchange.sendError(400,
                           QStringLiteral("Upload %1 is %2: parts can only be added to a pending "
                                          "upload.")
                               .arg(id, upload->status),
                           invalidRequest, QStringLiteral("upload_id"));
        return;
    }
    MultipartForm form;
    if (!form.parse(exchange.header("content-type"), exchange.body()) ||
        !form.has(QStringLiteral("data")))
        return missingParameter(exchange, QStringLiteral("data"));
    const QByteArray data = form.field(QStringLiteral("data")).value;
    if (data.size() > maximumPartBytes) {
        exchange.sendError(400, QStringLiteral("A part can hold at most 64 MB."), invalidRequest,
                           QStringLiteral("data"));
        return;
    }
    const QString partId = m_files.addPart(*upload, data);
    exchange.sendJson(200, m_files.partJson(partId, id));
}

void FilesEndpoints::completeUpload(SandboxExchange &exchange)
{
    const QString id = exchange.segments().at(2);
    FileStore::Upload *upload = m_files.findUpload(id);
    if (!upload)
        return noSuchUpload(exchange, id);
    QJsonObject request;
    if (!exchange.readJsonObject(request))
        return;
    if (upload->status != QLatin1String("pending")) {
        exchange.sendError(
            400, QStringLiteral("Upload %1 is %2 and cannot be completed.").arg(id, upload->status),
            invalidRequest, QStringLiteral("upload_id"));
        return;
    }
    if (!request.value(QStringLiteral("part_ids")).isArray())
        return missingParameter(exchange, QStringLiteral("part_ids"));
    QByteArray content;
    const QJsonArray partIds = request.value(QStringLiteral("part_ids")).toArray();
    for (const QJsonValue &partId : partIds) {
        if (!upload->parts.contains(partId.toString())) {
            exchange.sendError(400, QStringLiteral("Unknown part id: %1").arg(partId.toString()),
                               invalidRequest, QStringLiteral("part_ids"));
            return;
        }
        content += upload->parts.value(partId.toString());
    }
    if (content.size() != upload->bytes) {
        exchange.sendError(400,
                           QStringLiteral("The parts hold %1 bytes, but the upload was created "
                                          "for %2 bytes.")
                               .arg(content.size())
                               .arg(upload->bytes),
                           invalidRequest, QStringLiteral("part_ids"));
        return;
    }
    const QString md5 = request.value(QStringLiteral("md5")).toString();
    if (!md5.isEmpty() &&
        md5.toLatin1() != QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex()) {
        exchange.sendError(400, QStringLiteral("The MD5 checksum does not match the parts."),
                           invalidRequest, QStringLiteral("md5"));
        return;
    }
    upload->fileId = m_files.add(upload->fileName, upload->purpose, content);
    upload->status = QStringLiteral("completed");
    upload->parts.clear();
    exchange.sendJson(200, m_files.toJson(*upload));
}

void FilesEndpoints::cancelUpload(SandboxExchange &exchange)
{
    const QString id = exchange.segments().at(2);
    FileStore::Upload *upload = m_files.findUpload(id);
    if (!upload)
        return noSuchUpload(exchange, id);
    if (upload->status != QLatin1String("pending")) {
        exchange.sendError(
            400, QStringLiteral("Upload %1 is %2 and cannot be cancelled.").arg(id, upload->status),
            invalidRequest, QStringLiteral("upload_id"));
        return;
    }
    upload->status = QStringLiteral("cancelled");
    upload->parts.clear();
    exchange.sendJson(200, m_files.toJson(*upload));
}
