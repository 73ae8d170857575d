#include "editmessagetextcommand.h"

EditMessageTextCommand::EditMessageTextCommand(DatasetStore *store, qint64 exampleId, List list,
                                               int index, const QString &text,
                                               int typingSession, QUndoCommand *parent)
    : MessageChangeCommand(store, exampleId, list, index, parent)
    , m_session(typingSession)
{
    ExampleMessages::setText(m_after, text);
    setText(tr("Typing in a message"));
}

bool EditMessageTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto next = static_cast<const EditMessageTextCommand *>(other);
    // A keystroke that could not be stored is not folded in: it is dropped (obsolete).
    if (next->isObsolete() || next->exampleId() != exampleId() || next->list() != list()
        || next->index() != index() || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    return true;
}
