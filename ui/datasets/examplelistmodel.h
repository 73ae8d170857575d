#pragma once

#include "core/workspace/datasetstore.h"

#include <QAbstractTableModel>
#include <QCache>

// The examples of one dataset as a table (#, first user message, turns, tags, split,
// status) over the workspace. Rows are fetched from the store in windows, only when a view
// asks for them, so a dataset of 100,000 examples opens and scrolls without loading it.
// Unfiltered and in stored order the row is the example's position; with a filter or
// another sort the model keeps only the list of matching ids.
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
    ExampleFilter filter() const { return m_filter; }

    qint64 exampleIdAt(int row) const;
    // -1 when the example is not shown (filtered out) or unknown.
    int rowOf(qint64 exampleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString splitLabel(const QString &split);
    static QString statusLabel(const QString &status);

private:
    static constexpr int WindowSize = 200;

    bool byPosition() const;
    const ExampleRow *rowAt(int row) const;
    void requery();
    void resetAll();
    bool isMine(qint64 datasetId) const { return m_store && datasetId == m_datasetId && m_datasetId; }
    void connectStore();
    void onChanged(qint64 datasetId, const QList<qint64> &ids);
    QVariant display(const ExampleRow &row, int column) const;

    DatasetStore *m_store = nullptr;
    qint64 m_datasetId = 0;
    ExampleFilter m_filter;
    DatasetStore::SortKey m_sortKey = DatasetStore::SortKey::Position;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    int m_count = 0;
    QList<qint64> m_ids; // only when filtered or sorted
    mutable QCache<int, QList<ExampleRow>> m_windows;
};
