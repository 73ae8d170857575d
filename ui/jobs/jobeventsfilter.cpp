#include "jobeventsfilter.h"

#include "jobeventsmodel.h"

JobEventsFilter::JobEventsFilter(JobEventsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
}

void JobEventsFilter::search(const QString &text)
{
    m_model->setSearch(text);
    invalidateFilter();
}

bool JobEventsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_model->matches(sourceRow);
}
