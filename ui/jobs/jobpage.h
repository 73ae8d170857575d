#pragma once

#include "api/client/providercapabilities.h"
#include "core/jobs/hyperparameterspec.h"
#include "core/jobs/jobrecord.h"
#include "core/jobs/metricpoint.h"
#include "finetunechoice.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class CheckpointsModel;
class JobDetailsView;
class JobEventsView;
class JobStore;
class JobTracker;
class JobStatusBanner;
class JobsController;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class TrainingChart;

// One fine-tuning job, live: the status banner in plain words (a failure's reason and what to
// do, the provider's message under Details), Cancel, Pause and Resume where the provider
// allows them (each confirmed), the tuned model's name with Copy, what a provider that needs a
// deployment asks for, and tabs with the training chart, the events log, the checkpoints and
// the settings and files the job really used. Everything follows the JobStore's signals.
class JobPage : public QWidget
{
    Q_OBJECT

public:
    explicit JobPage(JobsController *controller, QWidget *parent = nullptr);
    ~JobPage() override;

    // Shows a stored job (0: none).
    void setJob(qint64 jobId);
    qint64 jobId() const { return m_jobId; }

    // Where the Playground (#9) puts its "Try in Playground" buttons, beside the tuned model.
    QWidget *playgroundActions() const { return m_playgroundActions; }

    // Parts the tests drive.
    JobStatusBanner *banner() const { return m_banner; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *startAgainButton() const { return m_startAgain; }
    QLineEdit *tunedModelField() const { return m_tunedModel; }
    QLabel *deploymentNote() const { return m_deployment; }
    JobEventsView *events() const { return m_events; }
    CheckpointsModel *checkpoints() const { return m_checkpointsModel; }
    JobDetailsView *details() const { return m_details; }
    QTabWidget *tabs() const { return m_tabs; }
    TrainingChart *chart() const { return m_chart; }

Q_SIGNALS:
    void backRequested();
    // Start fine-tune again with this job's dataset, provider, model and name.
    void startAgainRequested(const FineTuneChoice &choice);
    // Try in Playground: the tuned model beside its base model (the Playground opens it).
    void tryInPlaygroundRequested(qint64 jobId);
    // Try this checkpoint: the checkpoint's model beside the base and the tuned model.
    void tryCheckpointRequested(qint64 jobId, const QString &checkpointModel);

private:
    QWidget *createHeader();
    QWidget *createModelRow();
    QWidget *createCheckpointsTab();
    void refresh();
    void onJobChanged(qint64 jobId);
    void onMetricsAdded(qint64 jobId, int firstStep, int lastStep);
    void onCheckpointsChanged(qint64 jobId);
    void onActionFailed(qint64 jobId, const QString &message, const QString &details);
    void askProvider();
    void loadChart();
    void updateActions();
    void confirmAndRun(const QString &question, const QString &consequence, void (JobPage::*run)());
    void cancelJob();
    void pauseJob();
    void resumeJob();
    void copyTunedModel();
    void copyCheckpointModel();
    QString selectedCheckpointModel() const;
    void connectStore();
    QString jobName() const;

    JobsController *m_controller;
    QPointer<JobStore> m_store; // the controller's, while this page shows one of its jobs
    QPointer<JobTracker> m_tracker;
    qint64 m_jobId = 0;
    JobRecord m_record;
    ProviderCapabilities m_capabilities;
    bool m_capabilitiesKnown = false;
    QList<HyperparameterSpec> m_specs;
    bool m_actionPending = false;
    int m_generation = 0;
    QFutureWatcher<QList<MetricPoint>> m_metricsWatcher;
    std::optional<int> m_missedFromStep; // measurements that arrived while the chart loaded

    QLabel *m_title;
    QLabel *m_subtitle;
    JobStatusBanner *m_banner;
    QPushButton *m_cancel;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_startAgain;
    QLabel *m_deployment;
    QWidget *m_modelRow;
    QLineEdit *m_tunedModel;
    QPushButton *m_copyModel;
    QWidget *m_playgroundActions;
    QTabWidget *m_tabs;
    TrainingChart *m_chart;
    JobEventsView *m_events;
    CheckpointsModel *m_checkpointsModel;
    QTableView *m_checkpointsView;
    JobDetailsView *m_details;
};
