#pragma once

#include "core/checks/checkissue.h"

#include <QWidget>

class CheckIssueModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
struct DatasetReport;

// The problems the checks found, grouped by kind (errors, then warnings, then advice). The
// selected problem shows its explanation, how to fix it and, when a safe fix exists, a
// "Fix" button and "Fix all of this kind". The panel changes nothing itself: it asks.
//
// Wiring on the dataset page:
//   exampleActivated(id, position) -> select that example in the list
//   fixRequested(issues)           -> ExampleFixPlan::make(issues, lookup in the store) and
//                                     push one undo command per ExampleFix (new JSON for
//                                     example id X, or remove it), then check again
//   checkRequested()               -> CheckRunner::start(...), showing progress here with
//                                     setProgress(done, total) until setReport(report)
class CheckPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CheckPanel(QWidget *parent = nullptr);

    void setReport(const DatasetReport &report);
    // Shows the run in progress (total 0: starting); setReport or clear ends it.
    void setProgress(int done, int total);
    void clear();

    CheckIssueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void exampleActivated(qint64 exampleId, int position);
    void fixRequested(const CheckIssues &issues);
    void checkRequested();

private:
    void showSelection();
    void activate(const QModelIndex &index);

    CheckIssueModel *m_model;
    QLabel *m_summary;
    QPushButton *m_check;
    QProgressBar *m_progress;
    QTreeView *m_view;
    QLabel *m_details;
    QLabel *m_howToFix;
    QPushButton *m_fix;
    QPushButton *m_fixAll;
};
