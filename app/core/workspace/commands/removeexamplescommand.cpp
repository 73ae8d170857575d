#include "removeexamplescommand.h"

RemoveExamplesCommand::RemoveExamplesCommand(DatasetStore *store, qint64 datasetId,
                                             const QList<qint64> &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_datasetId(datasetId)
    , m_ids(ids)
{
    setText(ids.size() == 1 ? tr("Delete an example") : tr("Delete %n examples", nullptr, int(ids.size())));
}

void RemoveExamplesCommand::redo()
{
    m_removed = m_store->removeExamples(m_ids);
}

void RemoveExamplesCommand::undo()
{
    std::sort(m_removed.begin(), m_removed.end(),
              [](const ExampleRecord &a, const ExampleRecord &b) { return a.position < b.position; });
    m_store->insertExamples(m_datasetId, m_removed);
}
