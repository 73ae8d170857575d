#include "addmessagecommand.h"

AddMessageCommand::AddMessageCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                                     const QJsonObject &message, QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_list(list)
    , m_index(index)
    , m_message(message)
{
    setText(tr("Add a message"));
}

void AddMessageCommand::redo()
{
    changeJson([this](QJsonObject &example) {
        QJsonArray messages = ExampleMessages::messages(example, m_list);
        messages.insert(std::clamp<int>(m_index, 0, int(messages.size())), m_message);
        ExampleMessages::setMessages(example, m_list, messages);
    });
}

void AddMessageCommand::undo()
{
    changeJson([this](QJsonObject &example) {
        QJsonArray messages = ExampleMessages::messages(example, m_list);
        if (m_index >= 0 && m_index < messages.size())
            messages.removeAt(m_index);
        ExampleMessages::setMessages(example, m_list, messages);
    });
}
