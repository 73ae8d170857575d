#pragma once

#include "api/client/apierror.h"
#include "ui/common/page.h"

#include <QMap>
#include <QPointer>
#include <QSet>

class EmptyState;
class JobFilterModel;
class JobListModel;
class JobPage;
class JobsController;
class QComboBox;
class QLabel;
class QPushButton;
class QAction;
class QStackedWidget;
class RunComparisonPage;
class QTableView;
class StartFineTuneDialog;

// Jobs: every fine-tuning job of every provider profile, the workspace's and those the
// providers know, in a list (filter by status and profile, sort by any column) ▸ a job's page.
// "Start fine-tune" is the primary action; with no job yet, the page teaches what a job is.
class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(JobsController *controller, QWidget *parent = nullptr);
    ~JobsPage() override;

    QString pageId() const override { return QStringLiteral("jobs"); }
    QString title() const override;
    QIcon icon() const override;
    // The controller follows the workspace itself; the page takes its jobs from there.
    void setSession(WorkspaceSession *session) override;

    // Opens the guided form (window-modal), with this dataset chosen when not 0.
    void startFineTune(qint64 datasetId = 0);
    void openJob(qint64 jobId);
    void showList();
    // The selected jobs' curves on one chart (two or more jobs selected).
    void compareSelectedRuns();
    void compareRuns(const QList<qint64> &jobIds);
    // Each checkpoint of the selected jobs, as its run up to the checkpoint's step.
    void compareSelectedCheckpoints();
    QList<qint64> selectedJobIds() const;
    // Asks every provider profile for its jobs; quietly when not asked by the user.
    void refreshFromProviders(bool quietly);

    // Parts the tests and the layout check drive.
    StartFineTuneDialog *dialog() const;
    JobListModel *listModel() const { return m_model; }
    JobFilterModel *filterModel() const { return m_filter; }
    QTableView *listView() const { return m_view; }
    JobPage *jobPage() const { return m_jobPage; }
    QComboBox *statusFilterBox() const { return m_statusFilter; }
    QComboBox *profileFilterBox() const { return m_profileFilter; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *compareButton() const { return m_compare; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *compareCheckpointsAction() const { return m_compareCheckpointsAction; }
    RunComparisonPage *comparisonPage() const { return m_comparison; }
    QLabel *refreshStatusLabel() const { return m_refreshStatus; }
    bool showsComparison() const;
    bool showsJob() const;
    bool showsEmptyState() const;

Q_SIGNALS:
    void showDatasetsRequested();
    // Closes nothing itself: the window shows the Datasets page with these examples.
    void showExamplesRequested(qint64 datasetId, const QList<qint64> &exampleIds);
    // The page wants to be the one shown (a notification was clicked).
    void showRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createListPage();
    void onSessionAboutToChange();
    void onSessionChanged();
    void fillProfileFilter();
    void updatePlaceholder();
    void fitColumns();
    void openCurrentJob();
    void createListActions();
    void updateCompareAction();
    void showRefreshOutcome(const QString &profileId, int newJobs, const ApiError &error);

    JobsController *m_controller;
    JobListModel *m_model;
    JobFilterModel *m_filter;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    QComboBox *m_statusFilter;
    QComboBox *m_profileFilter;
    QPushButton *m_start;
    QPushButton *m_compare;
    QAction *m_openAction;
    QAction *m_compareAction;
    QAction *m_compareCheckpointsAction;
    QLabel *m_refreshStatus;
    JobPage *m_jobPage;
    RunComparisonPage *m_comparison;
    QPointer<StartFineTuneDialog> m_dialog;
    QSet<QString> m_refreshed; // profiles asked for their jobs in this session
    QMap<QString, ApiError> m_unanswered; // profiles whose last refresh failed, by id
};
