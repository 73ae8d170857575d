#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>

// Puts a share of the dataset, chosen by a seeded shuffle, in validation and the rest in
// training; undo gives every example its old split back.
class MakeValidationSplitCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MakeValidationSplitCommand)

public:
    MakeValidationSplitCommand(DatasetStore *store, qint64 datasetId, double percent,
                               quint64 seed, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    int validationCount() const { return m_validationCount; }

private:
    DatasetStore *m_store;
    qint64 m_datasetId;
    double m_percent;
    quint64 m_seed;
    QHash<QString, QList<qint64>> m_before;
    int m_validationCount = -1;
};
