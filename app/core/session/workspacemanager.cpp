#include "workspacemanager.h"

#include "workspacesession.h"

WorkspaceManager::WorkspaceManager(QObject *parent) : QObject(parent) {}

WorkspaceManager::~WorkspaceManager() = default;

Workspace *WorkspaceManager::current() const
{
    return m_session ? m_session->workspace() : nullptr;
}

bool WorkspaceManager::open(const QString &path, Workspace::OpenMode mode, Workspace::Error *error)
{
    std::unique_ptr<Workspace> next = Workspace::open(path, mode, error);
    if (!next)
        return false;
    Q_EMIT aboutToChangeWorkspace();
    // The old session closes its workspace before the new one is made current.
    m_session.reset();
    m_session = std::make_unique<WorkspaceSession>(std::move(next));
    Q_EMIT workspaceChanged(m_session.get());
    return true;
}

void WorkspaceManager::close()
{
    if (!m_session)
        return;
    Q_EMIT aboutToChangeWorkspace();
    m_session.reset();
    Q_EMIT workspaceChanged(nullptr);
}
