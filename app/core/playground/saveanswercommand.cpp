#include "saveanswercommand.h"

#include "core/dataset/examplejson.h"

#include <QUndoStack>

SaveAnswerCommand::SaveAnswerCommand(DatasetStore *store, const ExampleRecord &record,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_record(record)
{
    m_record.id = 0;
    setText(ExampleJson::kind(record.json) == ExampleJson::Kind::Preference
                ? tr("Save a preference pair")
                : tr("Save an answer as an example"));
}

qint64 SaveAnswerCommand::push(QUndoStack *stack, DatasetStore *store, const ExampleRecord &record)
{
    auto command = new SaveAnswerCommand(store, record);
    command->redo();
    if (!command->saved()) {
        delete command;
        return 0;
    }
    const qint64 id = command->exampleId();
    command->m_skipRedo = true;
    stack->push(command);
    return id;
}

void SaveAnswerCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (!m_placed) {
        // The end of the dataset as it is now; later redos use the position undo returned.
        m_record.id = m_store->insertExample(m_record.datasetId,
                                             m_store->exampleCount(m_record.datasetId), m_record);
        m_placed = m_record.id != 0;
        setObsolete(!m_placed);
        return;
    }
    m_store->insertExamples(m_record.datasetId, {m_record});
}

void SaveAnswerCommand::undo()
{
    const QList<ExampleRecord> removed = m_store->removeExamples({m_record.id});
    if (!removed.isEmpty())
        m_record = removed.first();
}
