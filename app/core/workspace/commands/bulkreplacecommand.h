#pragma once

#include "core/workspace/datasetstore.h"
#include "core/workspace/examplequeries.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <atomic>
#include <functional>
#include <memory>

// Find and replace across every message of a dataset. preview() counts first, so the user
// sees how many places change before applying. One transaction, one undo step.
//
// inBackground() is the page's variant for big datasets: nothing is read on the GUI thread.
// Its first redo finds the matches on the store's background writer, after every write
// queued before it, and writes the replacements in the same job; undo and redo hand the
// kept records to the writer again. The records live in one shared block that only the
// writer's thread fills (once, in the first job) and later jobs and done callbacks only
// read, so the command can be undone before the first job even ran.
class BulkReplaceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(BulkReplaceCommand)

public:
    using Matches = ExampleQueries::Matches;
    // Reports how many places were replaced, on the GUI thread.
    using Replaced = std::function<void(int count)>;

    // Scans the dataset on the calling thread: the examples and occurrences of find.
    static Matches preview(const DatasetStore *store, qint64 datasetId, const QString &find,
                           Qt::CaseSensitivity cs);

    // Finds the matches now, on the calling thread (tests, small datasets).
    BulkReplaceCommand(DatasetStore *store, qint64 datasetId, const QString &find,
                       const QString &replacement, Qt::CaseSensitivity cs,
                       QUndoCommand *parent = nullptr);
    static BulkReplaceCommand *inBackground(DatasetStore *store, qint64 datasetId,
                                            const QString &find, const QString &replacement,
                                            Qt::CaseSensitivity cs, Replaced replaced = {});
    ~BulkReplaceCommand() override;

    void redo() override;
    void undo() override;

    // -1 until the matches are known (inBackground).
    int replacedCount() const { return m_records->count; }

private:
    struct Records
    {
        QList<ExampleRecord> before;
        QList<ExampleRecord> after;
        QList<qint64> ids;
        std::atomic_int count{-1};
    };

    BulkReplaceCommand(DatasetStore *store, qint64 datasetId, const QString &find,
                       const QString &replacement, Qt::CaseSensitivity cs, Replaced replaced);
    static void find(const QSqlDatabase &db, qint64 datasetId, const QString &find,
                     const QString &replacement, Qt::CaseSensitivity cs, Records *records);
    void writeInBackground(bool redo);

    DatasetStore *m_store;
    qint64 m_datasetId;
    QString m_find;
    QString m_replacement;
    Qt::CaseSensitivity m_cs;
    bool m_background = false;
    Replaced m_replaced;
    std::shared_ptr<Records> m_records = std::make_shared<Records>();
};
