#include "setnotecommand.h"

#include "core/workspace/datasetstore.h"

SetNoteCommand::SetNoteCommand(DatasetStore *store, qint64 exampleId, const QString &note,
                               int typingSession, QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_before(store->example(exampleId).note)
    , m_after(note)
    , m_session(typingSession)
{
    setText(tr("Change a note"));
}

void SetNoteCommand::redo()
{
    store(m_after);
}

void SetNoteCommand::undo()
{
    store(m_before);
}

void SetNoteCommand::store(const QString &note)
{
    if (!m_store->setNote(m_exampleId, note))
        failed();
}

bool SetNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto next = static_cast<const SetNoteCommand *>(other);
    if (next->isObsolete() || next->exampleId() != exampleId() || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    return true;
}
