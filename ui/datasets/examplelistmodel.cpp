#include "examplelistmodel.h"

#include "core/workspace/examplequeries.h"
#include "core/workspace/workspace.h"

#include "ui/common/untrustedtext.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

ExampleListModel::ExampleListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_windows(64)
{
    // Two threads: a new query starts while a superseded one still finishes.
    m_pool.setMaxThreadCount(2);
    connect(&m_query, &QFutureWatcher<QList<qint64>>::finished, this,
            &ExampleListModel::onQueryFinished);
}

void ExampleListModel::setStore(DatasetStore *store)
{
    cancelQuery();
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_datasetId = 0;
    m_count = 0;
    m_ids.clear();
    m_windows.clear();
    m_resetting = false;
    connectStore();
    endResetModel();
}

void ExampleListModel::connectStore()
{
    if (!m_store)
        return;
    connectRowSignals();
    connectResetSignals();
    connect(m_store, &DatasetStore::examplesChanged, this, &ExampleListModel::onChanged);
    connect(m_store, &DatasetStore::datasetAboutToBeRemoved, this, [this](qint64 ds) {
        if (isMine(ds))
            setDataset(0);
    });
}

void ExampleListModel::connectRowSignals()
{
    // In stored order the store's signals map one to one onto rows. A filtered or sorted
    // list cannot know where a new example lands, so it asks again; removed examples leave
    // it at once. A query still running was asked before the change: it is asked again.
    connect(m_store, &DatasetStore::examplesAboutToBeInserted, this,
            [this](qint64 ds, int first, int last) {
                if (isMine(ds) && byPosition())
                    beginInsertRows({}, first, last);
            });
    connect(m_store, &DatasetStore::examplesInserted, this, [this](qint64 ds, int first, int last) {
        if (!isMine(ds))
            return;
        if (byPosition()) {
            m_windows.clear();
            m_count += last - first + 1;
            endInsertRows();
        }
        if (!byPosition() || m_querying)
            requeryAfterChange();
    });
    connect(m_store, &DatasetStore::examplesAboutToBeRemoved, this,
            [this](qint64 ds, int first, int last) {
                if (isMine(ds))
                    onAboutToBeRemoved(first, last);
            });
    connect(m_store, &DatasetStore::examplesRemoved, this, [this](qint64 ds, int first, int last) {
        if (isMine(ds))
            onRemoved(first, last);
    });
    connect(m_store, &DatasetStore::exampleAboutToBeMoved, this, [this](qint64 ds, int from, int to) {
        if (isMine(ds) && byPosition())
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(m_store, &DatasetStore::exampleMoved, this, [this](qint64 ds, int, int) {
        if (!isMine(ds))
            return;
        if (byPosition()) {
            m_windows.clear();
            endMoveRows();
        } else {
            allRowsChanged(); // the numbers changed
        }
        if (!byPosition() || m_querying)
            requeryAfterChange();
    });
}

void ExampleListModel::connectResetSignals()
{
    // A filtered list keeps its rows (shown again with their new contents) until the new
    // ids arrive; rows of examples that are gone stay blank until then.
    connect(m_store, &DatasetStore::examplesAboutToBeReset, this, [this](qint64 ds) {
        if (!isMine(ds) || !byPosition() || m_resetting)
            return;
        m_resetting = true;
        beginResetModel();
    });
    connect(m_store, &DatasetStore::examplesReset, this, [this](qint64 ds) {
        if (!isMine(ds))
            return;
        if (m_resetting) {
            m_resetting = false;
            m_windows.clear();
            m_count = m_store->exampleCount(m_datasetId);
            endResetModel();
        } else {
            allRowsChanged();
        }
        if (!byPosition() || m_querying)
            requeryAfterChange();
    });
}

void ExampleListModel::onAboutToBeRemoved(int first, int last)
{
    if (byPosition()) {
        beginRemoveRows({}, first, last);
        return;
    }
    m_removing.clear();
    for (const ExampleRow &row : m_store->rows(m_datasetId, first, last - first + 1))
        m_removing.append(row.id);
}

void ExampleListModel::onRemoved(int first, int last)
{
    if (byPosition()) {
        m_windows.clear();
        m_count -= last - first + 1;
        endRemoveRows();
    } else {
        dropShownIds(std::exchange(m_removing, {}));
    }
    if (m_querying)
        requeryAfterChange();
}

void ExampleListModel::dropShownIds(const QList<qint64> &ids)
{
    const QSet<qint64> gone(ids.cbegin(), ids.cend());
    // From the last row up, one contiguous run at a time, so each signal's rows are valid.
    for (int row = int(m_ids.size()) - 1; row >= 0;) {
        if (!gone.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int top = row;
        while (top > 0 && gone.contains(m_ids.at(top - 1)))
            --top;
        beginRemoveRows({}, top, row);
        m_ids.remove(top, row - top + 1);
        m_count = int(m_ids.size());
        m_windows.clear();
        endRemoveRows();
        row = top - 1;
    }
}

void ExampleListModel::setDataset(qint64 datasetId)
{
    // Rows of another dataset mean nothing here: an empty list until the new rows arrive.
    if (datasetId != m_datasetId && !m_wanted.byPosition())
        show(m_wanted, {}, 0);
    m_datasetId = datasetId;
    requery();
}

void ExampleListModel::setFilter(const ExampleFilter &filter)
{
    m_wanted.filter = filter;
    requery();
}

void ExampleListModel::sort(int column, Qt::SortOrder order)
{
    static const DatasetStore::SortKey keys[ColumnCount] = {
        DatasetStore::SortKey::Summary, DatasetStore::SortKey::Turns,
        DatasetStore::SortKey::TotalTokens, DatasetStore::SortKey::Tags,
        DatasetStore::SortKey::Split,
        DatasetStore::SortKey::Status,  DatasetStore::SortKey::Position};
    if (column < 0 || column >= ColumnCount)
        return;
    m_wanted.sort = keys[column];
    m_wanted.order = order;
    requery();
}

void ExampleListModel::requery()
{
    if (!m_store || !m_datasetId) {
        cancelQuery();
        show(m_wanted, {}, 0);
        return;
    }
    if (m_wanted.byPosition()) {
        // Unfiltered, in stored order: one count over the position index, no scan.
        cancelQuery();
        show(m_wanted, {}, m_store->exampleCount(m_datasetId));
        return;
    }
    m_asked = m_wanted;
    m_answerIsStale = false;
    m_query.setFuture(ExampleQueries::idsAsync(&m_pool, m_store->workspace()->path(), m_datasetId,
                                               m_asked.filter, m_asked.sort, m_asked.order));
    setQuerying(true);
}

void ExampleListModel::requeryAfterChange()
{
    // The store signals from inside its transaction, and a worker's connection only sees
    // what is committed: ask once control is back in the event loop. An answer to a
    // question asked before the change is dropped.
    m_answerIsStale = true;
    if (m_requeryPosted)
        return;
    m_requeryPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_requeryPosted = false;
            requery();
        },
        Qt::QueuedConnection);
}

void ExampleListModel::cancelQuery()
{
    // The running query's answer will find the model no longer asking and is dropped.
    setQuerying(false);
}

void ExampleListModel::onQueryFinished()
{
    // A finished signal can still arrive for a future the watcher no longer watches: only
    // the current query's answer, once, is applied.
    if (!m_querying || m_answerIsStale || !m_query.isFinished() || m_query.isCanceled())
        return;
    const QList<qint64> ids = m_query.result();
    show(m_asked, ids, int(ids.size()));
    setQuerying(false);
}

void ExampleListModel::show(const View &view, const QList<qint64> &ids, int count)
{
    beginResetModel();
    m_shown = view;
    m_ids = ids;
    m_count = count;
    m_windows.clear();
    endResetModel();
}

void ExampleListModel::setQuerying(bool querying)
{
    if (querying == m_querying)
        return;
    m_querying = querying;
    Q_EMIT queryingChanged(querying);
}

void ExampleListModel::allRowsChanged()
{
    m_windows.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void ExampleListModel::onChanged(qint64 datasetId, const QList<qint64> &ids)
{
    if (!isMine(datasetId) || m_count == 0)
        return;
    // A few examples (typing, a tag): only their windows are fetched again, so typing in a
    // message costs one small query; many (a bulk edit): every row.
    if (ids.size() > 32)
        return allRowsChanged();
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_windows.remove(row / WindowSize);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

const ExampleRow *ExampleListModel::rowAt(int row) const
{
    if (!m_store || row < 0 || row >= m_count)
        return nullptr;
    const int window = row / WindowSize;
    QList<ExampleRow> *rows = m_windows.object(window);
    if (!rows) {
        const int first = window * WindowSize;
        rows = new QList<ExampleRow>(
            byPosition() ? m_store->rows(m_datasetId, first, WindowSize)
                         : m_store->rowsForIds(m_ids.mid(first, WindowSize)));
        m_windows.insert(window, rows);
    }
    const int offset = row - window * WindowSize;
    if (byPosition())
        return offset < rows->size() ? &rows->at(offset) : nullptr;
    // rowsForIds skips examples that are gone: find this row's own example.
    const qint64 id = m_ids.at(row);
    if (offset < rows->size() && rows->at(offset).id == id)
        return &rows->at(offset);
    for (const ExampleRow &candidate : *rows) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

qint64 ExampleListModel::exampleIdAt(int row) const
{
    if (!byPosition())
        return m_ids.value(row);
    const ExampleRow *found = rowAt(row);
    return found ? found->id : 0;
}

int ExampleListModel::rowOf(qint64 exampleId) const
{
    if (!m_store || !exampleId)
        return -1;
    if (!byPosition())
        return int(m_ids.indexOf(exampleId));
    const int position = m_store->positionOf(exampleId);
    return position < m_count ? position : -1;
}

QList<int> ExampleListModel::rowsOf(const QList<qint64> &exampleIds) const
{
    QList<int> rows;
    rows.reserve(exampleIds.size());
    // A search per id is cheaper than a table of every row until there are many ids.
    if (byPosition() || exampleIds.size() * m_ids.size() < 4'000'000) {
        for (const qint64 id : exampleIds)
            rows.append(rowOf(id));
        return rows;
    }
    QHash<qint64, int> rowById;
    rowById.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        rowById.insert(m_ids.at(row), row);
    for (const qint64 id : exampleIds)
        rows.append(rowById.value(id, -1));
    return rows;
}

int ExampleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int ExampleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExampleListModel::splitLabel(const QString &split)
{
    if (split == DatasetStore::validationSplit())
        return tr("Validation");
    if (split == DatasetStore::trainSplit())
        return tr("Training");
    return split;
}

QString ExampleListModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("unchecked"))
        return tr("Not checked");
    if (status == QLatin1String("ok"))
        return tr("Good");
    if (status == QLatin1String("warning"))
        return tr("Has warnings");
    if (status == QLatin1String("error"))
        return tr("Has errors");
    return status;
}

QVariant ExampleListModel::display(const ExampleRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.position + 1;
    case FirstMessageColumn:
        return UntrustedText::shown(row.summary);
    case TurnsColumn:
        return row.turns;
    case TokensColumn:
        // Counted in the background; blank until then rather than a misleading 0.
        return row.totalTokens < 0 ? QVariant() : QVariant(QLocale().toString(row.totalTokens));
    case TagsColumn:
        return row.tags.join(QStringLiteral(", "));
    case SplitColumn:
        return splitLabel(row.split);
    case StatusColumn:
        return row.duplicateOf ? tr("Duplicate") : statusLabel(row.status);
    default:
        return {};
    }
}

QVariant ExampleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExampleRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && row->duplicateOf) {
            const int position = m_store->positionOf(row->duplicateOf);
            return tr("Has the same messages as example %1").arg(position + 1);
        }
        if (index.column() == FirstMessageColumn)
            return UntrustedText::toolTip(row->summary);
        if (index.column() == TagsColumn && !row->tags.isEmpty()) // the column may show them shortened
            return UntrustedText::toolTip(row->tags.join(QStringLiteral(", ")));
        if (index.column() == TokensColumn && row->totalTokens >= 0)
            return tr("%1 tokens in all; the model learns from %2 of them (its answers)")
                .arg(QLocale().toString(row->totalTokens), QLocale().toString(row->trainedTokens));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == TurnsColumn
            || index.column() == TokensColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn
            && (row->duplicateOf || row->status == QLatin1String("error")))
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case ExampleIdRole:
        return row->id;
    case PositionRole:
        return row->position;
    default:
        return {};
    }
}

QVariant ExampleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case FirstMessageColumn:
        return tr("First message");
    case TurnsColumn:
        return tr("Messages");
    case TokensColumn:
        return tr("Tokens");
    case TagsColumn:
        return tr("Tags");
    case SplitColumn:
        return tr("Used for");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
