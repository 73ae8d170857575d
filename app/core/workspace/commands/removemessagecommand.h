#pragma once

#include "examplecommand.h"

// Deletes one message of a conversation; undo puts it back in its place.
class RemoveMessageCommand : public ExampleCommand
{
public:
    using List = ExampleMessages::List;

    RemoveMessageCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    List m_list;
    int m_index;
    QJsonObject m_message;
};
