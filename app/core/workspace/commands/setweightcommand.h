#pragma once

#include "messagechangecommand.h"

// "Learn from this answer": weight 1 (or no weight, the default) or 0 on an assistant message.
class SetWeightCommand : public MessageChangeCommand
{
public:
    SetWeightCommand(DatasetStore *store, qint64 exampleId, List list, int index, bool learn,
                     QUndoCommand *parent = nullptr);
};
