#include "examplelistmodel.h"

#include <QColor>
#include <QLocale>

ExampleListModel::ExampleListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_windows(64)
{}

void ExampleListModel::setStore(DatasetStore *store)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_datasetId = 0;
    m_count = 0;
    m_ids.clear();
    m_windows.clear();
    connectStore();
    endResetModel();
}

void ExampleListModel::connectStore()
{
    if (!m_store)
        return;
    // In stored order the store's signals map one to one onto rows; a filtered or sorted
    // list cannot know where a new example lands, so it asks again.
    connect(m_store, &DatasetStore::examplesAboutToBeInserted, this,
            [this](qint64 ds, int first, int last) {
                if (isMine(ds) && byPosition())
                    beginInsertRows({}, first, last);
            });
    connect(m_store, &DatasetStore::examplesInserted, this, [this](qint64 ds, int first, int last) {
        if (!isMine(ds))
            return;
        if (!byPosition())
            return resetAll();
        m_windows.clear();
        m_count += last - first + 1;
        endInsertRows();
    });
    connect(m_store, &DatasetStore::examplesAboutToBeRemoved, this,
            [this](qint64 ds, int first, int last) {
                if (isMine(ds) && byPosition())
                    beginRemoveRows({}, first, last);
            });
    connect(m_store, &DatasetStore::examplesRemoved, this, [this](qint64 ds, int first, int last) {
        if (!isMine(ds))
            return;
        if (!byPosition())
            return resetAll();
        m_windows.clear();
        m_count -= last - first + 1;
        endRemoveRows();
    });
    connect(m_store, &DatasetStore::exampleAboutToBeMoved, this, [this](qint64 ds, int from, int to) {
        if (isMine(ds) && byPosition())
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(m_store, &DatasetStore::exampleMoved, this, [this](qint64 ds, int, int) {
        if (!isMine(ds))
            return;
        if (!byPosition())
            return resetAll();
        m_windows.clear();
        endMoveRows();
    });
    connect(m_store, &DatasetStore::examplesAboutToBeReset, this, [this](qint64 ds) {
        if (isMine(ds))
            beginResetModel();
    });
    connect(m_store, &DatasetStore::examplesReset, this, [this](qint64 ds) {
        if (!isMine(ds))
            return;
        requery();
        endResetModel();
    });
    connect(m_store, &DatasetStore::examplesChanged, this, &ExampleListModel::onChanged);
    connect(m_store, &DatasetStore::datasetAboutToBeRemoved, this, [this](qint64 ds) {
        if (isMine(ds))
            setDataset(0);
    });
}

void ExampleListModel::setDataset(qint64 datasetId)
{
    beginResetModel();
    m_datasetId = datasetId;
    requery();
    endResetModel();
}

void ExampleListModel::setFilter(const ExampleFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    requery();
    endResetModel();
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
    beginResetModel();
    m_sortKey = keys[column];
    m_order = order;
    requery();
    endResetModel();
}

bool ExampleListModel::byPosition() const
{
    return m_filter.isEmpty() && m_sortKey == DatasetStore::SortKey::Position
           && m_order == Qt::AscendingOrder;
}

void ExampleListModel::requery()
{
    m_windows.clear();
    m_ids.clear();
    m_count = 0;
    if (!m_store || !m_datasetId)
        return;
    if (byPosition()) {
        m_count = m_store->exampleCount(m_datasetId);
        return;
    }
    m_ids = m_store->exampleIds(m_datasetId, m_filter, m_sortKey, m_order);
    m_count = int(m_ids.size());
}

void ExampleListModel::resetAll()
{
    beginResetModel();
    requery();
    endResetModel();
}

void ExampleListModel::onChanged(qint64 datasetId, const QList<qint64> &ids)
{
    if (!isMine(datasetId) || m_count == 0)
        return;
    // A few examples (typing, a tag): only their windows are fetched again, so typing in a
    // message costs one small query; many (a bulk edit): every row.
    if (ids.size() > 32) {
        m_windows.clear();
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
        return;
    }
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
    return offset < rows->size() ? &rows->at(offset) : nullptr;
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
        return row.summary;
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
            return row->summary;
        if (index.column() == TagsColumn && !row->tags.isEmpty())
            return row->tags.join(QStringLiteral(", ")); // the column may show them shortened
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
