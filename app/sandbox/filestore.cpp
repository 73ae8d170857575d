#include "filestore.h"

#include <QDateTime>

FileStore::FileStore(IdGenerator &ids) : m_ids(ids) {}

qint64 FileStore::now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString FileStore::add(const QString &fileName, const QString &purpose, const QByteArray &content)
{
    StoredFile file{m_ids.next(QStringLiteral("file-")), fileName, purpose, content, now()};
    m_files.append(file);
    return file.id;
}

const FileStore::StoredFile *FileStore::find(const QString &id) const
{
    for (const StoredFile &file : m_files) {
        if (file.id == id)
            return &file;
    }
    return nullptr;
}

bool FileStore::remove(const QString &id)
{
    return m_files.removeIf([&id](const StoredFile &file) { return file.id == id; }) > 0;
}

QList<QJsonObject> FileStore::list(const QString &purpose, bool ascending) const
{
    QList<QJsonObject> items;
    for (const StoredFile &file : m_files) {
        if (purpose.isEmpty() || file.purpose == purpose)
            items.append(toJson(file));
    }
    if (!ascending)
        std::reverse(items.begin(), items.end());
    return items;
}

QJsonObject FileStore::toJson(const StoredFile &file) const
{
    return {{QStringLiteral("id"), file.id},
            {QStringLiteral("object"), QStringLiteral("file")},
            {QStringLiteral("bytes"), qint64(file.content.size())},
            {QStringLiteral("created_at"), file.createdAt},
            {QStringLiteral("filename"), file.fileName},
            {QStringLiteral("purpose"), file.purpose},
            {QStringLiteral("status"), QStringLiteral("processed")}};
}

FileStore::Upload &FileStore::createUpload(const QString &fileName, const QString &purpose,
                                           const QString &mimeType, qint64 bytes)
{
    Upload upload;
    upload.id = m_ids.next(QStringLiteral("upload_"));
    upload.fileName = fileName;
    upload.purpose = purpose;
    upload.mimeType = mimeType;
    upload.bytes = bytes;
    upload.createdAt = now();
    upload.expiresAt = upload.createdAt + 3600; // OpenAI: an upload expires after an hour
    upload.status = QStringLiteral("pending");
    return *m_uploads.insert(upload.id, upload);
}

FileStore::Upload *FileStore::findUpload(const QString &id)
{
    auto it = m_uploads.find(id);
    if (it == m_uploads.end())
        return nullptr;
    if (it->status == QLatin1String("pending") && now() > it->expiresAt)
        it->status = QStringLiteral("expired");
    return &*it;
}

QString FileStore::addPart(Upload &upload, const QByteArray &data)
{
    const QString partId = m_ids.next(QStringLiteral("part_"));
    upload.parts.insert(partId, data);
    m_partCreatedAt.insert(partId, now());
    return partId;
}

QJsonObject FileStore::toJson(const Upload &upload) const
{
    QJsonObject object{{QStringLiteral("id"), upload.id},
                       {QStringLiteral("object"), QStringLiteral("upload")},
                       {QStringLiteral("bytes"), upload.bytes},
                       {QStringLiteral("created_at"), upload.createdAt},
                       {QStringLiteral("filename"), upload.fileName},
                       {QStringLiteral("purpose"), upload.purpose},
                       {QStringLiteral("status"), upload.status},
                       {QStringLiteral("expires_at"), upload.expiresAt}};
    const StoredFile *file = upload.fileId.isEmpty() ? nullptr : find(upload.fileId);
    object.insert(QStringLiteral("file"), file ? QJsonValue(toJson(*file)) : QJsonValue());
    return object;
}

QJsonObject FileStore::partJson(const QString &partId, const QString &uploadId) const
{
    return {{QStringLiteral("id"), partId},
            {QStringLiteral("object"), QStringLiteral("upload.part")},
            {QStringLiteral("created_at"), m_partCreatedAt.value(partId)},
            {QStringLiteral("upload_id"), uploadId}};
}
