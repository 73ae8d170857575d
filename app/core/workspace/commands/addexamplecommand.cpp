#include "addexamplecommand.h"

AddExampleCommand::AddExampleCommand(DatasetStore *store, qint64 datasetId, int position,
                                     const QJsonObject &json, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_datasetId(datasetId)
{
    m_record.datasetId = datasetId;
    m_record.position = position;
    m_record.json = json;
    setText(tr("Add an example"));
}

void AddExampleCommand::redo()
{
    if (m_record.id == 0) {
        m_record.id = m_store->insertExample(m_datasetId, m_record.position, m_record);
        if (m_record.id == 0) {
            // Nothing was stored: the step leaves the undo stack, and the window says why.
            setObsolete(true);
            m_store->announceFailure();
        }
        return;
    }
    if (m_store->insertExamples(m_datasetId, {m_record}).isEmpty())
        m_store->announceFailure();
}

void AddExampleCommand::undo()
{
    const QList<ExampleRecord> removed = m_store->removeExamples({m_record.id});
    if (!removed.isEmpty())
        m_record = removed.first();
}
