#pragma once

#include "idgenerator.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Files and resumable uploads kept in memory, shaped like OpenAI's objects. Knows nothing of
// HTTP; the endpoints turn its answers into responses.
class FileStore
{
public:
    struct StoredFile
    {
        QString id;
        QString fileName;
        QString purpose;
        QByteArray content;
        qint64 createdAt = 0;
    };

    struct Upload
    {
        QString id;
        QString fileName;
        QString purpose;
        QString mimeType;
        qint64 bytes = 0;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        QString status; // pending, completed, cancelled, expired
        QHash<QString, QByteArray> parts;
        QString fileId;
    };

    explicit FileStore(IdGenerator &ids);

    QString add(const QString &fileName, const QString &purpose, const QByteArray &content);
    const StoredFile *find(const QString &id) const;
    bool remove(const QString &id);
    // Newest first, or oldest first when ascending; optionally only one purpose.
    QList<QJsonObject> list(const QString &purpose, bool ascending) const;
    QJsonObject toJson(const StoredFile &file) const;

    Upload &createUpload(const QString &fileName, const QString &purpose, const QString &mimeType,
                         qint64 bytes);
    Upload *findUpload(const QString &id);
    QString addPart(Upload &upload, const QByteArray &data);
    QJsonObject toJson(const Upload &upload) const;
    QJsonObject partJson(const QString &partId, const QString &uploadId) const;

    static qint64 now();

    QList<StoredFile> files() const { return m_files; }
    void restore(const StoredFile &file) { m_files.append(file); }

private:
    IdGenerator &m_ids;
    QList<StoredFile> m_files; // in creation order
    QHash<QString, Upload> m_uploads;
    QHash<QString, qint64> m_partCreatedAt;
};
