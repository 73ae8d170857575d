#pragma once

#include "examplecommand.h"

// Changes the note of one example; typing in the note merges into one undo step.
class SetNoteCommand : public ExampleCommand
{
public:
    SetNoteCommand(DatasetStore *store, qint64 exampleId, const QString &note,
                   int typingSession = 0, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return SetNoteId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void store(const QString &note);

    QString m_before;
    QString m_after;
    int m_session;
};
