#pragma once

#include "core/workspace/datasetstore.h"

#include <QHash>
#include <QList>
#include <QtConcurrent>

// How undo commands write many examples at once. Up to ManyExamples records go through the
// store on the GUI thread, stored before push() returns like every small edit; more go to
// the store's background writer (BackgroundWriter), and the views hear of them when they
// are committed: examplesChanged for new contents, a reset pair for new splits.
class BulkWrite
{
public:
    static constexpr qsizetype ManyExamples = 200;

    static void updateExamples(DatasetStore *store, qint64 datasetId,
                               const QList<ExampleRecord> &records);
    static void setSplits(DatasetStore *store, qint64 datasetId,
                          const QHash<QString, QList<qint64>> &idsBySplit);

    static QList<qint64> idsOf(const QList<ExampleRecord> &records);

    // Freeing 100,000 kept records takes the GUI thread a second or more (a command is
    // deleted when a new one replaces it on the undo stack): drops the last reference on a
    // worker instead.
    template<typename Records>
    static void releaseLater(Records &&records)
    {
        (void)QtConcurrent::run([kept = std::forward<Records>(records)] { Q_UNUSED(kept) });
    }
};
