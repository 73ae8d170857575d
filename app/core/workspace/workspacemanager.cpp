#include "workspacemanager.h"

WorkspaceManager::WorkspaceManager(QObject *parent)
    : QObject(parent)
{}

WorkspaceManager::~WorkspaceManager() = default;

bool WorkspaceManager::open(const QString &path, Workspace::OpenMode mode, Workspace::Error *error)
{
    std::unique_ptr<Workspace> next = Workspace::open(path, mode, error);
    if (!next)
        return false;
    Q_EMIT aboutToChangeWorkspace();
    m_current = std::move(next);
    Q_EMIT workspaceChanged(m_current.get());
    return true;
}

void WorkspaceManager::close()
{
    if (!m_current)
        return;
    Q_EMIT aboutToChangeWorkspace();
    m_current.reset();
    Q_EMIT workspaceChanged(nullptr);
}
