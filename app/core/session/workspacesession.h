#pragma once

#include "core/workspace/workspace.h"

#include <QObject>
#include <memory>

class DatasetStore;
class JobStore;
class PlaygroundStore;
class QUndoStack;
class TokenCountUpdater;

// The open workspace and everything every page shares about it: its stores for the GUI
// thread and the document's undo stack. The main window hands one session to each page, so
// an example saved from the Playground shows in the dataset studio at once and Ctrl+Z there
// undoes it. A page owns no workspace data; when the workspace changes, the pages let go of
// the old session before it is destroyed.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace *workspace() const { return m_workspace.get(); }
    DatasetStore *datasets() const { return m_datasets.get(); }
    // The fine-tuning jobs started from this workspace, with their events and metrics.
    JobStore *jobs() const { return m_jobs.get(); }
    // Saved Playground sessions and the comparisons rated in them.
    PlaygroundStore *playground() const { return m_playground.get(); }
    // Keeps the token columns of the dataset in view filled, in the background.
    TokenCountUpdater *tokenCounts() const { return m_tokenCounts.get(); }
    // Every edit of the workspace's examples, whichever page made it.
    QUndoStack *undoStack() const { return m_undoStack.get(); }

private:
    // Declared in destruction order reversed: the undo commands and the counter point into the
    // stores, the stores into the workspace.
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DatasetStore> m_datasets;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<PlaygroundStore> m_playground;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<TokenCountUpdater> m_tokenCounts;
};
