#include "setexamplejsoncommand.h"

SetExampleJsonCommand::SetExampleJsonCommand(DatasetStore *store, qint64 exampleId,
                                             const QJsonObject &json, QUndoCommand *parent)
    : ExampleCommand(store, exampleId, parent)
    , m_before(ExampleCommand::json())
    , m_after(json)
{
    setText(tr("Fix example"));
}

void SetExampleJsonCommand::redo()
{
    changeJson([this](QJsonObject &json) { json = m_after; });
}

void SetExampleJsonCommand::undo()
{
    changeJson([this](QJsonObject &json) { json = m_before; });
}
