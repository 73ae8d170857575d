#include "removemessagecommand.h"

RemoveMessageCommand::RemoveMessageCommand(DatasetStore *store, qint64 exampleId, List list,
                                           int index, QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_list(list)
    , m_index(index)
    , m_message(ExampleMessages::message(json(), list, index))
{
    setText(tr("Delete a message"));
}

void RemoveMessageCommand::redo()
{
    changeJson([this](QJsonObject &example) {
        QJsonArray messages = ExampleMessages::messages(example, m_list);
        if (m_index >= 0 && m_index < messages.size())
            messages.removeAt(m_index);
        ExampleMessages::setMessages(example, m_list, messages);
    });
}

void RemoveMessageCommand::undo()
{
    changeJson([this](QJsonObject &example) {
        QJsonArray messages = ExampleMessages::messages(example, m_list);
        messages.insert(std::clamp<int>(m_index, 0, int(messages.size())), m_message);
        ExampleMessages::setMessages(example, m_list, messages);
    });
}
