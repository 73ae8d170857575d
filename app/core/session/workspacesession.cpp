#include "workspacesession.h"

#include "core/jobs/jobstore.h"
#include "core/playground/playgroundstore.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/tokencountupdater.h"

#include <QUndoStack>

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)),
      m_datasets(std::make_unique<DatasetStore>(m_workspace.get())),
      m_jobs(std::make_unique<JobStore>(m_workspace.get())),
      m_playground(std::make_unique<PlaygroundStore>(m_workspace.get())),
      m_undoStack(std::make_unique<QUndoStack>()),
      m_tokenCounts(std::make_unique<TokenCountUpdater>(m_datasets.get(), m_workspace->path()))
{
}

WorkspaceSession::~WorkspaceSession()
{
    // Stops the background count before the store it writes through goes away.
    m_tokenCounts.reset();
    m_undoStack->clear();
}
