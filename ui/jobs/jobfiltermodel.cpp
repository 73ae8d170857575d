#include "jobfiltermodel.h"

#include "core/jobs/jobstatus.h"
#include "joblistmodel.h"

JobFilterModel::JobFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JobListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // A job that changes status leaves or joins the filtered list at once.
    setDynamicSortFilter(true);
}

void JobFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

void JobFilterModel::setProfileFilter(const QString &profileId)
{
    if (profileId == m_profile)
        return;
    m_profile = profileId;
    invalidateFilter();
}

qint64 JobFilterModel::jobIdAt(int row) const
{
    return index(row, 0).data(JobListModel::JobIdRole).toLongLong();
}

bool JobFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_profile.isEmpty() && index.data(JobListModel::ProfileRole).toString() != m_profile)
        return false;
    const auto status = JobStatus(index.data(JobListModel::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Active:
        return !JobStatusText::isFinal(status);
    case StatusFilter::Succeeded:
        return status == JobStatus::Succeeded;
    case StatusFilter::Failed:
        return status == JobStatus::Failed;
    case StatusFilter::Cancelled:
        return status == JobStatus::Cancelled;
    }
    return true;
}
