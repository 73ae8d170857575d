#pragma once

#include "datasettypes.h"

#include <QSqlDatabase>

// Reads the datasets of a workspace on one connection. Only finished datasets are listed: the
// staging dataset of an import that is still running (or was cut short) stays hidden.
class DatasetCatalog
{
public:
    explicit DatasetCatalog(const QSqlDatabase &db);

    QList<DatasetInfo> datasets() const;         // by name, case-insensitively
    DatasetInfo dataset(qint64 datasetId) const; // id 0 when there is none
    qint64 idByName(const QString &name) const;  // 0 when there is none

private:
    QSqlDatabase m_db;
};
