#pragma once

#include "examplecommand.h"

// Moves a message of a conversation to another place (to is its final place).
class MoveMessageCommand : public ExampleCommand
{
public:
    using List = ExampleMessages::List;

    MoveMessageCommand(DatasetStore *store, qint64 exampleId, List list, int from, int to,
                       QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void move(int from, int to);

    List m_list;
    int m_from;
    int m_to;
};
