#include "batchcomparelauncher.h"

#include "batchcomparedialog.h"
#include "batchsetuppage.h"
#include "core/session/workspacemanager.h"

#include <QWidget>

BatchCompareLauncher::BatchCompareLauncher(const AppContext &context, QWidget *window)
    : QObject(window), m_context(context), m_window(window)
{
    // The dialog reads the session's stores: it goes before they do.
    if (m_context.workspaces)
        connect(m_context.workspaces, &WorkspaceManager::aboutToChangeWorkspace, this,
                &BatchCompareLauncher::close);
}

BatchCompareLauncher::~BatchCompareLauncher()
{
    delete m_dialog;
}

BatchCompareDialog *BatchCompareLauncher::dialog() const
{
    return m_dialog;
}

BatchCompareDialog *BatchCompareLauncher::ensureDialog()
{
    if (!m_dialog) {
        WorkspaceSession *session =
            m_context.workspaces ? m_context.workspaces->session() : nullptr;
        m_dialog = new BatchCompareDialog(m_context, session, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->resize(m_window ? m_window->size() * 0.9 : QSize(1100, 700));
    }
    return m_dialog;
}

void BatchCompareLauncher::open()
{
    BatchCompareDialog *dialog = ensureDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void BatchCompareLauncher::openForDataset(qint64 datasetId)
{
    openForExamples(datasetId, {});
}

void BatchCompareLauncher::openForExamples(qint64 datasetId, const QList<qint64> &exampleIds)
{
    BatchCompareDialog *dialog = ensureDialog();
    if (!dialog->showsResults()) {
        if (exampleIds.isEmpty())
            dialog->setupPage()->setDataset(datasetId);
        else
            dialog->setupPage()->setSelection(datasetId, exampleIds);
    }
    open();
}

void BatchCompareLauncher::close()
{
    if (m_dialog)
        m_dialog->close();
    delete m_dialog;
}
