#include "jobeventsfilter.h"

#include "jobeventsmodel.h"

JobEventsFilter::JobEventsFilter(JobEventsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    connect(model, &JobEventsModel::searchFinished, this, [this] { invalidateFilter(); });
}

void JobEventsFilter::search(const QString &text)
{
    m_model->setSearch(text); // answered later, with searchFinished
}

bool JobEventsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_model->matches(sourceRow);
}
