#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

class QUndoStack;

// Saves an answer from the Playground as a new example at the end of a dataset, with its
// split and note; undo takes it out again and redo puts it back with the same id. Pushed on
// the workspace session's undo stack, so Ctrl+Z in the dataset studio undoes it. When the
// first write fails the command makes itself obsolete, so the stack drops it and holds no
// step that did nothing; saved() tells the caller (the store's lastError() says why).
class SaveAnswerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveAnswerCommand)

public:
    SaveAnswerCommand(DatasetStore *store, const ExampleRecord &record,
                      QUndoCommand *parent = nullptr);

    // Saves the record at once and, when that worked, pushes the command (already done) on
    // the stack. Returns the new example's id; 0 when the write failed, with nothing pushed
    // (the store's lastError() says why).
    static qint64 push(QUndoStack *stack, DatasetStore *store, const ExampleRecord &record);

    void redo() override;
    void undo() override;

    bool saved() const { return m_record.id != 0; }
    qint64 exampleId() const { return m_record.id; }
    qint64 datasetId() const { return m_record.datasetId; }

private:
    DatasetStore *m_store;
    ExampleRecord m_record;
    bool m_placed = false;
    bool m_skipRedo = false; // push() already did the first redo
};
