#pragma once

#include "core/workspace/datasetstore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QFutureWatcher>
#include <QThreadPool>

// The examples of one dataset as a table (#, first user message, turns, tags, split,
// status) over the workspace. Rows are fetched from the store in windows, only when a view
// asks for them, so a dataset of 100,000 examples opens and scrolls without loading it.
// Unfiltered and in stored order the row is the example's position; with a filter or
// another sort the model keeps only the list of matching ids.
//
// Those ids are looked up off the GUI thread (ExampleQueries::idsAsync, on the model's own
// threads so a long token count cannot hold them up): the rows of the previous filter or
// sort stay until the new ids arrive, then the model resets once. A newer question
// supersedes an older one, whose answer is dropped; querying() tells views to show busy.
// A change of the examples while a query runs asks again, so the answer is never older
// than the last change.
class ExampleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The number comes last in the model (the view shows it first): column 0 must identify
    // a row across inserts, which a position does not.
    enum Column { FirstMessageColumn, TurnsColumn, TokensColumn, TagsColumn, SplitColumn,
                  StatusColumn, NumberColumn, ColumnCount };
    enum Role { ExampleIdRole = Qt::UserRole + 1, PositionRole };

    explicit ExampleListModel(QObject *parent = nullptr);

    void setStore(DatasetStore *store);
    void setDataset(qint64 datasetId);
    qint64 datasetId() const { return m_datasetId; }
    void setFilter(const ExampleFilter &filter);
    // The filter asked for (the rows may still be those of the previous one, see querying).
    ExampleFilter filter() const { return m_wanted.filter; }
    // True while the ids for a newer filter or sort are being looked up.
    bool isQuerying() const { return m_querying; }

    qint64 exampleIdAt(int row) const;
    // -1 when the example is not shown (filtered out) or unknown.
    int rowOf(qint64 exampleId) const;
    // The rows of these examples (-1 for those not shown), cheaper than rowOf for many.
    QList<int> rowsOf(const QList<qint64> &exampleIds) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString splitLabel(const QString &split);
    static QString statusLabel(const QString &status);

Q_SIGNALS:
    void queryingChanged(bool querying);

private:
    static constexpr int WindowSize = 200;

    // Which examples, in which order.
    struct View
    {
        ExampleFilter filter;
        DatasetStore::SortKey sort = DatasetStore::SortKey::Position;
        Qt::SortOrder order = Qt::AscendingOrder;
        bool byPosition() const
        {
            return filter.isEmpty() && sort == DatasetStore::SortKey::Position
                   && order == Qt::AscendingOrder;
        }
    };

    bool byPosition() const { return m_shown.byPosition(); }
    const ExampleRow *rowAt(int row) const;
    void requery();
    void requeryAfterChange();
    void cancelQuery();
    void onQueryFinished();
    void show(const View &view, const QList<qint64> &ids, int count);
    void setQuerying(bool querying);
    bool isMine(qint64 datasetId) const { return m_store && datasetId == m_datasetId && m_datasetId; }
    void connectStore();
    void connectRowSignals();
    void connectResetSignals();
    void onAboutToBeRemoved(int first, int last);
    void onRemoved(int first, int last);
    void dropShownIds(const QList<qint64> &ids);
    void onChanged(qint64 datasetId, const QList<qint64> &ids);
    void allRowsChanged();
    QVariant display(const ExampleRow &row, int column) const;

    DatasetStore *m_store = nullptr;
    qint64 m_datasetId = 0;
    View m_wanted; // asked for
    View m_shown;  // what m_ids and m_count show
    int m_count = 0;
    QList<qint64> m_ids; // only when filtered or sorted
    mutable QCache<int, QList<ExampleRow>> m_windows;
    bool m_resetting = false;
    QList<qint64> m_removing; // ids about to be removed from a filtered list

    QThreadPool m_pool;
    QFutureWatcher<QList<qint64>> m_query;
    View m_asked; // what m_query looks up
    bool m_querying = false;
    bool m_answerIsStale = false; // the examples changed after m_query was asked
    bool m_requeryPosted = false;
};
