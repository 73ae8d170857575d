#pragma once

#include "core/jobs/checkpoint.h"
#include "core/jobs/jobstore.h"

#include <QAbstractTableModel>
#include <QPointer>

// The saved states of one job's model (the provider keeps a few, usually the ends of the last
// epochs), each with its measurements and the model name it answers to in chat. Follows the
// JobStore's checkpointsChanged.
class CheckpointsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        CreatedColumn,
        TrainLossColumn,
        ValidLossColumn,
        AccuracyColumn,
        ModelColumn,
        ColumnCount
    };
    enum Role { ModelNameRole = Qt::UserRole + 1, SortRole };

    explicit CheckpointsModel(QObject *parent = nullptr);

    void setJob(JobStore *store, qint64 jobId);
    QString modelNameAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onCheckpointsChanged(qint64 jobId);

    QPointer<JobStore> m_store;
    qint64 m_jobId = 0;
    QList<Checkpoint> m_checkpoints;
};
