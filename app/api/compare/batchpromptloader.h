#pragma once

#include "batchprompt.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QThreadPool;

// Where the prompts of a batch comparison come from: a JSONL file of chat (or preference)
// examples, a dataset's split, or chosen examples. Every read scans many examples, so the
// *Async variants run it on a worker (with a connection of its own to the workspace); the
// window never waits for them.
class BatchPromptLoader
{
    Q_DECLARE_TR_FUNCTIONS(BatchPromptLoader)

public:
    struct Loaded
    {
        QList<BatchPrompt> prompts;
        QStringList skipped; // one sentence per example left out, and why
        QString error;       // set when nothing could be read at all

        bool ok() const { return error.isEmpty(); }
    };

    static Loaded fromFile(const QString &path);
    // The examples of a dataset in one split ("validation", "train"; empty: all), in order.
    static Loaded fromDataset(const QSqlDatabase &db, qint64 datasetId, const QString &split);
    // These examples, in the dataset's order.
    static Loaded fromExamples(const QSqlDatabase &db, const QList<qint64> &exampleIds);

    static QFuture<Loaded> fromFileAsync(const QString &path);
    static QFuture<Loaded> fromDatasetAsync(QThreadPool *pool, const QString &workspacePath,
                                            qint64 datasetId, const QString &split);
    static QFuture<Loaded> fromExamplesAsync(QThreadPool *pool, const QString &workspacePath,
                                             const QList<qint64> &exampleIds);
};
