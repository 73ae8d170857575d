#include "datasetlistmodel.h"

#include <QIcon>

DatasetListModel::DatasetListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DatasetListModel::setStore(DatasetStore *store)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_datasets = store ? store->datasets() : QList<DatasetInfo>();
    if (store) {
        connect(store, &DatasetStore::datasetAdded, this, &DatasetListModel::onAdded);
        connect(store, &DatasetStore::datasetAboutToBeRemoved, this,
                &DatasetListModel::onAboutToBeRemoved);
        connect(store, &DatasetStore::datasetRemoved, this, &DatasetListModel::onRemoved);
        connect(store, &DatasetStore::datasetChanged, this, &DatasetListModel::onChanged);
    }
    endResetModel();
}

qint64 DatasetListModel::datasetIdAt(int row) const
{
    return row >= 0 && row < m_datasets.size() ? m_datasets.at(row).id : 0;
}

int DatasetListModel::rowOf(qint64 datasetId) const
{
    for (int row = 0; row < m_datasets.size(); ++row) {
        if (m_datasets.at(row).id == datasetId)
            return row;
    }
    return -1;
}

void DatasetListModel::onAdded(qint64 datasetId)
{
    const QList<DatasetInfo> datasets = m_store->datasets();
    int row = 0;
    while (row < datasets.size() && datasets.at(row).id != datasetId)
        ++row;
    if (row == datasets.size() || datasets.size() != m_datasets.size() + 1) {
        beginResetModel();
        m_datasets = datasets;
        endResetModel();
        return;
    }
    beginInsertRows({}, row, row);
    m_datasets = datasets;
    endInsertRows();
}

void DatasetListModel::onAboutToBeRemoved(qint64 datasetId)
{
    const int row = rowOf(datasetId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_datasets.removeAt(row);
    m_removing = true;
}

void DatasetListModel::onRemoved()
{
    if (!m_removing)
        return;
    m_removing = false;
    endRemoveRows();
}

void DatasetListModel::onChanged(qint64 datasetId)
{
    const QList<DatasetInfo> datasets = m_store->datasets();
    bool sameOrder = datasets.size() == m_datasets.size();
    for (int row = 0; sameOrder && row < datasets.size(); ++row)
        sameOrder = datasets.at(row).id == m_datasets.at(row).id;
    if (!sameOrder) {
        // A rename moved it in the alphabetical list.
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QList<qint64> ids;
        for (const QModelIndex &index : before)
            ids.append(datasetIdAt(index.row()));
        m_datasets = datasets;
        QModelIndexList after;
        for (qint64 id : std::as_const(ids))
            after.append(index(rowOf(id), 0));
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged();
        return;
    }
    m_datasets = datasets;
    const int row = rowOf(datasetId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, 0));
}

int DatasetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_datasets.size());
}

QVariant DatasetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatasetInfo &info = m_datasets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Two lines, so a long name in a narrow list still shows its size.
        return QString(info.name + QLatin1Char(0x0a) + tr("%n example(s)", nullptr, info.exampleCount));
    case Qt::EditRole:
    case NameRole:
        return info.name;
    case Qt::ToolTipRole:
        // The whole name first: the list may show it shortened.
        return QString(info.name + QLatin1Char(0x0a)
                       + (info.kind == QLatin1String("preference")
                              ? tr("Preference examples: a prompt with a preferred and a "
                                   "rejected answer")
                              : tr("Chat examples: conversations the model learns to continue")));
    case DatasetIdRole:
        return info.id;
    case KindRole:
        return info.kind;
    case CountRole:
        return info.exampleCount;
    default:
        return {};
    }
}
