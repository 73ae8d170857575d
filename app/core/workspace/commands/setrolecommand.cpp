#include "setrolecommand.h"

SetRoleCommand::SetRoleCommand(DatasetStore *store, qint64 exampleId, List list, int index,
                               const QString &role, QUndoCommand *parent)
    : MessageChangeCommand(store, exampleId, list, index, parent)
{
    m_after.insert(ExampleMessages::roleKey(), role);
    setText(tr("Change who says a message"));
}
