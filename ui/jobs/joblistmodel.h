#pragma once

#include "core/jobs/jobrecord.h"
#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "jobcurvecache.h"
#include "jobstatuswords.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

// Every fine-tuning job of the workspace, one row each, newest first: what it is doing, what it
// learns from and what it made. Follows the JobStore's signals (a job added, changed, removed,
// new measurements), never polls it; while a job is active, a clock moves its elapsed time on.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        LossColumn, // a small curve of the training loss (LossSparkline draws it)
        ModelColumn,
        DatasetColumn,
        ProviderColumn,
        CreatedColumn,
        ElapsedColumn,
        FinishColumn,
        TokensColumn,
        TunedModelColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1, // the workspace's id of the job (qint64)
        StatusRole,                   // JobStatus as int
        ProfileRole,                  // the provider profile's id
        SortRole,                     // what the column sorts by (numbers for times and sizes)
        LossCurveRole,                // LossColumn: QList<QPointF>, when the job has a curve
    };

    explicit JobListModel(QObject *parent = nullptr);

    // Neither is owned; datasets and profiles give names to ids and may be null.
    void setStores(JobStore *jobs, DatasetStore *datasets);
    void setProfiles(ProfileStore *profiles);
    JobStore *store() const { return m_jobs; }

    qint64 jobIdAt(int row) const;
    int rowOf(qint64 jobId) const;
    bool hasActiveJobs() const;
    // How far a job's training has come, as the store's measurements say.
    JobStatusWords::Progress progressOf(qint64 jobId) const;
    // The same read from the store: the newest step measured and the run's steps. Cheap: it
    // reads the last few measurements only.
    static JobStatusWords::Progress readProgress(const JobStore *store, const JobRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The clock that moves elapsed times on (the tests look at it).
    const QTimer &clock() const { return m_clock; }
    // Where the loss curves come from (read on workers, the first time a row is painted).
    const JobCurveCache &curves() const { return m_curves; }

private:
    struct Row
    {
        JobRecord record;
        JobStatusWords::Progress progress;
    };

    void reload();
    Row readRow(qint64 jobId) const;
    int insertionRow(const JobRecord &record) const;
    void onJobAdded(qint64 jobId);
    void onJobChanged(qint64 jobId);
    void onJobAboutToBeRemoved(qint64 jobId);
    void onMetricsAdded(qint64 jobId, int firstStep, int lastStep);
    void onTick();
    void updateClock();
    void columnChanged(int column);
    QString displayText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString datasetName(qint64 datasetId) const;
    QString profileName(const JobRecord &record) const;
    static QString headerToolTip(int section);

    QPointer<JobStore> m_jobs;
    QPointer<DatasetStore> m_datasets;
    QPointer<ProfileStore> m_profiles;
    QList<Row> m_rows;
    QTimer m_clock;
    JobCurveCache m_curves;
};
