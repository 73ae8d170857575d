#pragma once

#include "core/jobs/jobevent.h"
#include "core/jobs/jobstore.h"

#include <QAbstractTableModel>
#include <QPointer>

// The history of one job as the provider told it, oldest at the top and the newest arriving
// at the bottom while the job runs. Follows the JobStore's eventsAdded. The text of chosen
// lines can be copied as the user sees them.
class JobEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1 }; // JobEvent::Level as int

    explicit JobEventsModel(QObject *parent = nullptr);

    // Shows the events of one stored job (0: none).
    void setJob(JobStore *store, qint64 jobId);
    qint64 jobId() const { return m_jobId; }

    // "26/11/2026 14:05  Step 12/30: training loss=0.53" per row, one line each.
    QString linesText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onEventsAdded(qint64 jobId);

    QPointer<JobStore> m_store;
    qint64 m_jobId = 0;
    QList<JobEvent> m_events;
};
