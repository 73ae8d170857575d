#include "workspace.h"

#include "workspaceschema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QString uniqueConnectionName(const char *prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++counter);
}

QSqlDatabase addConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    return db;
}

bool copyReplacing(const QString &from, const QString &to, QString *errorText)
{
    QFile::remove(to);
    QFile source(from);
    if (source.copy(to))
        return true;
    *errorText = source.errorString();
    return false;
}

// Keeps a copy of a workspace before a migration rewrites it, so an upgrade can be undone
// by hand if something goes wrong. Its write-ahead log, when there is one, is part of the
// database and is copied beside the copy (SQLite reads `<backup>-wal` with it).
bool backUpBeforeMigration(const QString &path, int fromVersion, QString *errorText)
{
    const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(fromVersion);
    const QString log = QStringLiteral("-wal");
    QFile::remove(backup + log);
    return copyReplacing(path, backup, errorText) &&
           (!WorkspaceFile::hasWriteAheadLog(path) ||
            copyReplacing(path + log, backup + log, errorText));
}

} // namespace

Workspace::Workspace(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Folds the write-ahead log back so the single file can be copied or mailed.
            checkpoint(db, Checkpoint::Truncate);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, OpenMode mode, Error *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int current = WorkspaceSchema::currentVersion();
    const WorkspaceFile::Inspection inspection = WorkspaceFile::inspect(absolute, current);
    using Verdict = WorkspaceFile::Verdict;
    const bool creatable = inspection.verdict == Verdict::Missing && mode == OpenMode::CreateIfMissing;
    if (inspection.verdict != Verdict::Workspace && inspection.verdict != Verdict::OlderWorkspace
        && !creatable) {
        *error = {inspection.verdict, WorkspaceFile::explain(absolute, inspection), inspection.detail};
        return nullptr;
    }
    if (creatable)
        QDir().mkpath(QFileInfo(absolute).absolutePath());
    QString detail;
    if (inspection.verdict == Verdict::OlderWorkspace
        && !backUpBeforeMigration(absolute, inspection.schemaVersion, &detail)) {
        *error = {inspection.verdict,
                  tr("Ajuste must update the workspace “%1” to a newer format, but could not "
                     "make a backup copy next to it first. Check that the folder is writable.")
                      .arg(QDir::toNativeSeparators(absolute)),
                  detail};
        return nullptr;
    }

    const QString name = uniqueConnectionName("workspace");
    std::unique_ptr<Workspace> workspace(new Workspace(absolute, name));
    QSqlDatabase db = addConnection(absolute, name);
    if (!db.open() || !configure(db, &detail)
        || !WorkspaceSchema::migrate(db, inspection.schemaVersion, &detail)) {
        if (detail.isEmpty())
            detail = db.lastError().text();
        *error = {Verdict::Unreadable,
                  tr("Ajuste could not open the workspace “%1”. Check that the disk is not full "
                     "and that you may write to this folder.")
                      .arg(QDir::toNativeSeparators(absolute)),
                  detail};
        return nullptr;
    }
    // The schema (with the application id and version that tell a workspace) goes into the
    // main file now: until a checkpoint it lives only in the log, and a crash would leave a
    // main file that looks like an empty database. A new file has no other reader yet.
    if (inspection.schemaVersion < current)
        checkpoint(db, creatable ? Checkpoint::Truncate : Checkpoint::Passive);
    return workspace;
}

bool Workspace::checkpoint(const QSqlDatabase &db, Checkpoint mode)
{
    QSqlQuery query(db);
    return query.exec(mode == Checkpoint::Truncate
                          ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                          : QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

bool Workspace::configure(QSqlDatabase &db, QString *errorText)
{
    QSqlQuery query(db);
    // Larger pages make bulk imports cheaper; SQLite ignores this for existing files.
    for (const char *pragma : {"PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                               "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *errorText = query.lastError().text();
            return false;
        }
    }
    // A test hook: with AJUSTE_TESTING=1, AJUSTE_TEST_MAX_PAGE_COUNT=N caps every connection
    // of this process at N pages, and SQLite answers writes past it as a full disk does
    // (SQLITE_FULL). The crash-safety tests fill a "disk" that way; nothing else sets it.
    const int maxPages = qEnvironmentVariableIntValue("AJUSTE_TEST_MAX_PAGE_COUNT");
    if (maxPages > 0 && qEnvironmentVariableIntValue("AJUSTE_TESTING") == 1)
        query.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(maxPages));
    return true;
}

QString Workspace::displayName() const
{
    // The workspaces Ajuste creates by itself get friendly, translated names.
    const QFileInfo file(m_path);
    if (file == QFileInfo(defaultPath()))
        return tr("My workspace");
    if (file == QFileInfo(samplePath()))
        return tr("Sample workspace");
    return file.completeBaseName();
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/Workspace.") + fileSuffix();
}

QString Workspace::samplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/Sample.") + fileSuffix();
}

Workspace::WorkerConnection::WorkerConnection(const QString &path)
    : m_name(uniqueConnectionName("worker"))
{
    QSqlDatabase db = addConnection(path, m_name);
    if (!db.open() || !configure(db, &m_error)) {
        if (m_error.isEmpty())
            m_error = db.lastError().text();
    }
}

Workspace::WorkerConnection::~WorkerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool Workspace::WorkerConnection::isOpen() const
{
    return m_error.isEmpty() && database().isOpen();
}

QSqlDatabase Workspace::WorkerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}
