#include "examplereader.h"

#include "exampletable.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString RowColumns = QStringLiteral(
    "id, position, summary, turns, tags, split, status, total_tokens, trained_tokens, "
    "duplicate_of");

ExampleRow rowFrom(const QSqlQuery &query)
{
    ExampleRow row;
    row.id = query.value(0).toLongLong();
    row.position = query.value(1).toInt();
    row.summary = query.value(2).toString();
    row.turns = query.value(3).toInt();
    row.tags = ExampleTable::tagsFromColumn(query.value(4).toString());
    row.split = query.value(5).toString();
    row.status = query.value(6).toString();
    row.totalTokens = query.value(7).isNull() ? -1 : query.value(7).toInt();
    row.trainedTokens = query.value(8).isNull() ? -1 : query.value(8).toInt();
    row.duplicateOf = query.value(9).toLongLong();
    return row;
}

} // namespace

ExampleReader::ExampleReader(const QSqlDatabase &db) : m_db(db) {}

QString ExampleReader::idList(const QList<qint64> &ids)
{
    QString list;
    list.reserve(ids.size() * 8);
    for (const qint64 id : ids) {
        if (!list.isEmpty())
            list.append(QLatin1Char(','));
        list.append(QString::number(id));
    }
    return list;
}

int ExampleReader::exampleCount(qint64 datasetId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM examples WHERE dataset_id = ?"));
    query.addBindValue(datasetId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<ExampleRow> ExampleReader::rows(qint64 datasetId, int first, int count) const
{
    QList<ExampleRow> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM examples WHERE dataset_id = ? AND position >= ? "
                                 "AND position < ? ORDER BY position")
                      .arg(RowColumns));
    query.addBindValue(datasetId);
    query.addBindValue(first);
    query.addBindValue(qint64(first) + count);
    if (!query.exec())
        return result;
    result.reserve(count);
    while (query.next())
        result.append(rowFrom(query));
    return result;
}

QList<ExampleRow> ExampleReader::rowsForIds(const QList<qint64> &ids) const
{
    QList<ExampleRow> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM examples WHERE id IN (%2)")
                        .arg(RowColumns, ExampleReader::idList(ids))))
        return result;
    QHash<qint64, ExampleRow> byId;
    while (query.next()) {
        ExampleRow row = rowFrom(query);
        byId.insert(row.id, row);
    }
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

QList<ExampleRecord> ExampleReader::examples(const QList<qint64> &ids) const
{
    QList<ExampleRecord> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, dataset_id, position, CAST(json AS BLOB), tags, "
                                   "note, split, status FROM examples WHERE id IN (%1) "
                                   "ORDER BY dataset_id, position")
                        .arg(ExampleReader::idList(ids))))
        return result;
    while (query.next()) {
        ExampleRecord record;
        record.id = query.value(0).toLongLong();
        record.datasetId = query.value(1).toLongLong();
        record.position = query.value(2).toInt();
        record.json = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
        record.tags = ExampleTable::tagsFromColumn(query.value(4).toString());
        record.note = query.value(5).toString();
        record.split = query.value(6).toString();
        record.status = query.value(7).toString();
        result.append(record);
    }
    return result;
}

qint64 ExampleReader::jsonBytes(qint64 exampleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT length(CAST(json AS BLOB)) FROM examples WHERE id = ?"));
    query.addBindValue(exampleId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int ExampleReader::positionOf(qint64 exampleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT position FROM examples WHERE id = ?"));
    query.addBindValue(exampleId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

qint64 ExampleReader::datasetOf(qint64 exampleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT dataset_id FROM examples WHERE id = ?"));
    query.addBindValue(exampleId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ExampleReader::idAt(qint64 datasetId, int position) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM examples WHERE dataset_id = ? AND position = ?"));
    query.addBindValue(datasetId);
    query.addBindValue(position);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}
