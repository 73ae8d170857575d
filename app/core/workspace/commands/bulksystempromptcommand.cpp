#include "bulksystempromptcommand.h"

#include "bulkwrite.h"
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

BulkSystemPromptCommand::~BulkSystemPromptCommand()
{
    if (m_before.size() > BulkWrite::ManyExamples)
        BulkWrite::releaseLater(std::make_pair(std::move(m_before), std::move(m_after)));
}

void BulkSystemPromptCommand::redo()
{
    if (!m_after.isEmpty())
        BulkWrite::updateExamples(m_store, m_after.first().datasetId, m_after);
}

void BulkSystemPromptCommand::undo()
{
    if (!m_before.isEmpty())
        BulkWrite::updateExamples(m_store, m_before.first().datasetId, m_before);
}
