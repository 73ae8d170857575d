#pragma once

#include "examplecommand.h"

// Replaces an example's whole JSON (a one-click fix from the check panel); undo restores it.
class SetExampleJsonCommand : public ExampleCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetExampleJsonCommand)

public:
    SetExampleJsonCommand(DatasetStore *store, qint64 exampleId, const QJsonObject &json,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QJsonObject m_before;
    QJsonObject m_after;
};
