#pragma once

#include "jobeventsfilter.h"

#include <QWidget>

class JobEventsModel;
class JobStore;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// A job's events log: newest at the bottom (it follows new lines while the user is at the
// end), a search box that keeps only matching lines, and Copy for the chosen lines (all shown
// lines when none is chosen).
class JobEventsView : public QWidget
{
    Q_OBJECT

public:
    explicit JobEventsView(QWidget *parent = nullptr);

    void setJob(JobStore *store, qint64 jobId);
    JobEventsModel *model() const { return m_model; }
    QSortFilterProxyModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    // What Copy puts on the clipboard.
    QString selectedText() const;
    void copy();

private:
    void followBottom();

    JobEventsModel *m_model;
    JobEventsFilter *m_filter;
    QTableView *m_view;
    QLineEdit *m_search;
    QPushButton *m_copy;
    bool m_atBottom = true;
};
