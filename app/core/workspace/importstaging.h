#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

class QLockFile;

// The hidden staging datasets imports write into (see DatasetImporter), and how Ajuste tells
// one whose import was cut short from one whose import is still running — in this process
// or in another, such as `ajuste import`.
//
// An import holds a lock file next to the workspace, `<workspace>.import-<stagingId>.lock`,
// for its whole life, taken before its staging row is committed (so no committed staging row
// is ever without its lock). A crashed or killed import leaves the file behind, naming a
// process that no longer runs: QLockFile recognises that, so the staging dataset is removed
// the next time anyone opens the workspace, not ten minutes later. Staging rows without a
// lock file were written by older versions of Ajuste; they are still removed once no batch
// has touched them for ten minutes.
class ImportStaging
{
public:
    explicit ImportStaging(const QString &workspacePath);
    ~ImportStaging(); // releases the claim, removing the lock file
    ImportStaging(const ImportStaging &) = delete;
    ImportStaging &operator=(const ImportStaging &) = delete;

    // Takes the lock of a staging dataset. Call it in the transaction that inserts the
    // staging row, before the commit. False (and errorText) when the lock cannot be taken.
    bool claim(qint64 stagingId, QString *errorText);
    // Gives the lock up: after the staging rows were promoted or deleted.
    void release();

    static QString lockPath(const QString &workspacePath, qint64 stagingId);

    // Removes the staging datasets whose import is gone (their examples and rejections go
    // with them); returns how many. Also removes lock files that dead imports left without
    // a staging row. Running imports are left alone.
    static int discardAbandoned(const QSqlDatabase &db, const QString &workspacePath);

    // How long a staging dataset without a lock file must have been silent to count as
    // abandoned (its import touches it with every batch).
    static constexpr qint64 UnlockedStagingAgeMs = 10 * 60 * 1000;

private:
    QString m_workspacePath;
    std::unique_ptr<QLockFile> m_lock;
};
