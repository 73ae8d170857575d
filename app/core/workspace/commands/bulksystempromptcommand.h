#pragma once

#include "core/workspace/datasetstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Gives every selected example the same system prompt (instructions); an empty prompt
// removes it. One transaction, one undo step.
class BulkSystemPromptCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkSystemPromptCommand)

public:
    BulkSystemPromptCommand(DatasetStore *store, const QList<qint64> &ids, const QString &prompt,
                            QUndoCommand *parent = nullptr);
    ~BulkSystemPromptCommand() override;

    void redo() override;
    void undo() override;

private:
    DatasetStore *m_store;
    QList<ExampleRecord> m_before;
    QList<ExampleRecord> m_after;
};
