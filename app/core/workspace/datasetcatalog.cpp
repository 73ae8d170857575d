#include "datasetcatalog.h"

#include <QSqlQuery>
#include <QVariant>

DatasetCatalog::DatasetCatalog(const QSqlDatabase &db) : m_db(db) {}

QList<DatasetInfo> DatasetCatalog::datasets() const
{
    QList<DatasetInfo> result;
    QSqlQuery query(m_db);
    query.exec(
        QStringLiteral("SELECT id, name, kind, description, created_at, updated_at, "
                       "(SELECT count(*) FROM examples e WHERE e.dataset_id = d.id) "
                       "FROM datasets d WHERE state = 'ready' ORDER BY name COLLATE NOCASE"));
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(), query.value(6).toInt(),
                       query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    return result;
}

DatasetInfo DatasetCatalog::dataset(qint64 datasetId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, name, kind, description, created_at, updated_at, "
                                 "(SELECT count(*) FROM examples e WHERE e.dataset_id = d.id) "
                                 "FROM datasets d WHERE id = ?"));
    query.addBindValue(datasetId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(6).toInt(),    query.value(4).toLongLong(),
            query.value(5).toLongLong()};
}

qint64 DatasetCatalog::idByName(const QString &name) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM datasets WHERE name = ? AND state = 'ready'"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}
