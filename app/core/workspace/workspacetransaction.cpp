#include "workspacetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

WorkspaceTransaction::WorkspaceTransaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = beginImmediate(m_db, &m_error);
}

bool WorkspaceTransaction::beginImmediate(const QSqlDatabase &db, QString *errorText)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *errorText = query.lastError().text();
    return false;
}

WorkspaceTransaction::~WorkspaceTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool WorkspaceTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_error = m_db.lastError().text();
    m_db.rollback();
    return false;
}
