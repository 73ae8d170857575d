#pragma once

#include "datasetstore.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The writes that may touch every example of a dataset, over any connection: DatasetStore
// runs them on the GUI thread's connection, BackgroundWriter jobs on a worker's. The caller
// owns the transaction; on failure they return false (or -1) with error set, and the
// caller rolls back. None of them changes which examples a dataset holds or their
// positions, so a view's rows stay valid while one runs in the background.
class ExampleWrites
{
public:
    // Replaces JSON, tags, note, split and status of every record (by id) and derives the
    // list columns and search text from the JSON; token counts are cleared.
    static bool update(const QSqlDatabase &db, const QList<ExampleRecord> &records, QString *error);
    // Puts each group of examples in its split ({"train": ids, "validation": ids}).
    static bool setSplits(const QSqlDatabase &db, const QHash<QString, QList<qint64>> &idsBySplit,
                          QString *error);
    // The split of every example of the dataset, grouped as setSplits takes them.
    static QHash<QString, QList<qint64>> splitsOf(const QSqlDatabase &db, qint64 datasetId);
    // Puts round(percent% of the examples) in validation and the rest in training, chosen
    // by a seeded shuffle (the same dataset, percentage and seed always give the same
    // split). Returns the number of validation examples, -1 on failure.
    static int validationSplit(const QSqlDatabase &db, qint64 datasetId, double percent,
                               quint64 seed, QString *error);
    // Marks every example whose messages equal an earlier example's; returns how many are
    // duplicates, -1 on failure.
    static int flagDuplicates(const QSqlDatabase &db, qint64 datasetId, QString *error);
    static bool setTokenCounts(const QSqlDatabase &db, const QList<TokenCounts> &counts,
                               QString *error);
    static bool touchDataset(const QSqlDatabase &db, qint64 datasetId, QString *error);
};
