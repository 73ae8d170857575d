#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Deletes examples; undo puts them back in their places with their ids, tags and notes.
class RemoveExamplesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveExamplesCommand)

public:
    RemoveExamplesCommand(DatasetStore *store, qint64 datasetId, const QList<qint64> &ids,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DatasetStore *m_store;
    qint64 m_datasetId;
    QList<qint64> m_ids;
    QList<ExampleRecord> m_removed;
};
