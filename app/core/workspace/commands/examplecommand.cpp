#include "examplecommand.h"

#include "core/workspace/datasetstore.h"


ExampleCommand::ExampleCommand(DatasetStore *store, qint64 exampleId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_exampleId(exampleId)
{}

QJsonObject ExampleCommand::json() const
{
    return m_store->example(m_exampleId).json;
}

bool ExampleCommand::changeJson(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject example = json();
    change(example);
    if (m_store->setJson(m_exampleId, example))
        return true;
    failed();
    return false;
}

void ExampleCommand::failed()
{
    // Nothing was stored: the step leaves the undo stack, and the window says why.
    setObsolete(true);
    m_store->announceFailure();
}
