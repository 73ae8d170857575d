#include "messagechangecommand.h"

MessageChangeCommand::MessageChangeCommand(DatasetStore *store, qint64 exampleId, List list,
                                           int index, QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_list(list)
    , m_index(index)
{
    m_before = ExampleMessages::message(json(), list, index);
    m_after = m_before;
}

void MessageChangeCommand::redo()
{
    changeJson([this](QJsonObject &example) {
        ExampleMessages::setMessage(example, m_list, m_index, m_after);
    });
}

void MessageChangeCommand::undo()
{
    changeJson([this](QJsonObject &example) {
        ExampleMessages::setMessage(example, m_list, m_index, m_before);
    });
}
