#pragma once

// DatasetStore: the datasets and examples of one workspace, for the GUI thread.
//
// Contract for views, models and undo commands
// --------------------------------------------
// * Every call runs synchronously on the GUI thread's connection (Workspace::database()).
//   Calls marked "scans" read every example of a dataset; they stay within about 100 ms for
//   100,000 examples. Whole-file work (import, export) runs on workers: DatasetImporter,
//   DatasetExporter. After a worker changed a dataset, call reload(datasetId).
// * The examples of a dataset are ordered by position, dense from 0 to exampleCount() - 1,
//   so in an unfiltered list the row IS the position. rows(datasetId, first, count) fetches
//   a window for a list model; ids stay stable for the life of an example.
// * Signals come in about-to / done pairs that map one to one onto QAbstractItemModel:
//     examplesAboutToBeInserted(ds, first, last) / examplesInserted  -> begin/endInsertRows
//     examplesAboutToBeRemoved(ds, first, last)  / examplesRemoved   -> begin/endRemoveRows
//     exampleAboutToBeMoved(ds, from, to)        / exampleMoved      -> begin/endMoveRows with
//         destinationChild = to > from ? to + 1 : to  (to is the final position)
//     examplesAboutToBeReset(ds)                 / examplesReset     -> begin/endResetModel
//     examplesChanged(ds, ids)                                       -> dataChanged for those ids
//   Removing scattered examples emits one pair per contiguous run, from the last run to the
//   first, so the positions in each pair are valid when it is emitted. Bulk operations
//   touching many runs, a new split or an import emit one reset pair instead.
//   A filtered or sorted model (exampleIds with a filter) should re-query on insert/remove;
//   exampleIdsAsync runs that query off the GUI thread (the design keeps scans off it);
//   ExampleQueries holds every scan, with async variants.
// * Writes that may touch a whole dataset can run on writer(), a serial background queue
//   (see BackgroundWriter); the store's own writes and full-record reads (example,
//   examples) wait for that queue first, so nothing overtakes a queued write.
// * An undo command whose write failed calls announceFailure(): writeFailed(message) tells
//   the window, and the command drops out of the undo stack (nothing was changed).
// * Dataset signals: datasetAdded, datasetChanged (renamed, or its example count changed),
//   datasetAboutToBeRemoved / datasetRemoved.
// * Writes return false (or 0 / empty) on failure and leave the workspace unchanged (each
//   call is one transaction); lastError() then holds a sentence for the user.
// * Every write is stored at once: there is no "save".
// * For undo: removeExamples() returns the full records it removed; insertExamples() with
//   those records puts them back at their positions with their old ids.
// * An example's JSON is kept as imported (unknown fields included) until it is edited;
//   setJson()/updateExample() store the new object. The list columns (summary, turns,
//   search text, content hash) are derived from the JSON by the store; token columns are
//   cleared by a JSON edit and filled by setTokenCounts().

#include "datasettypes.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

class BackgroundWriter;
class Workspace;

class DatasetStore : public QObject
{
    Q_OBJECT

public:
    enum class SortKey { Position, Summary, Turns, Tags, Split, Status, TotalTokens };

    static QString trainSplit() { return QStringLiteral("train"); }
    static QString validationSplit() { return QStringLiteral("validation"); }

    explicit DatasetStore(Workspace *workspace, QObject *parent = nullptr);
    ~DatasetStore() override;

    Workspace *workspace() const { return m_workspace; }
    // The serial queue for big writes off the GUI thread.
    BackgroundWriter *writer() const { return m_writer.get(); }
    QString lastError() const { return m_lastError; }

    // ---- datasets
    QList<DatasetInfo> datasets() const;
    DatasetInfo dataset(qint64 datasetId) const;            // id 0 when there is none
    qint64 datasetIdByName(const QString &name) const;      // 0 when there is none
    QString uniqueDatasetName(const QString &wanted) const; // "Name", "Name (2)", ...
    qint64 createDataset(const QString &name, const QString &kind = QStringLiteral("chat"));
    bool renameDataset(qint64 datasetId, const QString &name);
    bool removeDataset(qint64 datasetId);

    // ---- examples: reading
    int exampleCount(qint64 datasetId) const;
    // A window of the list by position: [first, first + count).
    QList<ExampleRow> rows(qint64 datasetId, int first, int count) const;
    // The rows of these examples, in the order given (missing ids are skipped).
    QList<ExampleRow> rowsForIds(const QList<qint64> &ids) const;
    ExampleRecord example(qint64 exampleId) const; // id 0 when there is none
    QList<ExampleRecord> examples(const QList<qint64> &ids) const;
    // The size of the example's stored JSON (bytes; -1 when there is none): whether reading
    // it whole would hold the window up.
    qint64 exampleBytes(qint64 exampleId) const;
    // example() on a worker with its own connection, for examples of megabytes: reading and
    // parsing them would block the GUI thread for a tenth of a second and more.
    QFuture<ExampleRecord> exampleAsync(qint64 exampleId) const;
    int positionOf(qint64 exampleId) const; // -1 when there is none
    qint64 idAt(qint64 datasetId, int position) const;
    // Scans. The ids of the examples that pass the filter, in the order asked for.
    QList<qint64> exampleIds(qint64 datasetId, const ExampleFilter &filter = {},
                             SortKey sort = SortKey::Position,
                             Qt::SortOrder order = Qt::AscendingOrder) const;
    // The same, on a worker thread with its own connection, so a text filter over a big
    // dataset never blocks the window: watch the future with a QFutureWatcher.
    QFuture<QList<qint64>> exampleIdsAsync(qint64 datasetId, const ExampleFilter &filter = {},
                                           SortKey sort = SortKey::Position,
                                           Qt::SortOrder order = Qt::AscendingOrder) const;
    // Scans. Every tag used in the dataset, sorted.
    QStringList tags(qint64 datasetId) const;
    // Scans. How many examples are in each split: {"train": n, "validation": m}.
    QHash<QString, int> splitCounts(qint64 datasetId) const;

    // ---- examples: writing (each call is one transaction)
    // Inserts at position (clamped to [0, count]); returns the new id, 0 on failure.
    qint64 insertExample(qint64 datasetId, int position, const ExampleRecord &record);
    qint64 appendExample(qint64 datasetId, const QJsonObject &json);
    // Inserts each record at its own position (records sorted by position; positions are
    // the final ones, as removeExamples returned them). Reuses record ids that are free.
    QList<qint64> insertExamples(qint64 datasetId, const QList<ExampleRecord> &records);
    qint64 duplicateExample(qint64 exampleId); // the copy goes right after the original
    QList<ExampleRecord> removeExamples(const QList<qint64> &ids); // empty on failure
    bool moveExample(qint64 exampleId, int toPosition);

    bool setJson(qint64 exampleId, const QJsonObject &json);
    bool setNote(qint64 exampleId, const QString &note);
    bool setTags(qint64 exampleId, const QStringList &tags);
    // Replaces JSON, tags, note, split and status of every record (by id) in one transaction.
    bool updateExamples(const QList<ExampleRecord> &records);
    bool setSplit(const QList<qint64> &ids, const QString &split);
    bool setStatus(const QList<qint64> &ids, const QString &status);
    bool addTag(const QList<qint64> &ids, const QString &tag);
    bool removeTag(const QList<qint64> &ids, const QString &tag);
    bool setTokenCounts(const QList<TokenCounts> &counts); // does not clear status

    // ---- splits and duplicates
    // Puts round(percent% of the examples) in validation, the rest in training, chosen by a
    // seeded shuffle: the same dataset, percentage and seed always give the same split.
    // Returns the number of validation examples, -1 on failure. Emits a reset pair.
    int makeValidationSplit(qint64 datasetId, double percent, quint64 seed);
    // Marks every example whose messages equal an earlier example's (duplicateOf in the
    // rows); returns how many are duplicates, -1 on failure. Emits a reset pair.
    int flagDuplicates(qint64 datasetId);

    // Tells views a worker changed this dataset (import): emits a reset pair and datasetChanged.
    void reload(qint64 datasetId);

    // Called by DatasetImporter when an import succeeded: emits datasetAdded for a dataset
    // the import created, otherwise a reset pair for the dataset that grew.
    void announceImport(qint64 datasetId, bool createdDataset);
    // Called when a background write changed these examples: emits examplesChanged.
    void announceChanged(qint64 datasetId, const QList<qint64> &ids);
    // Called by an undo command whose write failed (it has no window to tell): emits
    // writeFailed with lastError(), the sentence for the user.
    void announceFailure();

    // Removes what an interrupted import left behind (see ImportStaging; called by the
    // constructor; running imports are left alone).
    void discardUnfinishedImports();

Q_SIGNALS:
    void datasetAdded(qint64 datasetId);
    void datasetChanged(qint64 datasetId);
    void datasetAboutToBeRemoved(qint64 datasetId);
    void datasetRemoved(qint64 datasetId);

    void examplesAboutToBeInserted(qint64 datasetId, int first, int last);
    void examplesInserted(qint64 datasetId, int first, int last);
    void examplesAboutToBeRemoved(qint64 datasetId, int first, int last);
    void examplesRemoved(qint64 datasetId, int first, int last);
    void exampleAboutToBeMoved(qint64 datasetId, int from, int to);
    void exampleMoved(qint64 datasetId, int from, int to);
    void examplesAboutToBeReset(qint64 datasetId);
    void examplesReset(qint64 datasetId);
    void examplesChanged(qint64 datasetId, const QList<qint64> &ids);
    // An edit could not be stored (a full disk, a busy workspace): say so to the user.
    void writeFailed(const QString &message);

private:
    QSqlDatabase db() const;
    void waitForWriter() const;
    bool fail(const QString &detail) const;
    bool begin();
    bool commit();
    void rollback();
    qint64 datasetOf(qint64 exampleId) const;
    bool touchDataset(qint64 datasetId);
    bool insertRecord(qint64 datasetId, int position, const ExampleRecord &record, qint64 *id);
    bool shiftPositions(qint64 datasetId, int from, int delta);
    bool renumber(qint64 datasetId);
    bool updateRecord(const ExampleRecord &record);
    bool setColumn(const QList<qint64> &ids, const QString &column, const QString &value);
    bool editTags(const QList<qint64> &ids, const QString &tag, bool add);
    void emitChanged(const QList<qint64> &ids);
    void emitResetDone(qint64 datasetId);

    Workspace *m_workspace;
    mutable QString m_lastError;
    std::unique_ptr<BackgroundWriter> m_writer;
};
