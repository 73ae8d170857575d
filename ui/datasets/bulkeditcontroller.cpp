#include "bulkeditcontroller.h"

#include "core/workspace/backgroundwriter.h"
#include "core/workspace/commands/bulkreplacecommand.h"
#include "core/workspace/commands/bulksystempromptcommand.h"
#include "core/workspace/commands/makevalidationsplitcommand.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/examplequeries.h"
#include "core/workspace/examplewrites.h"
#include "core/workspace/workspace.h"
#include "findreplacedialog.h"
#include "systempromptdialog.h"
#include "validationsplitdialog.h"

#include <QUndoStack>
#include <memory>

BulkEditController::BulkEditController(QThreadPool *scans, QWidget *parent)
    : QObject(parent), m_scans(scans), m_parent(parent)
{
}

void BulkEditController::setStore(DatasetStore *store, QUndoStack *undoStack)
{
    for (QDialog *dialog :
         {static_cast<QDialog *>(m_findReplace), static_cast<QDialog *>(m_split)}) {
        if (dialog)
            dialog->close(); // it belongs to a dataset of the previous workspace
    }
    m_store = store;
    m_undoStack = undoStack;
}

FindReplaceDialog *BulkEditController::findReplaceDialog() const
{
    return m_findReplace;
}

ValidationSplitDialog *BulkEditController::splitDialog() const
{
    return m_split;
}

void BulkEditController::push(QUndoCommand *command)
{
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command; // the workspace closed while the dialog was up
}

void BulkEditController::findAndReplace(qint64 datasetId)
{
    if (!m_store || !datasetId)
        return;
    if (m_findReplace) {
        m_findReplace->raise();
        return;
    }
    DatasetStore *store = m_store;
    const QString path = store->workspace()->path();
    auto dialog = new FindReplaceDialog(
        [scans = m_scans, path, datasetId](const QString &find, Qt::CaseSensitivity cs,
                                           const ExampleQueries::Cancel &cancel) {
            return ExampleQueries::matchesAsync(scans, path, datasetId, find, cs, cancel);
        },
        m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_findReplace = dialog;
    connect(dialog, &FindReplaceDialog::replaceAllRequested, this,
            [this, store, datasetId, dialog] {
                if (m_store != store)
                    return;
                const QPointer<FindReplaceDialog> shown(dialog);
                push(BulkReplaceCommand::inBackground(
                    store, datasetId, dialog->findText(), dialog->replacement(),
                    dialog->caseSensitivity(), [this, shown](int count) {
                        if (count > 0) // a failure was told by the writer
                            Q_EMIT statusMessage(tr("Replaced %n time(s).", nullptr, count));
                        if (shown)
                            shown->recount(); // what is left to find, now that it is stored
                    }));
            });
    dialog->open();
}

void BulkEditController::makeValidationSplit(qint64 datasetId)
{
    if (!m_store || !datasetId || m_split)
        return;
    DatasetStore *store = m_store;
    auto dialog = new ValidationSplitDialog(store->exampleCount(datasetId), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_split = dialog;
    connect(store, &DatasetStore::datasetChanged, dialog, [store, datasetId, dialog](qint64 ds) {
        if (ds == datasetId) // an import finished while the dialog is up
            dialog->setExampleCount(store->exampleCount(datasetId));
    });
    connect(dialog, &QDialog::accepted, this, [this, store, datasetId, dialog] {
        if (m_store != store)
            return;
        push(MakeValidationSplitCommand::inBackground(
            store, datasetId, dialog->percent(), dialog->seed(), [this](int count) {
                if (count >= 0)
                    Q_EMIT statusMessage(
                        tr("%n example(s) are now kept for validation.", nullptr, count));
            }));
    });
    dialog->open();
}

void BulkEditController::changeSystemPrompt(const QList<qint64> &ids, const QString &current)
{
    if (!m_store || ids.isEmpty())
        return;
    DatasetStore *store = m_store;
    auto dialog = new SystemPromptDialog(int(ids.size()), current, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, store, ids, dialog] {
        if (m_store == store)
            push(new BulkSystemPromptCommand(store, ids, dialog->prompt()));
    });
    dialog->open();
}

void BulkEditController::flagDuplicates(qint64 datasetId)
{
    if (!m_store || !datasetId)
        return;
    DatasetStore *store = m_store;
    const auto duplicates = std::make_shared<int>(-1);
    store->writer()->enqueue(
        [datasetId, duplicates](const QSqlDatabase &db, QString *error) {
            *duplicates = ExampleWrites::flagDuplicates(db, datasetId, error);
            return *duplicates >= 0;
        },
        [this, store, datasetId, duplicates](bool ok) {
            if (!ok)
                return; // the writer told the user
            store->reload(datasetId);
            // After the writer's callback returned: the page may show a message box, which
            // runs an event loop of its own.
            QMetaObject::invokeMethod(
                this,
                [this, datasetId, duplicates] { Q_EMIT duplicatesFound(datasetId, *duplicates); },
                Qt::QueuedConnection);
        });
}
