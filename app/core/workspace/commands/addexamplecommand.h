#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Adds one example at a place in the dataset; undo takes it out again and redo puts it back
// with the same id, so later commands still find it.
class AddExampleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddExampleCommand)

public:
    AddExampleCommand(DatasetStore *store, qint64 datasetId, int position,
                      const QJsonObject &json, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 exampleId() const { return m_record.id; }

private:
    DatasetStore *m_store;
    qint64 m_datasetId;
    ExampleRecord m_record;
};
