#include "bulkreplacecommand.h"

#include "bulkwrite.h"
#include "core/dataset/examplejson.h"
#include "core/workspace/backgroundwriter.h"
#include "core/workspace/examplewrites.h"
#include "core/workspace/workspace.h"

BulkReplaceCommand::Matches BulkReplaceCommand::preview(const DatasetStore *store, qint64 datasetId,
                                                        const QString &find, Qt::CaseSensitivity cs)
{
    return ExampleQueries::matches(store->workspace()->database(), datasetId, find, cs);
}

BulkReplaceCommand::BulkReplaceCommand(DatasetStore *store, qint64 datasetId, const QString &find,
                                       const QString &replacement, Qt::CaseSensitivity cs,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_store(store), m_datasetId(datasetId), m_find(find),
      m_replacement(replacement), m_cs(cs)
{
    store->writer()->waitForIdle(); // the matches are read from the newest state
    BulkReplaceCommand::find(store->workspace()->database(), datasetId, find, replacement, cs,
                             m_records.get());
    setText(tr("Replace “%1” with “%2”").arg(find, replacement));
}

BulkReplaceCommand::BulkReplaceCommand(DatasetStore *store, qint64 datasetId, const QString &find,
                                       const QString &replacement, Qt::CaseSensitivity cs,
                                       Replaced replaced)
    : m_store(store), m_datasetId(datasetId), m_find(find), m_replacement(replacement), m_cs(cs),
      m_background(true), m_replaced(std::move(replaced))
{
    setText(tr("Replace “%1” with “%2”").arg(find, replacement));
}

BulkReplaceCommand::~BulkReplaceCommand()
{
    // A job still queued keeps its own reference; otherwise the records go on a worker.
    BulkWrite::releaseLater(std::move(m_records));
}

BulkReplaceCommand *BulkReplaceCommand::inBackground(DatasetStore *store, qint64 datasetId,
                                                     const QString &find,
                                                     const QString &replacement,
                                                     Qt::CaseSensitivity cs, Replaced replaced)
{
    return new BulkReplaceCommand(store, datasetId, find, replacement, cs, std::move(replaced));
}

void BulkReplaceCommand::find(const QSqlDatabase &db, qint64 datasetId, const QString &find,
                              const QString &replacement, Qt::CaseSensitivity cs, Records *records)
{
    int total = 0;
    if (!find.isEmpty()) {
        ExampleQueries::forEachContaining(db, datasetId, find, [&](ExampleRecord &record) {
            int count = 0;
            const QJsonObject replaced =
                ExampleJson::replaced(record.json, find, replacement, cs, &count);
            if (count > 0) {
                total += count;
                records->before.append(record);
                record.json = replaced;
                records->after.append(record);
            }
            return true;
        });
    }
    records->ids = BulkWrite::idsOf(records->after);
    records->count = total;
}

void BulkReplaceCommand::redo()
{
    if (m_background)
        writeInBackground(true);
    else
        BulkWrite::updateExamples(m_store, m_datasetId, m_records->after);
}

void BulkReplaceCommand::undo()
{
    if (m_background)
        writeInBackground(false);
    else
        BulkWrite::updateExamples(m_store, m_datasetId, m_records->before);
}

void BulkReplaceCommand::writeInBackground(bool redo)
{
    const std::shared_ptr<Records> records = m_records;
    const qint64 datasetId = m_datasetId;
    // The matches are found once, on the writer, just before the first write and outside
    // its transaction (reading 100,000 examples need not hold up an import).
    auto findOnce = [=, find = m_find, replacement = m_replacement,
                     cs = m_cs](const QSqlDatabase &db) {
        if (records->count < 0)
            BulkReplaceCommand::find(db, datasetId, find, replacement, cs, records.get());
    };
    auto job = [=](const QSqlDatabase &db, QString *error) {
        return ExampleWrites::update(db, redo ? records->after : records->before, error) &&
               ExampleWrites::touchDataset(db, datasetId, error);
    };
    // Only the first redo reports the count (the dialog's "Replaced n times").
    Replaced replaced = redo ? std::exchange(m_replaced, {}) : Replaced();
    m_store->writer()->enqueue(
        job,
        [store = m_store, datasetId, records, replaced](bool ok) {
            if (ok && !records->ids.isEmpty())
                store->announceChanged(datasetId, records->ids);
            if (replaced)
                replaced(ok ? records->count.load() : 0);
        },
        findOnce);
}
