#include "examplequeries.h"

#include "core/dataset/examplejson.h"
#include "exampletable.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString idList(const QList<qint64> &ids)
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

QString sortColumn(DatasetStore::SortKey key)
{
    switch (key) {
    case DatasetStore::SortKey::Position:
        break;
    case DatasetStore::SortKey::Summary:
        return QStringLiteral("summary COLLATE NOCASE");
    case DatasetStore::SortKey::Turns:
        return QStringLiteral("turns");
    case DatasetStore::SortKey::Tags:
        return QStringLiteral("tags COLLATE NOCASE");
    case DatasetStore::SortKey::Split:
        return QStringLiteral("split");
    case DatasetStore::SortKey::Status:
        return QStringLiteral("status");
    case DatasetStore::SortKey::TotalTokens:
        return QStringLiteral("total_tokens");
    }
    return QStringLiteral("position");
}

// The search text is lower-cased when stored, so LIKE's ASCII-only case folding is never
// relied upon.
QString containsPattern(const QString &text)
{
    return QLatin1Char('%') + ExampleTable::likeEscaped(text.toLower()) + QLatin1Char('%');
}

const QString RecordColumns =
    QStringLiteral("id, dataset_id, position, CAST(json AS BLOB), tags, note, split, status");

ExampleRecord recordFrom(const QSqlQuery &query)
{
    ExampleRecord record;
    record.id = query.value(0).toLongLong();
    record.datasetId = query.value(1).toLongLong();
    record.position = query.value(2).toInt();
    record.json = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    record.tags = ExampleTable::tagsFromColumn(query.value(4).toString());
    record.note = query.value(5).toString();
    record.split = query.value(6).toString();
    record.status = query.value(7).toString();
    return record;
}

} // namespace

QList<qint64> ExampleQueries::ids(const QSqlDatabase &db, qint64 datasetId,
                                  const ExampleFilter &filter, DatasetStore::SortKey sort,
                                  Qt::SortOrder order)
{
    QString sql = QStringLiteral("SELECT id FROM examples WHERE dataset_id = ?");
    QVariantList values{datasetId};
    if (!filter.split.isEmpty()) {
        sql += QStringLiteral(" AND split = ?");
        values.append(filter.split);
    }
    if (!filter.status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        values.append(filter.status);
    }
    if (!filter.tag.isEmpty()) {
        sql += QStringLiteral(" AND tags LIKE ? ESCAPE '\\'");
        values.append(QString(QStringLiteral("%,") +
                              ExampleTable::likeEscaped(filter.tag.simplified()) +
                              QStringLiteral(",%")));
    }
    if (filter.duplicatesOnly) {
        sql += QStringLiteral(" AND (duplicate_of IS NOT NULL OR id IN (SELECT duplicate_of FROM "
                              "examples WHERE dataset_id = ? AND duplicate_of IS NOT NULL))");
        values.append(datasetId);
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND id IN (SELECT id FROM example_search WHERE dataset_id = ? "
                              "AND text LIKE ? ESCAPE '\\')");
        values.append(datasetId);
        values.append(containsPattern(filter.text));
    }
    sql += QStringLiteral(" ORDER BY ") + sortColumn(sort) +
           (order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString());
    if (sort != DatasetStore::SortKey::Position)
        sql += QStringLiteral(", position");

    QList<qint64> ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QStringList ExampleQueries::tags(const QSqlDatabase &db, qint64 datasetId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT DISTINCT tags FROM examples WHERE dataset_id = ? AND tags != ''"));
    query.addBindValue(datasetId);
    QStringList result;
    if (query.exec()) {
        while (query.next()) {
            for (const QString &tag : ExampleTable::tagsFromColumn(query.value(0).toString())) {
                if (!result.contains(tag))
                    result.append(tag);
            }
        }
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

QHash<QString, int> ExampleQueries::splitCounts(const QSqlDatabase &db, qint64 datasetId)
{
    QHash<QString, int> counts{{DatasetStore::trainSplit(), 0},
                               {DatasetStore::validationSplit(), 0}};
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT split, count(*) FROM examples WHERE dataset_id = ? GROUP BY split"));
    query.addBindValue(datasetId);
    if (query.exec()) {
        while (query.next())
            counts.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return counts;
}

QList<ExampleRecord> ExampleQueries::examples(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<ExampleRecord> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM examples WHERE id IN (%2) "
                                   "ORDER BY dataset_id, position")
                        .arg(RecordColumns, idList(ids))))
        return result;
    while (query.next())
        result.append(recordFrom(query));
    return result;
}

bool ExampleQueries::forEachContaining(const QSqlDatabase &db, qint64 datasetId,
                                       const QString &text,
                                       const std::function<bool(ExampleRecord &)> &visit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM examples WHERE dataset_id = ? AND id IN "
                                 "(SELECT id FROM example_search WHERE dataset_id = ? AND "
                                 "text LIKE ? ESCAPE '\\') ORDER BY position")
                      .arg(RecordColumns));
    query.addBindValue(datasetId);
    query.addBindValue(datasetId);
    query.addBindValue(containsPattern(text));
    if (!query.exec())
        return false;
    while (query.next()) {
        ExampleRecord record = recordFrom(query);
        if (!visit(record))
            break;
    }
    return true;
}

ExampleQueries::Matches ExampleQueries::matches(const QSqlDatabase &db, qint64 datasetId,
                                                const QString &find, Qt::CaseSensitivity cs,
                                                const Cancel &cancel)
{
    Matches matches;
    if (find.isEmpty())
        return matches;
    forEachContaining(db, datasetId, find, [&](ExampleRecord &record) {
        const int count = ExampleJson::countMatches(record.json, find, cs);
        if (count > 0) {
            ++matches.examples;
            matches.occurrences += count;
        }
        return !(cancel && *cancel);
    });
    return matches;
}

QFuture<QList<qint64>> ExampleQueries::idsAsync(QThreadPool *pool, const QString &workspacePath,
                                                qint64 datasetId, const ExampleFilter &filter,
                                                DatasetStore::SortKey sort, Qt::SortOrder order)
{
    return run<QList<qint64>>(pool, workspacePath, [=](const QSqlDatabase &db) {
        return ids(db, datasetId, filter, sort, order);
    });
}

QFuture<QStringList> ExampleQueries::tagsAsync(QThreadPool *pool, const QString &workspacePath,
                                               qint64 datasetId)
{
    return run<QStringList>(pool, workspacePath,
                            [=](const QSqlDatabase &db) { return tags(db, datasetId); });
}

QFuture<QHash<QString, int>>
ExampleQueries::splitCountsAsync(QThreadPool *pool, const QString &workspacePath, qint64 datasetId)
{
    return run<QHash<QString, int>>(
        pool, workspacePath, [=](const QSqlDatabase &db) { return splitCounts(db, datasetId); });
}

QFuture<ExampleQueries::Matches>
ExampleQueries::matchesAsync(QThreadPool *pool, const QString &workspacePath, qint64 datasetId,
                             const QString &find, Qt::CaseSensitivity cs, const Cancel &cancel)
{
    return run<Matches>(pool, workspacePath, [=](const QSqlDatabase &db) {
        return matches(db, datasetId, find, cs, cancel);
    });
}
