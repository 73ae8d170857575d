#pragma once

#include "core/workspace/workspace.h"

#include <QObject>
#include <memory>

class WorkspaceSession;

// Holds the workspace that is open now, as a session the pages share, and switches between
// workspaces. Views listen to workspaceChanged and drop everything they held from the
// previous session when aboutToChangeWorkspace comes.
class WorkspaceManager : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceManager(QObject *parent = nullptr);
    ~WorkspaceManager() override;

    Workspace *current() const;
    WorkspaceSession *session() const { return m_session.get(); }

    // Opens (or creates) the workspace at path and makes it current. On failure the current
    // workspace stays open and error explains why.
    bool open(const QString &path, Workspace::OpenMode mode, Workspace::Error *error);
    void close();

Q_SIGNALS:
    void aboutToChangeWorkspace();
    void workspaceChanged(WorkspaceSession *session);

private:
    std::unique_ptr<WorkspaceSession> m_session;
};
