#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class DatasetStore;
class FindReplaceDialog;
class QThreadPool;
class QUndoCommand;
class QUndoStack;
class QWidget;
class ValidationSplitDialog;

// The changes to many examples of the Datasets page: find and replace, a validation split,
// new instructions for the selected examples, and finding duplicates.
//
// Each dialog is window-modal and shown with open(), never exec(): no event loop of its own
// runs inside a call of the page while workers report (an import, token counting), and what
// a dialog applies is bound to the store and dataset it was opened for. Nothing here scans
// the dataset on the GUI thread: counts run on the page's scan threads, and the big changes
// are written by the store's background writer (BulkReplaceCommand::inBackground and the
// like), reported through statusMessage once stored.
class BulkEditController : public QObject
{
    Q_OBJECT

public:
    BulkEditController(QThreadPool *scans, QWidget *parent);

    // The workspace session's store and undo stack (both nullptr when none is open); closes
    // the dialogs of the previous store.
    void setStore(DatasetStore *store, QUndoStack *undoStack);

    void findAndReplace(qint64 datasetId);
    void makeValidationSplit(qint64 datasetId);
    void changeSystemPrompt(const QList<qint64> &ids, const QString &current);
    void flagDuplicates(qint64 datasetId);

    // The dialogs being shown, if any.
    FindReplaceDialog *findReplaceDialog() const;
    ValidationSplitDialog *splitDialog() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Duplicates were looked for and marked (duplicates of them; 0 when every example differs).
    void duplicatesFound(qint64 datasetId, int duplicates);

private:
    void push(QUndoCommand *command);

    QUndoStack *m_undoStack = nullptr;
    QThreadPool *m_scans;
    QWidget *m_parent;
    DatasetStore *m_store = nullptr;
    QPointer<FindReplaceDialog> m_findReplace;
    QPointer<ValidationSplitDialog> m_split;
};
