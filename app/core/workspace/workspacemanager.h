#pragma once

#include "workspace.h"

#include <QObject>

#include <memory>

// Holds the workspace that is open now and switches between workspaces. Views listen to
// workspaceChanged and drop everything they held from the previous one.
class WorkspaceManager : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceManager(QObject *parent = nullptr);
    ~WorkspaceManager() override;

    Workspace *current() const { return m_current.get(); }

    // Opens (or creates) the workspace at path and makes it current. On failure the current
    // workspace stays open and error explains why.
    bool open(const QString &path, Workspace::OpenMode mode, Workspace::Error *error);
    void close();

Q_SIGNALS:
    void aboutToChangeWorkspace();
    void workspaceChanged(Workspace *workspace);

private:
    std::unique_ptr<Workspace> m_current;
};
