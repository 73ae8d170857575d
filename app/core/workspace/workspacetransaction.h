#pragma once

#include <QSqlDatabase>
#include <QString>

// One write transaction on a workspace connection: begun when made, rolled back when it goes
// out of scope unless commit() succeeded, so an early return can never leave it open or half
// applied.
class WorkspaceTransaction
{
public:
    explicit WorkspaceTransaction(const QSqlDatabase &db);
    ~WorkspaceTransaction();
    WorkspaceTransaction(const WorkspaceTransaction &) = delete;
    WorkspaceTransaction &operator=(const WorkspaceTransaction &) = delete;

    bool isActive() const { return m_active; } // false when it could not begin
    bool commit(); // false (everything rolled back) when the commit failed
    QString errorText() const { return m_error; }

    // BEGIN IMMEDIATE: takes the write lock now, waiting for another writer as long as the
    // busy timeout allows. A plain (deferred) BEGIN whose first statement reads fails at its
    // first write, at once and without waiting, when another connection (`ajuste import`
    // from a script, a worker) committed in between: SQLite cannot upgrade a read snapshot
    // that is no longer the newest (SQLITE_BUSY_SNAPSHOT).
    static bool beginImmediate(const QSqlDatabase &db, QString *errorText);

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
