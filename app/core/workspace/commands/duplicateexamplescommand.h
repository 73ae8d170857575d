#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Copies examples, each copy right after its original.
class DuplicateExamplesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateExamplesCommand)

public:
    DuplicateExamplesCommand(DatasetStore *store, qint64 datasetId, const QList<qint64> &ids,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QList<qint64> copyIds() const { return m_copyIds; }

private:
    DatasetStore *m_store;
    qint64 m_datasetId;
    QList<qint64> m_ids;
    QList<qint64> m_copyIds;
    QList<ExampleRecord> m_copies; // filled by undo, put back by the next redo
};
