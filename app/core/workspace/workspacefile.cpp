#include "workspacefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// What an application id, schema cookie and user_version say, wherever they were read from.
WorkspaceFile::Verdict classify(quint32 applicationId, bool tablesCreated, int schemaVersion,
                                int currentSchemaVersion)
{
    using Verdict = WorkspaceFile::Verdict;
    if (applicationId != WorkspaceFile::ApplicationId)
        return tablesCreated || applicationId != 0 ? Verdict::ForeignDatabase : Verdict::NotSQLite;
    if (schemaVersion > currentSchemaVersion)
        return Verdict::NewerWorkspace;
    if (schemaVersion < currentSchemaVersion)
        return Verdict::OlderWorkspace;
    return Verdict::Workspace;
}

QString applicationIdDetail(quint32 applicationId)
{
    return QStringLiteral("application id 0x%1").arg(applicationId, 8, 16, QLatin1Char('0'));
}

// SQLite's primary result codes for "the file is corrupt" and "this is not a database".
bool isCorruption(const QSqlError &error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

// The database as SQLite sees it, write-ahead log included.
struct SqliteView
{
    bool readable = false;
    quint32 applicationId = 0;
    int schemaCookie = 0;
    int userVersion = 0;
    QSqlError error; // when not readable
};

bool readPragma(QSqlQuery &query, const QString &pragma, qint64 *value)
{
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return false;
    *value = query.value(0).toLongLong();
    return true;
}

SqliteView readHeaderThroughSqlite(const QSqlDatabase &db)
{
    SqliteView view;
    QSqlQuery query(db);
    qint64 applicationId = 0, schemaCookie = 0, userVersion = 0;
    view.readable = readPragma(query, QStringLiteral("application_id"), &applicationId) &&
                    readPragma(query, QStringLiteral("schema_version"), &schemaCookie) &&
                    readPragma(query, QStringLiteral("user_version"), &userVersion);
    if (!view.readable)
        view.error = query.lastError();
    view.applicationId = quint32(applicationId);
    view.schemaCookie = int(schemaCookie);
    view.userVersion = int(userVersion);
    return view;
}

// "ok", or SQLite's first complaint. quick_check reads every page but skips the index
// cross-checks, which keeps it to about the time a plain read of the file takes.
QString quickCheck(const QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
        *error = query.lastError();
        return {};
    }
    return query.value(0).toString();
}

QString uniqueInspectionConnection()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("workspace-inspection-%1").arg(++counter);
}

// Reads the database through SQLite on a read-only connection (which never checkpoints and
// never writes the main file or the log; at most it creates the shared-memory index
// `<path>-shm` that every reader of a WAL database needs), created and removed on this thread.
WorkspaceFile::Inspection inspectThroughSqlite(const QString &path, int currentSchemaVersion)
{
    using Verdict = WorkspaceFile::Verdict;
    WorkspaceFile::Inspection result;
    result.inspectedThroughSqlite = true;
    const QString name = uniqueInspectionConnection();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        SqliteView view;
        if (db.open())
            view = readHeaderThroughSqlite(db);
        else
            view.error = db.lastError();
        if (!view.readable) {
            result.verdict = isCorruption(view.error) ? Verdict::Damaged : Verdict::Unreadable;
            result.detail = QStringLiteral("SQLite: ") + view.error.text();
        } else {
            result.schemaVersion = view.userVersion;
            result.verdict = classify(view.applicationId, view.schemaCookie != 0, view.userVersion,
                                      currentSchemaVersion);
            result.detail = applicationIdDetail(view.applicationId);
        }
        if (result.verdict == Verdict::Workspace || result.verdict == Verdict::OlderWorkspace) {
            QSqlError error;
            const QString check = quickCheck(db, &error);
            if (check != QLatin1String("ok")) {
                result.verdict = check.isEmpty() && !isCorruption(error) ? Verdict::Unreadable
                                                                         : Verdict::Damaged;
                result.detail = QStringLiteral("SQLite quick_check: ") +
                                (check.isEmpty() ? error.text() : check);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

bool WorkspaceFile::hasWriteAheadLog(const QString &path)
{
    const QFileInfo log(path + QStringLiteral("-wal"));
    return log.exists() && log.size() > 0;
}

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
    file.close();
    const bool sqliteHeader =
        header.size() == HeaderSize && header.startsWith(QByteArray(Magic, sizeof Magic));
    // A database still empty in its main file may hold everything in its log.
    if ((sqliteHeader || info.size() == 0) && hasWriteAheadLog(path))
        return inspectThroughSqlite(path, currentSchemaVersion);
    if (!sqliteHeader) {
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
    result.verdict =
        classify(applicationId, hasTables(header), result.schemaVersion, currentSchemaVersion);
    if (applicationId != ApplicationId)
        result.detail = applicationIdDetail(applicationId);
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
    case Verdict::Damaged:
        return tr("“%1” is damaged: some of its contents can no longer be read back "
                  "correctly. Restore it from a backup; the file was not changed.")
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
