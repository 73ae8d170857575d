#include "bulkwrite.h"

#include "core/workspace/backgroundwriter.h"
#include "core/workspace/examplewrites.h"

void BulkWrite::updateExamples(DatasetStore *store, qint64 datasetId,
                               const QList<ExampleRecord> &records)
{
    if (records.size() <= ManyExamples && !store->writer()->isBusy()) {
        store->updateExamples(records);
        return;
    }
    store->writer()->enqueue(
        [records, datasetId](const QSqlDatabase &db, QString *error) {
            return ExampleWrites::update(db, records, error) &&
                   ExampleWrites::touchDataset(db, datasetId, error);
        },
        [store, datasetId, ids = idsOf(records)](bool ok) {
            if (ok)
                store->announceChanged(datasetId, ids);
        });
}

void BulkWrite::setSplits(DatasetStore *store, qint64 datasetId,
                          const QHash<QString, QList<qint64>> &idsBySplit)
{
    qsizetype count = 0;
    for (const QList<qint64> &ids : idsBySplit)
        count += ids.size();
    if (count <= ManyExamples && !store->writer()->isBusy()) {
        for (auto it = idsBySplit.cbegin(); it != idsBySplit.cend(); ++it)
            store->setSplit(it.value(), it.key());
        return;
    }
    store->writer()->enqueue(
        [idsBySplit, datasetId](const QSqlDatabase &db, QString *error) {
            return ExampleWrites::setSplits(db, idsBySplit, error) &&
                   ExampleWrites::touchDataset(db, datasetId, error);
        },
        [store, datasetId](bool ok) {
            if (ok)
                store->reload(datasetId);
        });
}

QList<qint64> BulkWrite::idsOf(const QList<ExampleRecord> &records)
{
    QList<qint64> ids;
    ids.reserve(records.size());
    for (const ExampleRecord &record : records)
        ids.append(record.id);
    return ids;
}
