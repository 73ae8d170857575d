#include "setweightcommand.h"

SetWeightCommand::SetWeightCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                                   bool learn, QUndoCommand *parent)
    : MessageChangeCommand(store, exampleId, list, index, parent)
{
    // Learning is the default: a message that had no weight gets none back.
    if (!learn)
        m_after.insert(ExampleMessages::weightKey(), 0);
    else if (m_after.contains(ExampleMessages::weightKey()))
        m_after.insert(ExampleMessages::weightKey(), 1);
    setText(learn ? tr("Learn from an answer") : tr("Stop learning from an answer"));
}
