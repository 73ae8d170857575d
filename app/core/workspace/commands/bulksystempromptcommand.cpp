#include "bulksystempromptcommand.h"

#include "core/dataset/examplejson.h"

BulkSystemPromptCommand::BulkSystemPromptCommand(DatasetStore *store, const QList<qint64> &ids,
                                                 const QString &prompt, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(store->examples(ids))
{
    m_after = m_before;
    for (ExampleRecord &record : m_after)
        record.json = ExampleJson::withSystemPrompt(record.json, prompt);
    setText(tr("Change the instructions of %n examples", nullptr, int(ids.size())));
}

void BulkSystemPromptCommand::redo()
{
    m_store->updateExamples(m_after);
}

void BulkSystemPromptCommand::undo()
{
    m_store->updateExamples(m_before);
}
