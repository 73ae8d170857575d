#include "checkpointsmodel.h"

#include "core/jobs/jobstore.h"
#include "jobformat.h"

#include <QLocale>

CheckpointsModel::CheckpointsModel(QObject *parent) : QAbstractTableModel(parent) {}

void CheckpointsModel::setJob(JobStore *store, qint64 jobId)
{
    beginResetModel();
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_jobId = store ? jobId : 0;
    m_checkpoints = m_jobId ? store->checkpoints(jobId) : QList<Checkpoint>();
    if (store)
        connect(store, &JobStore::checkpointsChanged, this,
                &CheckpointsModel::onCheckpointsChanged);
    endResetModel();
}

void CheckpointsModel::onCheckpointsChanged(qint64 jobId)
{
    if (jobId != m_jobId || !m_store)
        return;
    // A handful of rows, replaced as a whole by the provider's list.
    beginResetModel();
    m_checkpoints = m_store->checkpoints(jobId);
    endResetModel();
}

QString CheckpointsModel::modelNameAt(int row) const
{
    return row >= 0 && row < m_checkpoints.size() ? m_checkpoints.at(row).modelName : QString();
}

int CheckpointsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkpoints.size());
}

int CheckpointsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Checkpoint &checkpoint = m_checkpoints.at(index.row());
    const MetricPoint &metrics = checkpoint.metrics;
    const std::optional<double> validLoss =
        metrics.fullValidLoss ? metrics.fullValidLoss : metrics.validLoss;
    const std::optional<double> accuracy = metrics.fullValidAccuracy ? metrics.fullValidAccuracy
                                           : metrics.validAccuracy   ? metrics.validAccuracy
                                                                     : metrics.trainAccuracy;
    if (role == ModelNameRole)
        return checkpoint.modelName;
    if (role == Qt::TextAlignmentRole && index.column() != ModelColumn &&
        index.column() != CreatedColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case StepColumn:
            return checkpoint.stepNumber;
        case CreatedColumn:
            return checkpoint.createdAt.toMSecsSinceEpoch();
        case TrainLossColumn:
            return metrics.trainLoss.value_or(-1);
        case ValidLossColumn:
            return validLoss.value_or(-1);
        case AccuracyColumn:
            return accuracy.value_or(-1);
        default:
            return checkpoint.modelName;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return QLocale().toString(checkpoint.stepNumber);
    case CreatedColumn:
        return JobFormat::dateTime(checkpoint.createdAt);
    case TrainLossColumn:
        return JobFormat::measurement(metrics.trainLoss);
    case ValidLossColumn:
        return JobFormat::measurement(validLoss);
    case AccuracyColumn:
        return JobFormat::measurement(accuracy);
    case ModelColumn:
        if (role == Qt::ToolTipRole)
            return tr("%1\nUse this name to chat with the model as it was at step %L2.")
                .arg(checkpoint.modelName)
                .arg(checkpoint.stepNumber);
        return checkpoint.modelName;
    default:
        return {};
    }
}

QVariant CheckpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TrainLossColumn:
            return tr("How wrong the model still was on the training examples: lower is better");
        case ValidLossColumn:
            return tr("How wrong it was on the validation examples it never learned from: "
                      "lower is better, and the truer measure");
        case AccuracyColumn:
            return tr("The share of answer tokens it predicted right");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StepColumn:
        return tr("Step");
    case CreatedColumn:
        return tr("Saved");
    case TrainLossColumn:
        return tr("Training loss");
    case ValidLossColumn:
        return tr("Validation loss");
    case AccuracyColumn:
        return tr("Token accuracy");
    case ModelColumn:
        return tr("Model name");
    default:
        return {};
    }
}
