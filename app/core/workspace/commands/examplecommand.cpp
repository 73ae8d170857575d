#include "examplecommand.h"

#include "core/workspace/datasetstore.h"

#include <QDebug>

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
    qWarning() << "Could not store an edit:" << m_store->lastError();
    return false;
}
