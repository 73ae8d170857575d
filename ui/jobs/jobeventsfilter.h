#pragma once

#include <QSortFilterProxyModel>

class JobEventsModel;

// The lines of a job's events log the search keeps. The model finds them (in one query to the
// store on a worker thread, not by reading 100,000 lines into the view), so the filter only
// asks it row by row, again each time the model answers a search.
class JobEventsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobEventsFilter(JobEventsModel *model, QObject *parent = nullptr);

    // Keeps the lines containing text (every line when it is empty), once the model found them.
    void search(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    JobEventsModel *m_model;
};
