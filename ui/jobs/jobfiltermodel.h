#pragma once

#include <QSortFilterProxyModel>

// The job list as the user narrows it: by status (active, finished well, failed, cancelled)
// and by provider profile, sorted by any column (times and sizes by their value, not their
// text). Sits over a JobListModel.
class JobFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Active, Succeeded, Failed, Cancelled };

    explicit JobFilterModel(QObject *parent = nullptr);

    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter filter);
    QString profileFilter() const { return m_profile; }
    void setProfileFilter(const QString &profileId); // empty: every profile

    qint64 jobIdAt(int row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_profile;
};
