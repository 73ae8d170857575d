#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace {

constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3"; // followed by a NUL byte

quint32 readBigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

quint16 readBigEndian16(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint16>(header.constData() + offset);
}

qint64 pageSizeOf(const QByteArray &header)
{
    const quint16 raw = readBigEndian16(header, 16);
    return raw == 1 ? 65536 : raw; // the format stores 65536 as 1
}

bool hasTables(const QByteArray &header)
{
    // A database whose schema cookie is still 0 has never had a table created in it.
    return readBigEndian32(header, 40) != 0;
}

} // namespace

WorkspaceFile::Inspection WorkspaceFile::inspect(const QString &path, int currentSchemaVersion)
{
    Inspection result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.verdict = Verdict::Missing;
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.verdict = Verdict::Unreadable;
        result.detail = file.errorString();
        return result;
    }
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArray(Magic, sizeof Magic))) {
        result.verdict = Verdict::NotSQLite;
        result.detail = QStringLiteral("%1 bytes, no SQLite header").arg(info.size());
        return result;
    }
    const qint64 pageSize = pageSizeOf(header);
    const quint32 pageCount = readBigEndian32(header, 28);
    const bool pageCountValid = readBigEndian32(header, 92) == readBigEndian32(header, 24);
    if (pageSize < 512 || info.size() % pageSize != 0
        || (pageCountValid && info.size() < pageCount * pageSize)) {
        result.verdict = Verdict::Truncated;
        result.detail = QStringLiteral("file has %1 bytes, header promises %2 pages of %3 bytes")
                            .arg(info.size())
                            .arg(pageCount)
                            .arg(pageSize);
        return result;
    }
    const quint32 applicationId = readBigEndian32(header, 68);
    result.schemaVersion = int(readBigEndian32(header, 60));
    if (applicationId != ApplicationId) {
        result.verdict = hasTables(header) || applicationId != 0 ? Verdict::ForeignDatabase
                                                                 : Verdict::NotSQLite;
        result.detail = QStringLiteral("application id 0x%1").arg(applicationId, 8, 16, QLatin1Char('0'));
        return result;
    }
    if (result.schemaVersion > currentSchemaVersion)
        result.verdict = Verdict::NewerWorkspace;
    else if (result.schemaVersion < currentSchemaVersion)
        result.verdict = Verdict::OlderWorkspace;
    else
        result.verdict = Verdict::Workspace;
    return result;
}

QString WorkspaceFile::explain(const QString &path, const Inspection &inspection)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (inspection.verdict) {
    case Verdict::Missing:
        return tr("The workspace “%1” does not exist. It may have been moved or deleted; "
                  "choose File ▸ Open Workspace to find it.").arg(name);
    case Verdict::Workspace:
    case Verdict::OlderWorkspace:
        return {};
    case Verdict::NewerWorkspace:
        return tr("“%1” was saved by a newer version of Ajuste (workspace format %2). "
                  "Update Ajuste to open it; the file was not changed.")
            .arg(name)
            .arg(inspection.schemaVersion);
    case Verdict::NotSQLite:
        return tr("“%1” is not an Ajuste workspace. To bring examples from a file such as "
                  "JSONL or CSV into Ajuste, use File ▸ Import instead. The file was not changed.")
            .arg(name);
    case Verdict::Truncated:
        return tr("“%1” is damaged: part of the file is missing, as if a copy or download "
                  "stopped early. Restore it from a backup; the file was not changed.")
            .arg(name);
    case Verdict::ForeignDatabase:
        return tr("“%1” is a database of another program, not an Ajuste workspace. "
                  "The file was not changed.")
            .arg(name);
    case Verdict::Unreadable:
        return tr("Ajuste cannot read “%1”. Check that you have permission to open it.")
            .arg(name);
    }
    return {};
}
