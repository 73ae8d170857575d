#pragma once

#include "core/workspace/datasetstore.h"

#include <QAbstractListModel>

// The datasets of the workspace, by name, with how many examples each holds.
class DatasetListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { DatasetIdRole = Qt::UserRole + 1, NameRole, KindRole, CountRole };

    explicit DatasetListModel(QObject *parent = nullptr);

    void setStore(DatasetStore *store);
    qint64 datasetIdAt(int row) const;
    int rowOf(qint64 datasetId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onAdded(qint64 datasetId);
    void onAboutToBeRemoved(qint64 datasetId);
    void onRemoved();
    void onChanged(qint64 datasetId);

    DatasetStore *m_store = nullptr;
    QList<DatasetInfo> m_datasets;
    bool m_removing = false;
};
