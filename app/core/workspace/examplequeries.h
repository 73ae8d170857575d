#pragma once

#include "datasetstore.h"
#include "workspace.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QtConcurrent>
#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

// The reads that scan a dataset's examples, over any connection. DatasetStore forwards its
// scanning reads here (on the GUI thread's connection, for tests and the command line);
// views call the *Async variants, which run the same query on a worker thread with a
// connection of its own (Workspace::WorkerConnection), so the window never waits for a
// scan. An async result describes the workspace as committed when the query started: a
// view that changes its question drops the answers to older ones (ExampleListModel).
class ExampleQueries
{
public:
    // Find and replace's count: the examples containing a text, and how often it occurs.
    struct Matches
    {
        int examples = 0;
        int occurrences = 0;
    };
    // Set to stop a scan early (a newer question supersedes it); the result is then partial.
    using Cancel = std::shared_ptr<std::atomic_bool>;

    // The ids of the examples that pass the filter, in the order asked for.
    static QList<qint64> ids(const QSqlDatabase &db, qint64 datasetId, const ExampleFilter &filter,
                             DatasetStore::SortKey sort, Qt::SortOrder order);
    // Every tag used in the dataset, sorted.
    static QStringList tags(const QSqlDatabase &db, qint64 datasetId);
    // How many examples are in each split: {"train": n, "validation": m}.
    static QHash<QString, int> splitCounts(const QSqlDatabase &db, qint64 datasetId);
    // These examples in full, sorted by dataset and position (missing ids are skipped).
    static QList<ExampleRecord> examples(const QSqlDatabase &db, const QList<qint64> &ids);
    // Calls visit with every example whose messages, tool calls or tools contain text
    // (ignoring case, so a superset of a case-sensitive search), in stored order, until
    // visit returns false.
    static bool forEachContaining(const QSqlDatabase &db, qint64 datasetId, const QString &text,
                                  const std::function<bool(ExampleRecord &)> &visit);
    static Matches matches(const QSqlDatabase &db, qint64 datasetId, const QString &find,
                           Qt::CaseSensitivity cs, const Cancel &cancel = {});

    // Runs query on a worker of pool (the global pool when null) with its own connection to
    // the workspace file; a default Result when the file cannot be opened.
    template <typename Result>
    static QFuture<Result> run(QThreadPool *pool, const QString &workspacePath,
                               std::function<Result(const QSqlDatabase &)> query)
    {
        auto work = [workspacePath, query] {
            Workspace::WorkerConnection connection(workspacePath);
            return connection.isOpen() ? query(connection.database()) : Result();
        };
        return pool ? QtConcurrent::run(pool, work) : QtConcurrent::run(work);
    }

    static QFuture<QList<qint64>> idsAsync(QThreadPool *pool, const QString &workspacePath,
                                           qint64 datasetId, const ExampleFilter &filter,
                                           DatasetStore::SortKey sort, Qt::SortOrder order);
    static QFuture<QStringList> tagsAsync(QThreadPool *pool, const QString &workspacePath,
                                          qint64 datasetId);
    static QFuture<QHash<QString, int>>
    splitCountsAsync(QThreadPool *pool, const QString &workspacePath, qint64 datasetId);
    static QFuture<Matches> matchesAsync(QThreadPool *pool, const QString &workspacePath,
                                         qint64 datasetId, const QString &find,
                                         Qt::CaseSensitivity cs, const Cancel &cancel = {});
};
