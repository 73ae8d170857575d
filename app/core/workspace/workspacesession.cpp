#include "workspacesession.h"

#include "datasetstore.h"
#include "tokencountupdater.h"

#include <QUndoStack>

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)),
      m_datasets(std::make_unique<DatasetStore>(m_workspace.get())),
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
