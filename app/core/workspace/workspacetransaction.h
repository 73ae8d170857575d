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

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
