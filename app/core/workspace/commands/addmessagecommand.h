#pragma once

#include "examplecommand.h"

// Adds a message to a conversation at a given place.
class AddMessageCommand : public ExampleCommand
{
public:
    using List = ExampleMessages::List;

    AddMessageCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                      const QJsonObject &message, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    List m_list;
    int m_index;
    QJsonObject m_message;
};
