#include "bulkreplacecommand.h"

#include "core/dataset/examplejson.h"

namespace {
// The store's text filter is case-insensitive, a superset of a case-sensitive search.
QList<qint64> candidates(const DatasetStore *store, qint64 datasetId, const QString &find)
{
    ExampleFilter filter;
    filter.text = find;
    return store->exampleIds(datasetId, filter);
}
} // namespace

BulkReplaceCommand::Matches BulkReplaceCommand::preview(const DatasetStore *store,
                                                        qint64 datasetId, const QString &find,
                                                        Qt::CaseSensitivity cs)
{
    Matches matches;
    if (find.isEmpty())
        return matches;
    for (const ExampleRecord &record : store->examples(candidates(store, datasetId, find))) {
        const int count = ExampleJson::countMatches(record.json, find, cs);
        if (count > 0) {
            ++matches.examples;
            matches.occurrences += count;
        }
    }
    return matches;
}

BulkReplaceCommand::BulkReplaceCommand(DatasetStore *store, qint64 datasetId, const QString &find,
                                       const QString &replacement, Qt::CaseSensitivity cs,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
{
    if (!find.isEmpty()) {
        for (ExampleRecord &record : store->examples(candidates(store, datasetId, find))) {
            int count = 0;
            const QJsonObject replaced =
                ExampleJson::replaced(record.json, find, replacement, cs, &count);
            if (count == 0)
                continue;
            m_count += count;
            m_before.append(record);
            record.json = replaced;
            m_after.append(record);
        }
    }
    setText(tr("Replace “%1” with “%2”").arg(find, replacement));
}

void BulkReplaceCommand::redo()
{
    m_store->updateExamples(m_after);
}

void BulkReplaceCommand::undo()
{
    m_store->updateExamples(m_before);
}
