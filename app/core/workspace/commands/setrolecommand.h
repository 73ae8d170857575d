#pragma once

#include "messagechangecommand.h"

// Changes who says a message (user, assistant, system…).
class SetRoleCommand : public MessageChangeCommand
{
public:
    SetRoleCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                   const QString &role, QUndoCommand *parent = nullptr);
};
