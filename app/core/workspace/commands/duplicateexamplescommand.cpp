#include "duplicateexamplescommand.h"

DuplicateExamplesCommand::DuplicateExamplesCommand(DatasetStore *store, qint64 datasetId,
                                                   const QList<qint64> &ids, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_datasetId(datasetId)
    , m_ids(ids)
{
    setText(ids.size() == 1 ? tr("Duplicate an example")
                            : tr("Duplicate %n examples", nullptr, int(ids.size())));
}

void DuplicateExamplesCommand::redo()
{
    if (!m_copies.isEmpty()) {
        m_store->insertExamples(m_datasetId, m_copies);
        return;
    }
    m_copyIds.clear();
    for (qint64 id : std::as_const(m_ids)) {
        if (const qint64 copy = m_store->duplicateExample(id))
            m_copyIds.append(copy);
    }
}

void DuplicateExamplesCommand::undo()
{
    m_copies = m_store->removeExamples(m_copyIds);
    std::sort(m_copies.begin(), m_copies.end(),
              [](const ExampleRecord &a, const ExampleRecord &b) { return a.position < b.position; });
}
