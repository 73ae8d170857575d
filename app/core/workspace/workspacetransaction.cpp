#include "workspacetransaction.h"

#include <QSqlError>

WorkspaceTransaction::WorkspaceTransaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = m_db.lastError().text();
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
