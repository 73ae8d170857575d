#pragma once

#include "examplecommand.h"

// Replaces one message of an example by a changed copy; undo puts the message back as it
// was. The base of the edits that change one message in place (text, role, weight).
class MessageChangeCommand : public ExampleCommand
{
public:
    using List = ExampleMessages::List;

    MessageChangeCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    List list() const { return m_list; }
    int index() const { return m_index; }

protected:
    QJsonObject m_before;
    QJsonObject m_after;

private:
    List m_list;
    int m_index;
};
