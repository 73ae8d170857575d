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

// Keeps a copy of a workspace before a migration rewrites it, so an upgrade can be undone
// by hand if something goes wrong.
bool backUpBeforeMigration(const QString &path, int fromVersion, QString *errorText)
{
    const QString backup = QStringLiteral("%1.v%2.bak").arg(path).arg(fromVersion);
    QFile::remove(backup);
    QFile source(path);
    if (source.copy(backup))
        return true;
    *errorText = source.errorString();
    return false;
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
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
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
    return workspace;
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
