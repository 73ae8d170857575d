#include "examplewrites.h"

#include "core/dataset/parsedexample.h"
#include "examplequeries.h"
#include "exampletable.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <random>

namespace {

// Ids per UPDATE ... WHERE id IN (...): long lists without one statement per example.
constexpr qsizetype IdsPerStatement = 500;

bool failed(const QSqlQuery &query, QString *error)
{
    *error = query.lastError().text();
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    return query.exec() || failed(query, error);
}

QString idList(QList<qint64>::const_iterator begin, QList<qint64>::const_iterator end)
{
    QString list;
    for (auto it = begin; it != end; ++it) {
        if (!list.isEmpty())
            list.append(QLatin1Char(','));
        list.append(QString::number(*it));
    }
    return list;
}

} // namespace

bool ExampleWrites::update(const QSqlDatabase &db, const QList<ExampleRecord> &records,
                           QString *error)
{
    QSqlQuery example(db);
    example.prepare(QStringLiteral(
        "UPDATE examples SET json = CAST(? AS TEXT), summary = ?, turns = ?, content_hash = ?, "
        "total_tokens = NULL, trained_tokens = NULL, tags = ?, note = ?, split = ?, status = ?, "
        "updated_at = ? WHERE id = ?"));
    QSqlQuery search(db);
    search.prepare(QStringLiteral("UPDATE example_search SET text = CAST(? AS TEXT) WHERE id = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ExampleRecord &record : records) {
        const ParsedExample parsed = ParsedExample::fromJson(record.json);
        example.bindValue(0, parsed.json);
        example.bindValue(1, ExampleTable::notNull(parsed.summary));
        example.bindValue(2, parsed.turns);
        example.bindValue(3, parsed.contentHash);
        example.bindValue(4, ExampleTable::notNull(ExampleTable::tagsColumn(record.tags)));
        example.bindValue(5, ExampleTable::notNull(record.note));
        example.bindValue(6, record.split.isEmpty() ? DatasetStore::trainSplit() : record.split);
        example.bindValue(7, record.status.isEmpty() ? QStringLiteral("unchecked") : record.status);
        example.bindValue(8, now);
        example.bindValue(9, record.id);
        search.bindValue(0, parsed.searchText);
        search.bindValue(1, record.id);
        if (!exec(example, error) || !exec(search, error))
            return false;
    }
    return true;
}

bool ExampleWrites::setSplits(const QSqlDatabase &db,
                              const QHash<QString, QList<qint64>> &idsBySplit, QString *error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = idsBySplit.cbegin(); it != idsBySplit.cend(); ++it) {
        const QList<qint64> &ids = it.value();
        for (qsizetype first = 0; first < ids.size(); first += IdsPerStatement) {
            const auto end = ids.cbegin() + std::min(ids.size(), first + IdsPerStatement);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE examples SET split = ?, updated_at = ? WHERE id "
                                         "IN (%1)")
                              .arg(idList(ids.cbegin() + first, end)));
            query.addBindValue(it.key());
            query.addBindValue(now);
            if (!exec(query, error))
                return false;
        }
    }
    return true;
}

QHash<QString, QList<qint64>> ExampleWrites::splitsOf(const QSqlDatabase &db, qint64 datasetId)
{
    QHash<QString, QList<qint64>> bySplit;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, split FROM examples WHERE dataset_id = ? ORDER BY position"));
    query.addBindValue(datasetId);
    if (query.exec()) {
        while (query.next())
            bySplit[query.value(1).toString()].append(query.value(0).toLongLong());
    }
    return bySplit;
}

int ExampleWrites::validationSplit(const QSqlDatabase &db, qint64 datasetId, double percent,
                                   quint64 seed, QString *error)
{
    QList<qint64> ids =
        ExampleQueries::ids(db, datasetId, {}, DatasetStore::SortKey::Position, Qt::AscendingOrder);
    // A Fisher-Yates shuffle with a fixed generator: std::shuffle and the standard
    // distributions differ between libraries, and the split must not.
    std::mt19937_64 generator(seed);
    for (qsizetype i = ids.size() - 1; i > 0; --i)
        std::swap(ids[i], ids[qsizetype(generator() % quint64(i + 1))]);
    const qsizetype validation =
        qsizetype(std::llround(double(ids.size()) * std::clamp(percent, 0.0, 100.0) / 100.0));

    QSqlQuery all(db);
    all.prepare(QStringLiteral("UPDATE examples SET split = ? WHERE dataset_id = ?"));
    all.addBindValue(DatasetStore::trainSplit());
    all.addBindValue(datasetId);
    if (!exec(all, error))
        return -1;
    QSqlQuery one(db);
    one.prepare(QStringLiteral("UPDATE examples SET split = ? WHERE id = ?"));
    for (qsizetype i = 0; i < validation; ++i) {
        one.bindValue(0, DatasetStore::validationSplit());
        one.bindValue(1, ids.at(i));
        if (!exec(one, error))
            return -1;
    }
    return int(validation);
}

int ExampleWrites::flagDuplicates(const QSqlDatabase &db, qint64 datasetId, QString *error)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("UPDATE examples SET duplicate_of = NULL WHERE dataset_id = ? "
                                 "AND duplicate_of IS NOT NULL"));
    clear.addBindValue(datasetId);
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral(
        "UPDATE examples SET duplicate_of = d.first FROM (SELECT id, first_value(id) OVER "
        "(PARTITION BY content_hash ORDER BY position) AS first FROM examples "
        "WHERE dataset_id = ?) AS d WHERE examples.id = d.id AND d.first != d.id"));
    mark.addBindValue(datasetId);
    QSqlQuery count(db);
    count.prepare(QStringLiteral(
        "SELECT count(*) FROM examples WHERE dataset_id = ? AND duplicate_of IS NOT NULL"));
    count.addBindValue(datasetId);
    if (!exec(clear, error) || !exec(mark, error) || !exec(count, error))
        return -1;
    return count.next() ? count.value(0).toInt() : 0;
}

bool ExampleWrites::setTokenCounts(const QSqlDatabase &db, const QList<TokenCounts> &counts,
                                   QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE examples SET total_tokens = ?, trained_tokens = ? WHERE id = ?"));
    for (const TokenCounts &count : counts) {
        query.bindValue(0, count.totalTokens < 0 ? QVariant() : QVariant(count.totalTokens));
        query.bindValue(1, count.trainedTokens < 0 ? QVariant() : QVariant(count.trainedTokens));
        query.bindValue(2, count.exampleId);
        if (!exec(query, error))
            return false;
    }
    return true;
}

bool ExampleWrites::touchDataset(const QSqlDatabase &db, qint64 datasetId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE datasets SET updated_at = ? WHERE id = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(datasetId);
    return exec(query, error);
}
