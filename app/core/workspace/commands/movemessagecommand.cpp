#include "movemessagecommand.h"

MoveMessageCommand::MoveMessageCommand(DatasetStore *store, qint64 exampleId, List list, int from,
                                       int to, QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_list(list)
    , m_from(from)
    , m_to(to)
{
    setText(tr("Move a message"));
}

void MoveMessageCommand::move(int from, int to)
{
    changeJson([this, from, to](QJsonObject &example) {
        QJsonArray messages = ExampleMessages::messages(example, m_list);
        if (from < 0 || from >= messages.size() || to < 0 || to >= messages.size())
            return;
        const QJsonValue moved = messages.takeAt(from);
        messages.insert(to, moved);
        ExampleMessages::setMessages(example, m_list, messages);
    });
}

void MoveMessageCommand::redo()
{
    move(m_from, m_to);
}

void MoveMessageCommand::undo()
{
    move(m_to, m_from);
}
