#include "jobspage.h"

#include "api/jobs/jobtracker.h"
#include "core/jobs/jobstore.h"
#include "core/session/workspacesession.h"
#include "core/settings/profilestore.h"
#include "jobfiltermodel.h"
#include "joblistmodel.h"
#include "jobpage.h"
#include "jobscontroller.h"
#include "runcomparisonpage.h"
#include "startfinetunedialog.h"
#include "ui/charts/losssparkline.h"
#include "ui/common/emptystate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
enum StackPage { EmptyPage, ListPage, JobPageIndex, ComparisonPageIndex };
constexpr int SparklineWidth = 80;
} // namespace

JobsPage::JobsPage(JobsController *controller, QWidget *parent)
    : Page(parent), m_controller(controller), m_model(new JobListModel(this)),
      m_filter(new JobFilterModel(this)), m_stack(new QStackedWidget),
      m_empty(new EmptyState(
          QIcon(QStringLiteral(":/icons/jobs.svg")), tr("No fine-tuning jobs yet"),
          tr("A fine-tuning job teaches a model from your dataset on the provider's computers. "
             "It takes from minutes to hours; here you follow its progress and see whether the "
             "model is learning. Start one from a checked dataset — the Sandbox lets you try "
             "the whole way for free."))),
      m_view(new QTableView), m_statusFilter(new QComboBox), m_profileFilter(new QComboBox),
      m_start(new QPushButton(tr("Start Fine-Tune"))),
      m_compare(new QPushButton(tr("Compare Runs"))), m_openAction(new QAction(tr("Open"), this)),
      m_compareAction(new QAction(tr("Compare Runs"), this)),
      m_compareCheckpointsAction(new QAction(tr("Compare Checkpoints"), this)),
      m_refreshStatus(new QLabel), m_jobPage(new JobPage(controller)),
      m_comparison(new RunComparisonPage(controller))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_filter->setSourceModel(m_model);
    m_model->setProfiles(controller->context().profiles);
    connect(m_empty->addAction(tr("Start Fine-Tune")), &QPushButton::clicked, this,
            [this] { startFineTune(); });
    connect(m_empty->addAction(tr("Go to Datasets")), &QPushButton::clicked, this,
            &JobsPage::showDatasetsRequested);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createListPage());
    m_stack->addWidget(m_jobPage);
    m_stack->addWidget(m_comparison);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_jobPage, &JobPage::backRequested, this, &JobsPage::showList);
    connect(m_comparison, &RunComparisonPage::backRequested, this, &JobsPage::showList);
    connect(m_jobPage, &JobPage::startAgainRequested, this, [this](const FineTuneChoice &choice) {
        startFineTune(choice.datasetId);
        if (m_dialog)
            m_dialog->setChoice(choice);
    });
    connect(controller, &JobsController::sessionAboutToChange, this,
            &JobsPage::onSessionAboutToChange);
    connect(controller, &JobsController::sessionChanged, this, &JobsPage::onSessionChanged);
    connect(controller, &JobsController::openJobRequested, this, [this](qint64 jobId) {
        Q_EMIT showRequested();
        openJob(jobId);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPage::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPage::updatePlaceholder);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPage::updatePlaceholder);
    if (controller->context().profiles)
        connect(controller->context().profiles, &ProfileStore::profilesChanged, this,
                &JobsPage::fillProfileFilter);
    onSessionChanged();
}

JobsPage::~JobsPage() = default;

QString JobsPage::title() const
{
    return tr("Jobs");
}

QIcon JobsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/jobs.svg"));
}

void JobsPage::setSession(WorkspaceSession *)
{
    // JobsController follows the WorkspaceManager and tells this page (sessionChanged).
}

QWidget *JobsPage::createListPage()
{
    m_start->setObjectName(QStringLiteral("startFineTuneButton"));
    m_start->setDefault(true);
    m_start->setToolTip(tr("Teach a model from one of your datasets"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Show jobs"));
    m_statusFilter->addItem(tr("All jobs"), int(JobFilterModel::StatusFilter::All));
    m_statusFilter->addItem(tr("Active"), int(JobFilterModel::StatusFilter::Active));
    m_statusFilter->addItem(tr("Finished"), int(JobFilterModel::StatusFilter::Succeeded));
    m_statusFilter->addItem(tr("Failed"), int(JobFilterModel::StatusFilter::Failed));
    m_statusFilter->addItem(tr("Cancelled"), int(JobFilterModel::StatusFilter::Cancelled));
    m_profileFilter->setObjectName(QStringLiteral("profileFilter"));
    m_profileFilter->setAccessibleName(tr("Provider"));
    m_profileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto refresh = new QPushButton(tr("Refresh"));
    refresh->setToolTip(tr("Ask every provider for its jobs, including those started outside "
                           "this workspace"));
    m_refreshStatus->setForegroundRole(QPalette::PlaceholderText);
    m_refreshStatus->setTextFormat(Qt::PlainText);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("jobList"));
    m_view->setAccessibleName(tr("Jobs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several jobs can be chosen, to compare their runs.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setItemDelegateForColumn(JobListModel::LossColumn,
                                     new LossSparkline(JobListModel::LossCurveRole, m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->viewport()->installEventFilter(this);

    auto bar = new QHBoxLayout;
    bar->addWidget(m_start);
    bar->addWidget(m_compare);
    bar->addSpacing(16);
    auto showLabel = new QLabel(tr("Show:"));
    showLabel->setBuddy(m_statusFilter);
    bar->addWidget(showLabel);
    bar->addWidget(m_statusFilter);
    auto providerLabel = new QLabel(tr("Provider:"));
    providerLabel->setBuddy(m_profileFilter);
    bar->addWidget(providerLabel);
    bar->addWidget(m_profileFilter);
    bar->addStretch();
    bar->addWidget(m_refreshStatus);
    bar->addWidget(refresh);
    auto hint = new QLabel(tr("Double-click a job to follow it. Select several (Ctrl+click) "
                              "and choose Compare Runs to see their curves together."));
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto page = new QWidget;
    auto layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_start, &QPushButton::clicked, this, [this] { startFineTune(); });
    connect(refresh, &QPushButton::clicked, this, [this] { refreshFromProviders(false); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(
            JobFilterModel::StatusFilter(m_statusFilter->currentData().toInt()));
    });
    connect(m_profileFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProfileFilter(m_profileFilter->currentData().toString()); });
    connect(m_view, &QTableView::activated, this, &JobsPage::openCurrentJob);
    createListActions();
    fillProfileFilter();
    return page;
}

void JobsPage::createListActions()
{
    m_compare->setObjectName(QStringLiteral("compareRunsButton"));
    m_compare->setToolTip(tr("Show the training curves of the selected jobs on one chart"));
    m_compareAction->setObjectName(QStringLiteral("compareRunsAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compareAction->setToolTip(m_compare->toolTip());
    m_openAction->setObjectName(QStringLiteral("openJobAction"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_openAction);
    m_view->addAction(m_compareAction);
    m_compareCheckpointsAction->setObjectName(QStringLiteral("compareCheckpointsAction"));
    m_compareCheckpointsAction->setToolTip(
        tr("Show each saved checkpoint of the selected jobs as its run up to that step, to see "
           "which one learned best"));
    m_view->addAction(m_compareCheckpointsAction);
    connect(m_compareCheckpointsAction, &QAction::triggered, this,
            &JobsPage::compareSelectedCheckpoints);
    connect(m_openAction, &QAction::triggered, this, &JobsPage::openCurrentJob);
    connect(m_compareAction, &QAction::triggered, this, &JobsPage::compareSelectedRuns);
    connect(m_compare, &QPushButton::clicked, this, &JobsPage::compareSelectedRuns);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPage::updateCompareAction);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &JobsPage::updateCompareAction);
    updateCompareAction();
}

QList<qint64> JobsPage::selectedJobIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_filter->jobIdAt(row.row()));
    return ids;
}

void JobsPage::updateCompareAction()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_compare->setEnabled(selected >= 2);
    m_compareAction->setEnabled(selected >= 2);
    m_openAction->setEnabled(selected == 1);
    // Only a few rows are ever selected by hand: one small query each.
    bool checkpoints = false;
    if (JobStore *store = m_controller->jobs()) {
        for (qint64 id : selectedJobIds())
            checkpoints = checkpoints || !store->checkpoints(id).isEmpty();
    }
    m_compareCheckpointsAction->setEnabled(checkpoints);
    m_compare->setToolTip(
        selected >= 2
            ? tr("Show the training curves of the %n selected jobs on one chart", nullptr, selected)
            : tr("Select two or more jobs (Ctrl+click) to see their training "
                 "curves on one chart"));
}

void JobsPage::compareSelectedRuns()
{
    const QList<qint64> ids = selectedJobIds();
    if (ids.size() >= 2)
        compareRuns(ids);
}

void JobsPage::compareRuns(const QList<qint64> &jobIds)
{
    QList<RunComparisonPage::Source> sources;
    for (qint64 id : jobIds)
        sources.append({id, std::nullopt, QString()});
    m_comparison->compare(sources);
    m_stack->setCurrentIndex(ComparisonPageIndex);
}

void JobsPage::compareSelectedCheckpoints()
{
    JobStore *store = m_controller->jobs();
    if (!store)
        return;
    QList<RunComparisonPage::Source> sources;
    for (qint64 id : selectedJobIds()) {
        for (const Checkpoint &checkpoint : store->checkpoints(id))
            sources.append({id, checkpoint.stepNumber, checkpoint.modelName});
    }
    if (sources.isEmpty())
        return;
    m_comparison->compare(sources);
    m_stack->setCurrentIndex(ComparisonPageIndex);
}

bool JobsPage::showsComparison() const
{
    return m_stack->currentIndex() == ComparisonPageIndex;
}

void JobsPage::fillProfileFilter()
{
    const QString keep = m_profileFilter->currentData().toString();
    const QSignalBlocker blocker(m_profileFilter);
    m_profileFilter->clear();
    m_profileFilter->addItem(tr("All providers"), QString());
    if (ProfileStore *profiles = m_controller->context().profiles) {
        for (const ProviderProfile &profile : profiles->profiles()) {
            if (profile.canFineTune())
                m_profileFilter->addItem(profile.name, profile.id);
        }
    }
    const int index = m_profileFilter->findData(keep);
    m_profileFilter->setCurrentIndex(std::max(0, index));
    m_filter->setProfileFilter(m_profileFilter->currentData().toString());
}

void JobsPage::onSessionAboutToChange()
{
    if (m_dialog)
        m_dialog->reject();
    delete m_dialog;
    m_jobPage->setJob(0);
    m_comparison->clear();
    m_model->setStores(nullptr, nullptr);
}

void JobsPage::onSessionChanged()
{
    WorkspaceSession *session = m_controller->session();
    m_model->setStores(m_controller->jobs(), session ? session->datasets() : nullptr);
    m_jobPage->setJob(0);
    m_refreshed.clear();
    m_unanswered.clear();
    m_start->setEnabled(session != nullptr);
    if (m_controller->tracker())
        connect(m_controller->tracker(), &JobTracker::refreshFinished, this,
                &JobsPage::showRefreshOutcome);
    showList();
    if (isVisible())
        refreshFromProviders(true);
}

void JobsPage::showRefreshOutcome(const QString &profileId, int newJobs, const ApiError &error)
{
    // A provider that failed stays named until it answers: another one answering after it
    // must not wipe the only sign that its jobs could not be read.
    if (error)
        m_unanswered.insert(profileId, error);
    else
        m_unanswered.remove(profileId);
    if (m_unanswered.isEmpty()) {
        m_refreshStatus->setText(newJobs > 0 ? tr("%n job(s) found at the providers", nullptr, newJobs)
                                             : QString());
        m_refreshStatus->setToolTip(QString());
        return;
    }
    const QString failedId = m_unanswered.constBegin().key();
    const ApiError &failure = m_unanswered.constBegin().value();
    const auto profile = m_controller->context().profiles->profile(failedId);
    m_refreshStatus->setText(tr("%1 did not answer").arg(profile ? profile->name : failedId));
    const QString details = failure.detailsText();
    m_refreshStatus->setToolTip(details.isEmpty() ? failure.userMessage
                                                  : failure.userMessage + QStringLiteral("\n\n")
                                                        + tr("Details: %1").arg(details));
}

void JobsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refreshFromProviders(true);
    fitColumns();
}

void JobsPage::refreshFromProviders(bool quietly)
{
    JobTracker *tracker = m_controller->tracker();
    ProfileStore *profiles = m_controller->context().profiles;
    if (!tracker || !profiles)
        return;
    for (const ProviderProfile &profile : profiles->profiles()) {
        if (!profile.canFineTune() || (quietly && m_refreshed.contains(profile.id)))
            continue;
        m_refreshed.insert(profile.id);
        tracker->refresh(profile.id);
    }
    if (!quietly)
        m_refreshStatus->setText(tr("Asking the providers…"));
}

void JobsPage::updatePlaceholder()
{
    if (m_stack->currentIndex() == JobPageIndex || m_stack->currentIndex() == ComparisonPageIndex)
        return;
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? ListPage : EmptyPage);
    fitColumns();
}

void JobsPage::showList()
{
    m_comparison->clear(); // stops following the runs it showed
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? ListPage : EmptyPage);
    fitColumns();
}

bool JobsPage::showsJob() const
{
    return m_stack->currentIndex() == JobPageIndex;
}

bool JobsPage::showsEmptyState() const
{
    return m_stack->currentIndex() == EmptyPage;
}

void JobsPage::openJob(qint64 jobId)
{
    if (!m_controller->jobs() || m_model->rowOf(jobId) < 0)
        return;
    m_jobPage->setJob(jobId);
    m_stack->setCurrentIndex(JobPageIndex);
}

void JobsPage::openCurrentJob()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openJob(m_filter->jobIdAt(current.row()));
}

StartFineTuneDialog *JobsPage::dialog() const
{
    return m_dialog;
}

void JobsPage::startFineTune(qint64 datasetId)
{
    if (!m_controller->session())
        return;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new StartFineTuneDialog(m_controller, window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (datasetId) {
        FineTuneChoice choice;
        choice.datasetId = datasetId;
        m_dialog->setChoice(choice);
    }
    connect(m_dialog, &StartFineTuneDialog::jobLaunched, this, [this](qint64 jobId) {
        Q_EMIT showRequested();
        openJob(jobId);
    });
    connect(m_dialog, &StartFineTuneDialog::showExamplesRequested, this,
            &JobsPage::showExamplesRequested);
    m_dialog->open();
}

bool JobsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return Page::eventFilter(watched, event);
}

void JobsPage::fitColumns()
{
    // Each column as wide as its title and (up to a cap) its texts; when that is more than
    // the view has, the columns of long names give way first. A cut cell keeps its whole
    // text in its tooltip.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 24;
    const int rows = std::min(m_filter->rowCount(), 50);
    QList<int> wanted(JobListModel::ColumnCount);
    QList<int> least(JobListModel::ColumnCount);
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        const int title = header->fontMetrics().horizontalAdvance(
                              m_model->headerData(column, Qt::Horizontal).toString()) +
                          padding;
        int content = 0;
        for (int row = 0; row < rows; ++row)
            content = std::max(
                content, metrics.horizontalAdvance(m_filter->index(row, column).data().toString()));
        if (column == JobListModel::StatusColumn)
            content += 20; // the status dot
        if (column == JobListModel::LossColumn)
            content = SparklineWidth; // a curve, not text
        least[column] = title;
        wanted[column] = std::max(title, std::min(content + 16, metrics.averageCharWidth() * 40));
    }
    int total = 0;
    for (int width : std::as_const(wanted))
        total += width;
    const int room = m_view->viewport()->width();
    // The job's own name gives way last: it is how people tell their jobs apart.
    const QList<int> giving = {JobListModel::ProviderColumn,   JobListModel::LossColumn,
                               JobListModel::TunedModelColumn, JobListModel::DatasetColumn,
                               JobListModel::ModelColumn,      JobListModel::StatusColumn,
                               JobListModel::NameColumn};
    for (int column : giving) {
        if (total <= room)
            break;
        const int cut = std::min(total - room, wanted[column] - least[column]);
        wanted[column] -= cut;
        total -= cut;
    }
    for (int column = 0; column < JobListModel::ColumnCount; ++column)
        header->resizeSection(column, wanted[column]);
}
