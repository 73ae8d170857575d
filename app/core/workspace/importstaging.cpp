#include "importstaging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString lockPrefix(const QString &workspacePath)
{
    return QFileInfo(workspacePath).fileName() + QStringLiteral(".import-");
}

QString lockSuffix()
{
    return QStringLiteral(".lock");
}

// A lock whose age alone never makes it stale: an import may run for many minutes. Only an
// owner that no longer runs (or a restart of the computer) does.
std::unique_ptr<QLockFile> lockFor(const QString &workspacePath, qint64 stagingId)
{
    auto lock = std::make_unique<QLockFile>(ImportStaging::lockPath(workspacePath, stagingId));
    lock->setStaleLockTime(0);
    return lock;
}

// Staging dataset id -> when a batch last touched it.
QHash<qint64, qint64> stagingRows(const QSqlDatabase &db)
{
    QHash<qint64, qint64> rows;
    QSqlQuery query(db);
    if (query.exec(
            QStringLiteral("SELECT id, updated_at FROM datasets WHERE state = 'importing'"))) {
        while (query.next())
            rows.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return rows;
}

// The staging ids of the lock files next to the workspace (the names are matched by hand:
// a workspace's own name may hold wildcard characters).
QList<qint64> lockedIds(const QString &workspacePath)
{
    const QString prefix = lockPrefix(workspacePath);
    QList<qint64> ids;
    const QStringList names =
        QFileInfo(workspacePath)
            .dir()
            .entryList({QStringLiteral("*") + lockSuffix()}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (!name.startsWith(prefix))
            continue;
        bool ok = false;
        const qint64 id =
            QStringView(name).mid(prefix.size()).chopped(lockSuffix().size()).toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

int removeStaging(const QSqlDatabase &db, qint64 stagingId)
{
    // The state test keeps a dataset whose import finished in the meantime.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ? AND state = 'importing'"));
    query.addBindValue(stagingId);
    return query.exec() ? query.numRowsAffected() : 0;
}

} // namespace

ImportStaging::ImportStaging(const QString &workspacePath) : m_workspacePath(workspacePath) {}

ImportStaging::~ImportStaging() = default;

bool ImportStaging::claim(qint64 stagingId, QString *errorText)
{
    release();
    auto lock = lockFor(m_workspacePath, stagingId);
    // A lock file of the same id left by a dead import is taken over at once; the short wait
    // covers a cleanup that is just deleting a staging row of that id.
    if (!lock->tryLock(5000)) {
        *errorText = QStringLiteral("cannot lock %1 (QLockFile error %2)")
                         .arg(QDir::toNativeSeparators(lockPath(m_workspacePath, stagingId)))
                         .arg(int(lock->error()));
        return false;
    }
    m_lock = std::move(lock);
    return true;
}

void ImportStaging::release()
{
    m_lock.reset(); // QLockFile's destructor unlocks, which removes the file
}

QString ImportStaging::lockPath(const QString &workspacePath, qint64 stagingId)
{
    return workspacePath + QStringLiteral(".import-") + QString::number(stagingId) + lockSuffix();
}

int ImportStaging::discardAbandoned(const QSqlDatabase &db, const QString &workspacePath)
{
    QHash<qint64, qint64> unlocked = stagingRows(db);
    int removed = 0;
    for (const qint64 id : lockedIds(workspacePath)) {
        const bool hasRow = unlocked.remove(id) > 0;
        const auto lock = lockFor(workspacePath, id);
        // Succeeds only when the owner is gone (QLockFile then replaces its stale file). The
        // lock is held while the row is deleted, so no one else takes the id meanwhile.
        if (lock->tryLock(0)) {
            removed += removeStaging(db, id);
        } else if (!hasRow && QFileInfo(lockPath(workspacePath, id)).size() == 0) {
            // An import killed between creating its lock file and writing its process id in
            // it: QLockFile cannot tell such a file is stale for half a minute, yet its import
            // never committed a row. A live lock is written in the call that creates it.
            QFile::remove(lockPath(workspacePath, id));
        }
    }
    const qint64 silentSince = QDateTime::currentMSecsSinceEpoch() - UnlockedStagingAgeMs;
    for (auto it = unlocked.cbegin(); it != unlocked.cend(); ++it) {
        if (it.value() < silentSince)
            removed += removeStaging(db, it.key());
    }
    return removed;
}
