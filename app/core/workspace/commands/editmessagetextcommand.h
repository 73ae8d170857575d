#pragma once

#include "messagechangecommand.h"

// Typing in a message. Consecutive keystrokes in the same message (while it keeps the
// keyboard focus: same typingSession) merge into one undo step.
class EditMessageTextCommand : public MessageChangeCommand
{
public:
    EditMessageTextCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                           const QString &text, int typingSession = 0,
                           QUndoCommand *parent = nullptr);

    int id() const override { return EditMessageTextId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_session;
};
