#include "jobpage.h"

#include "api/jobs/jobtracker.h"
#include "api/session/providersession.h"
#include "checkpointsmodel.h"
#include "core/charts/trainingrun.h"
#include "core/jobs/jobstore.h"
#include "core/workspace/datasetstore.h"
#include "core/session/workspacesession.h"
#include "jobdetailsview.h"
#include "jobeventsview.h"
#include "joblistmodel.h"
#include "jobscontroller.h"
#include "jobstatusbanner.h"
#include "ui/charts/trainingchart.h"
#include "ui/common/messages.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <limits>

namespace {
// A tab whose content may be taller than a small window leaves it: it scrolls, and the page
// above it keeps its room (a scroll area asks for a modest height of its own).
QScrollArea *scrollable(QWidget *content)
{
    auto area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

JobPage::JobPage(JobsController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_title(new QLabel), m_subtitle(new QLabel),
      m_banner(new JobStatusBanner), m_cancel(new QPushButton(tr("Cancel Job…"))),
      m_pause(new QPushButton(tr("Pause…"))), m_resume(new QPushButton(tr("Resume…"))),
      m_startAgain(new QPushButton(tr("Start Again…"))), m_deployment(new QLabel),
      m_tunedModel(new QLineEdit), m_copyModel(new QPushButton(tr("Copy"))),
      m_playgroundActions(new QWidget), m_tabs(new QTabWidget), m_chart(new TrainingChart),
      m_events(new JobEventsView), m_checkpointsModel(new CheckpointsModel(this)),
      m_checkpointsView(new QTableView), m_details(new JobDetailsView)
{
    setObjectName(QStringLiteral("jobPage"));
    m_cancel->setObjectName(QStringLiteral("cancelJobButton"));
    m_pause->setObjectName(QStringLiteral("pauseJobButton"));
    m_resume->setObjectName(QStringLiteral("resumeJobButton"));
    m_cancel->setToolTip(tr("Stop the training for good; no tuned model is made"));
    m_pause->setToolTip(tr("Stop the training for now, to resume it later"));
    m_resume->setToolTip(tr("Carry on training from where it stopped"));
    m_startAgain->setObjectName(QStringLiteral("startAgainButton"));
    m_startAgain->setToolTip(tr("Open Start fine-tune with the same dataset, provider, model and "
                                "name"));
    for (QPushButton *button : {m_pause, m_resume, m_cancel, m_startAgain})
        m_banner->actionLayout()->addWidget(button, 0, Qt::AlignTop);

    m_deployment->setObjectName(QStringLiteral("deploymentNote"));
    m_deployment->setWordWrap(true);
    m_deployment->setTextFormat(Qt::PlainText);
    m_deployment->setFrameShape(QFrame::StyledPanel);
    m_deployment->setMargin(8);
    m_deployment->hide();

    m_tabs->setObjectName(QStringLiteral("jobTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollable(m_chart), tr("Progress"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tabs->addTab(createCheckpointsTab(), tr("Checkpoints"));
    m_tabs->addTab(scrollable(m_details), tr("Settings and Files"));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(4);
    layout->addWidget(createHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_deployment);
    layout->addWidget(createModelRow());
    layout->addWidget(m_tabs, 1);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        confirmAndRun(tr("Cancel the fine-tune “%1”?").arg(jobName()),
                      tr("Training stops for good and no tuned model is made. What the "
                         "provider has already trained may still be billed."),
                      &JobPage::cancelJob);
    });
    connect(m_pause, &QPushButton::clicked, this, [this] {
        confirmAndRun(tr("Pause the fine-tune “%1”?").arg(jobName()),
                      tr("Training stops where it is. You can resume it later from this page."),
                      &JobPage::pauseJob);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        confirmAndRun(tr("Resume the fine-tune “%1”?").arg(jobName()),
                      tr("Training carries on from where it stopped, and the provider bills "
                         "the rest of it."),
                      &JobPage::resumeJob);
    });
    connect(m_copyModel, &QPushButton::clicked, this, &JobPage::copyTunedModel);
    connect(m_startAgain, &QPushButton::clicked, this, [this] {
        FineTuneChoice choice;
        choice.datasetId = m_record.datasetId;
        choice.profileId = m_record.profileId;
        choice.model = m_record.job.model;
        choice.method = m_record.job.method;
        choice.suffix = m_record.job.suffix;
        Q_EMIT startAgainRequested(choice);
    });
    connect(&m_metricsWatcher, &QFutureWatcher<QList<MetricPoint>>::finished, this, [this] {
        if (m_metricsWatcher.isCanceled())
            return;
        m_chart->setRun(TrainingRun(m_metricsWatcher.result()));
        if (m_missedFromStep && m_store)
            m_chart->appendPoints(
                m_store->metrics(m_jobId, *m_missedFromStep, std::numeric_limits<int>::max()));
        m_missedFromStep.reset();
    });
}

JobPage::~JobPage()
{
    ++m_generation;
    m_metricsWatcher.cancel();
    m_metricsWatcher.waitForFinished();
}

QWidget *JobPage::createHeader()
{
    auto back = new QToolButton;
    back->setObjectName(QStringLiteral("backToJobs"));
    back->setText(tr("All Jobs"));
    back->setArrowType(Qt::LeftArrow);
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    back->setToolTip(tr("Back to the list of jobs"));
    connect(back, &QToolButton::clicked, this, &JobPage::backRequested);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("jobSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    auto header = new QWidget;
    auto row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(back, 0, Qt::AlignVCenter);
    row->addSpacing(8);
    row->addWidget(m_title);
    row->addWidget(m_subtitle, 1, Qt::AlignVCenter);
    return header;
}

QWidget *JobPage::createModelRow()
{
    m_tunedModel->setObjectName(QStringLiteral("tunedModelName"));
    m_tunedModel->setReadOnly(true);
    m_tunedModel->setAccessibleName(tr("Tuned model"));
    m_tunedModel->setToolTip(tr("Use this name to call your tuned model"));
    m_copyModel->setObjectName(QStringLiteral("copyTunedModel"));
    m_copyModel->setToolTip(tr("Copy the tuned model's name"));
    m_playgroundActions->setObjectName(QStringLiteral("playgroundActions"));
    auto place = new QHBoxLayout(m_playgroundActions);
    place->setContentsMargins(0, 0, 0, 0);
    auto tryIt = new QPushButton(tr("Try in Playground"));
    tryIt->setObjectName(QStringLiteral("tryInPlayground"));
    tryIt->setToolTip(tr("Ask the tuned model and its base model the same questions, side by side"));
    connect(tryIt, &QPushButton::clicked, this, [this] { Q_EMIT tryInPlaygroundRequested(m_jobId); });
    place->addWidget(tryIt);
    m_modelRow = new QWidget;
    auto row = new QHBoxLayout(m_modelRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Tuned model:")));
    row->addWidget(m_tunedModel, 1);
    row->addWidget(m_copyModel);
    // The Playground (#9) adds "Try in Playground" here.
    row->addWidget(m_playgroundActions);
    m_modelRow->hide();
    return m_modelRow;
}

QWidget *JobPage::createCheckpointsTab()
{
    auto sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_checkpointsModel);
    sorted->setSortRole(CheckpointsModel::SortRole);
    m_checkpointsView->setModel(sorted);
    m_checkpointsView->setObjectName(QStringLiteral("checkpointList"));
    m_checkpointsView->setAccessibleName(tr("Checkpoints"));
    m_checkpointsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checkpointsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checkpointsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkpointsView->setSortingEnabled(true);
    m_checkpointsView->sortByColumn(CheckpointsModel::StepColumn, Qt::AscendingOrder);
    m_checkpointsView->verticalHeader()->hide();
    m_checkpointsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_checkpointsView->horizontalHeader();
    header->setStretchLastSection(true);
    for (int column = 0; column < CheckpointsModel::ModelColumn; ++column)
        header->resizeSection(
            column, fontMetrics().horizontalAdvance(
                        m_checkpointsModel->headerData(column, Qt::Horizontal).toString()) +
                        40);
    auto hint = new QLabel(tr("The provider keeps a few saved states of the model, usually the "
                              "end of the last passes. Each answers under its own name: if the "
                              "model learned best before the end, use that checkpoint."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto copy = new QPushButton(tr("Copy Model Name"));
    copy->setObjectName(QStringLiteral("copyCheckpointModel"));
    connect(copy, &QPushButton::clicked, this, &JobPage::copyCheckpointModel);
    auto tryCheckpoint = new QPushButton(tr("Try This Checkpoint"));
    tryCheckpoint->setObjectName(QStringLiteral("tryCheckpoint"));
    tryCheckpoint->setToolTip(tr("Compare the chosen checkpoint with the base and the tuned "
                                 "model in the Playground"));
    connect(tryCheckpoint, &QPushButton::clicked, this, [this] {
        const QString model = selectedCheckpointModel();
        if (!model.isEmpty())
            Q_EMIT tryCheckpointRequested(m_jobId, model);
    });
    connect(m_checkpointsView, &QTableView::doubleClicked, tryCheckpoint, &QPushButton::click);
    auto tab = new QWidget;
    auto layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_checkpointsView, 1);
    auto buttons = new QHBoxLayout;
    buttons->addWidget(copy);
    buttons->addWidget(tryCheckpoint);
    buttons->addStretch();
    layout->addLayout(buttons);
    return tab;
}

void JobPage::connectStore()
{
    JobStore *store = m_controller->jobs();
    JobTracker *tracker = m_controller->tracker();
    if (store != m_store) {
        if (m_store)
            disconnect(m_store, nullptr, this, nullptr);
        m_store = store;
        if (store) {
            connect(store, &JobStore::jobChanged, this, &JobPage::onJobChanged);
            connect(store, &JobStore::metricsAdded, this, &JobPage::onMetricsAdded);
            connect(store, &JobStore::checkpointsChanged, this, &JobPage::onCheckpointsChanged);
            connect(store, &JobStore::jobAboutToBeRemoved, this, [this](qint64 jobId) {
                if (jobId == m_jobId) {
                    setJob(0);
                    Q_EMIT backRequested();
                }
            });
        }
    }
    if (tracker != m_tracker) {
        if (m_tracker)
            disconnect(m_tracker, nullptr, this, nullptr);
        m_tracker = tracker;
        if (tracker)
            connect(tracker, &JobTracker::actionFailed, this,
                    [this](qint64 jobId, const ApiError &error) {
                        onActionFailed(jobId, error.userMessage, error.detailsText());
                    });
    }
}

void JobPage::setJob(qint64 jobId)
{
    ++m_generation;
    connectStore();
    m_jobId = m_store ? jobId : 0;
    m_record = m_jobId ? m_store->job(m_jobId) : JobRecord{};
    m_capabilities = {};
    m_capabilitiesKnown = false;
    m_specs.clear();
    m_actionPending = false;
    m_events->setJob(m_jobId ? m_store.data() : nullptr, m_jobId);
    m_checkpointsModel->setJob(m_jobId ? m_store.data() : nullptr, m_jobId);
    m_chart->clear();
    m_chart->setFileBaseName(jobName());
    // A job that never trained has nothing to chart: its events say what happened.
    m_tabs->setCurrentIndex(
        m_jobId && m_record.job.isFinished() && m_store->metricCount(m_jobId) == 0 ? 1 : 0);
    if (m_jobId) {
        // A job a refresh found has its history read once it is shown; an active one is
        // followed already (a no-op then).
        if (m_tracker)
            m_tracker->follow(m_jobId);
        loadChart();
        askProvider();
    }
    refresh();
}

QString JobPage::jobName() const
{
    const Job &job = m_record.job;
    return job.suffix.isEmpty() ? job.id : job.suffix;
}

void JobPage::loadChart()
{
    m_metricsWatcher.cancel();
    m_missedFromStep.reset();
    m_chart->setCheckpoints(m_store->checkpoints(m_jobId));
    // A long run is read on a worker; what arrives meanwhile is added once it is in.
    m_metricsWatcher.setFuture(m_store->metricsAsync(m_jobId));
}

void JobPage::askProvider()
{
    if (!m_controller->providers())
        return;
    const int generation = m_generation;
    m_controller->providers()->request(m_record.profileId, this,
                                       [this, generation](const ProviderSession::Ready &ready) {
                                           if (generation != m_generation || !ready.ok())
                                               return;
                                           m_capabilities = ready.client->capabilities();
                                           m_capabilitiesKnown = true;
                                           TunableModel model;
                                           model.id = m_record.job.model;
                                           m_specs = ready.client->hyperparameters(model);
                                           refresh();
                                       });
}

void JobPage::refresh()
{
    const Job &job = m_record.job;
    m_title->setText(jobName());
    QString datasetName;
    if (m_record.datasetId && m_controller->session())
        datasetName = m_controller->session()->datasets()->dataset(m_record.datasetId).name;
    QStringList facts;
    facts << job.model;
    if (!datasetName.isEmpty())
        facts << tr("from “%1”").arg(datasetName);
    if (const auto profile = m_controller->context().profiles->profile(m_record.profileId))
        facts << tr("on %1").arg(profile->name);
    m_subtitle->setText(facts.join(QStringLiteral(" · ")));
    m_banner->setJob(job, m_store ? JobListModel::readProgress(m_store, m_record)
                                  : JobStatusWords::Progress{});
    m_tunedModel->setText(job.fineTunedModel);
    m_modelRow->setVisible(!job.fineTunedModel.isEmpty());
    const bool deploymentNeeded = m_capabilities.tunedModelNeedsDeployment &&
                                  !m_capabilities.deploymentNote.isEmpty() &&
                                  job.status == JobStatus::Succeeded;
    m_deployment->setText(m_capabilities.deploymentNote);
    m_deployment->setVisible(deploymentNeeded);
    m_details->setJob(m_record, datasetName, m_specs);
    if (m_record.totalSteps)
        m_chart->setTotalSteps(*m_record.totalSteps);
    if (const auto epochs = job.hyperparameters.integer(Hyperparameters::Epochs))
        m_chart->setEpochs(*epochs);
    // "Training is over" only where training happened.
    m_chart->setFinished(job.isFinished() && m_store && m_store->metricCount(m_jobId) > 0);
    if (job.estimatedFinish.isValid())
        m_chart->setEstimatedFinish(job.estimatedFinish);
    updateActions();
}

void JobPage::updateActions()
{
    const JobStatus status = m_record.job.status;
    const bool active = m_jobId && !m_record.job.isFinished();
    const bool canAct = m_capabilitiesKnown && m_tracker && !m_actionPending;
    m_cancel->setVisible(active && m_capabilities.canCancel);
    m_pause->setVisible(status == JobStatus::Running && m_capabilities.canPause);
    m_resume->setVisible(status == JobStatus::Paused && m_capabilities.canPause);
    m_startAgain->setVisible((status == JobStatus::Failed || status == JobStatus::Cancelled) &&
                             m_record.datasetId != 0);
    for (QPushButton *button : {m_cancel, m_pause, m_resume})
        button->setEnabled(canAct);
}

void JobPage::onJobChanged(qint64 jobId)
{
    if (jobId != m_jobId || !m_store)
        return;
    const JobStatus before = m_record.job.status;
    m_record = m_store->job(jobId);
    if (m_record.job.status != before)
        m_actionPending = false; // the provider answered the request
    refresh();
}

void JobPage::onMetricsAdded(qint64 jobId, int firstStep, int lastStep)
{
    if (jobId != m_jobId || !m_store)
        return;
    if (m_metricsWatcher.isRunning()) {
        m_missedFromStep = std::min(m_missedFromStep.value_or(firstStep), firstStep);
    } else {
        m_chart->appendPoints(m_store->metrics(jobId, firstStep, lastStep));
    }
    m_record.totalSteps = m_store->totalSteps(jobId);
    m_banner->setJob(m_record.job, JobListModel::readProgress(m_store, m_record));
}

void JobPage::onCheckpointsChanged(qint64 jobId)
{
    if (jobId == m_jobId && m_store)
        m_chart->setCheckpoints(m_store->checkpoints(jobId));
}

void JobPage::onActionFailed(qint64 jobId, const QString &message, const QString &details)
{
    if (jobId != m_jobId)
        return;
    m_actionPending = false;
    updateActions();
    Messages::warning(this, message, details);
}

void JobPage::confirmAndRun(const QString &question, const QString &consequence,
                            void (JobPage::*run)())
{
    const auto answer = Messages::ask(this, question, consequence,
                                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes || !m_tracker || !m_jobId)
        return;
    m_actionPending = true;
    updateActions();
    (this->*run)();
}

void JobPage::cancelJob()
{
    m_tracker->cancel(m_jobId);
}

void JobPage::pauseJob()
{
    m_tracker->pause(m_jobId);
}

void JobPage::resumeJob()
{
    m_tracker->resume(m_jobId);
}

void JobPage::copyTunedModel()
{
    QApplication::clipboard()->setText(m_record.job.fineTunedModel);
}

QString JobPage::selectedCheckpointModel() const
{
    const QModelIndex current = m_checkpointsView->currentIndex();
    const int row = current.isValid() ? current.row() : m_checkpointsView->model()->rowCount() - 1;
    return m_checkpointsView->model()
        ->index(row, CheckpointsModel::ModelColumn)
        .data(CheckpointsModel::ModelNameRole)
        .toString();
}

void JobPage::copyCheckpointModel()
{
    const QString name = selectedCheckpointModel();
    if (!name.isEmpty())
        QApplication::clipboard()->setText(name);
}
