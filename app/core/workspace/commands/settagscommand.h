#pragma once

#include "examplecommand.h"

#include <QStringList>

// Replaces the tags of one example.
class SetTagsCommand : public ExampleCommand
{
public:
    SetTagsCommand(DatasetStore *store, qint64 exampleId, const QStringList &tags,
                   QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QStringList m_before;
    QStringList m_after;
};
