#include "datasetspage.h"

#include "bulkeditcontroller.h"
#include "core/workspace/commands/addexamplecommand.h"
#include "core/workspace/commands/duplicateexamplescommand.h"
#include "core/workspace/commands/removeexamplescommand.h"
#include "core/workspace/commands/setexamplejsoncommand.h"
#include "core/workspace/commands/setsplitcommand.h"
#include "core/checks/checkrunner.h"
#include "core/checks/examplefixplan.h"
#include "core/checks/pricetable.h"
#include "core/dataset/examplejson.h"
#include "core/workspace/backgroundwriter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/examplequeries.h"
#include "core/workspace/tokencountupdater.h"
#include "core/session/workspacesession.h"
#include "core/workspace/workspace.h"
#include "datasetlistmodel.h"
#include "datasetlistpanel.h"
#include "examplefilterbar.h"
#include "examplelistcolumns.h"
#include "examplelistmodel.h"
#include "exampleeditor.h"
#include "exampleselectionkeeper.h"
#include "exportcontroller.h"
#include "importcontroller.h"
#include "importsummarydialog.h"
#include "ui/checks/checkpanel.h"
#include "ui/checks/costandsizeview.h"
#include "ui/checks/costpanel.h"
#include "ui/checks/tokenhistogram.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "ui/common/panesplitter.h"
#include "validationsplitdialog.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString splitterKey()
{
    // Not the former "DatasetsPage/splitter": sizes saved for the older panes do not fit these.
    return QStringLiteral("DatasetsPage/paneSizes");
}

QJsonObject blankExample(bool preference)
{
    const auto message = [](const char *role) {
        return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                           {QStringLiteral("content"), QString()}};
    };
    if (preference)
        return {{QStringLiteral("input"),
                 QJsonObject{{QStringLiteral("messages"), QJsonArray{message("user")}}}},
                {QStringLiteral("preferred_output"), QJsonArray{message("assistant")}},
                {QStringLiteral("non_preferred_output"), QJsonArray{message("assistant")}}};
    return {{QStringLiteral("messages"), QJsonArray{message("user"), message("assistant")}}};
}
} // namespace

DatasetsPage::DatasetsPage(QWidget *parent)
    : Page(parent)
    , m_pages(new QStackedWidget)
    , m_noDatasets(new EmptyState(
          QIcon(QStringLiteral(":/icons/datasets.svg")), tr("No datasets yet"),
          tr("A dataset is a set of example conversations that show the model how you want it "
             "to answer: a question a customer asked, and the answer your best colleague "
             "gave. A few dozen good examples are enough to start.")))
    , m_emptyDataset(new EmptyState(
          QIcon(QStringLiteral(":/icons/datasets.svg")), tr("This dataset has no examples yet"),
          tr("Add an example and write a question and the answer you want, or import a file "
             "of examples: chat JSONL, preference JSONL, instructions (Alpaca) or a "
             "spreadsheet saved as CSV. You can also drop files here.")))
    , m_listStack(new QStackedWidget)
    , m_splitter(new PaneSplitter(Qt::Horizontal))
    , m_datasetPanel(new DatasetListPanel)
    , m_filterBar(new ExampleFilterBar)
    , m_exampleModel(new ExampleListModel(this))
    , m_exampleView(new QTableView)
    , m_editor(new ExampleEditor)
    , m_import(new ImportController(this))
    , m_export(new ExportController(this))
    , m_scans(new QThreadPool(this))
    , m_tagScan(new QFutureWatcher<QStringList>(this))
    , m_bulkEdits(new BulkEditController(m_scans, this))
    , m_lockDelay(new QTimer(this))
{
    m_lockDelay->setSingleShot(true);
    m_lockDelay->setInterval(200);
    connect(m_lockDelay, &QTimer::timeout, this, [this] { lockForWriting(isWriting()); });
    setAcceptDrops(true);
    createActions();
    // The dataset list's context menu offers it first, above Rename and Delete.
    QListView *datasetList = m_datasetPanel->view();
    auto separator = new QAction(this);
    separator->setSeparator(true);
    datasetList->insertActions(datasetList->actions().value(0),
                               {m_startFineTuneAction, separator});
    connect(m_noDatasets->addAction(tr("Import a file…")), &QPushButton::clicked, this,
            &DatasetsPage::chooseFilesToImport);
    connect(m_noDatasets->addAction(tr("Open the sample")), &QPushButton::clicked, this,
            &DatasetsPage::openSampleRequested);
    connect(m_noDatasets->addAction(tr("New empty dataset")), &QPushButton::clicked, this,
            [this] { m_datasetPanel->createDataset(); });
    connect(m_emptyDataset->addAction(tr("Add an example")), &QPushButton::clicked, this,
            &DatasetsPage::addExample);
    connect(m_emptyDataset->addAction(tr("Import a file…")), &QPushButton::clicked, this,
            &DatasetsPage::chooseFilesToImport);

    m_splitter->setObjectName(QStringLiteral("datasetsSplitter"));
    m_splitter->addWidget(m_datasetPanel);
    m_splitter->addWidget(createExampleArea());
    m_splitter->addWidget(m_editor);
    // The list wants its filter bar on one row and its columns whole; the editor a readable
    // width. More room goes to both, the editor a little more.
    int columns = 0;
    for (int column = 0; column < ExampleListModel::ColumnCount; ++column) {
        if (column != ExampleListModel::FirstMessageColumn)
            columns += m_exampleView->horizontalHeader()->sectionSize(column);
    }
    const int firstMessage = fontMetrics().averageCharWidth() * 24;
    const int list = std::max(m_filterBar->oneRowWidth(), columns + firstMessage) + 24;
    m_splitter->setWantedSizes({150, list, 380}, {1, 4, 5});
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreUserSizes(QSettings().value(splitterKey()).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, &DatasetsPage::rememberSplitter);
    m_keeper = new ExampleSelectionKeeper(m_exampleView, m_exampleModel, this);
    m_scans->setMaxThreadCount(2);

    auto work = new QWidget;
    auto workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(createToolBar());
    workLayout->addWidget(m_splitter, 1);
    m_pages->addWidget(m_noDatasets);
    m_pages->addWidget(work);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_datasetPanel, &DatasetListPanel::currentDatasetChanged, this,
            &DatasetsPage::onDatasetChosen);
    connect(m_datasetPanel, &DatasetListPanel::datasetRemoved, this, [this] {
        // The commands of a deleted dataset's examples have nothing left to act on.
        if (m_session)
            m_session->undoStack()->clear();
    });
    connect(m_filterBar, &ExampleFilterBar::filterChanged, m_exampleModel,
            &ExampleListModel::setFilter);
    // An empty tags column would only take room from the first message.
    connect(m_filterBar, &ExampleFilterBar::tagsChanged, this, [this](const QStringList &tags) {
        m_exampleView->setColumnHidden(ExampleListModel::TagsColumn, tags.isEmpty());
    });
    connect(m_exampleModel, &QAbstractItemModel::modelReset, this, &DatasetsPage::updatePlaceholders);
    connect(m_exampleModel, &QAbstractItemModel::rowsInserted, this, &DatasetsPage::updatePlaceholders);
    connect(m_exampleModel, &QAbstractItemModel::rowsRemoved, this, &DatasetsPage::updatePlaceholders);
    connect(m_datasetPanel->model(), &QAbstractItemModel::rowsInserted, this,
            &DatasetsPage::updatePlaceholders);
    connect(m_datasetPanel->model(), &QAbstractItemModel::rowsRemoved, this,
            &DatasetsPage::updatePlaceholders);
    connect(m_datasetPanel->model(), &QAbstractItemModel::dataChanged, this,
            &DatasetsPage::updateActions);
    connect(m_import, &ImportController::datasetImported, this, [this](qint64 datasetId) {
        setCurrentDataset(datasetId);
        refreshTags();
    });
    connect(m_exampleModel, &ExampleListModel::queryingChanged, this, [this](bool querying) {
        m_filterBar->setBusy(querying || isWriting());
    });
    connect(m_tagScan, &QFutureWatcher<QStringList>::finished, this, [this] {
        // Only the newest scan, for the dataset still shown.
        if (m_tagScan->isFinished() && m_store && m_tagsFor == m_datasetId)
            m_filterBar->setTags(m_tagScan->result());
    });
    connect(m_export, &ExportController::statusMessage, this, &Page::statusMessage);
    connect(m_bulkEdits, &BulkEditController::statusMessage, this, &Page::statusMessage);
    connect(m_bulkEdits, &BulkEditController::duplicatesFound, this,
            &DatasetsPage::showDuplicatesFound);
    // New tags show up in the tag filter once the user pauses (one scan, not one per key).
    m_tagRefresh = new QTimer(this);
    m_tagRefresh->setSingleShot(true);
    m_tagRefresh->setInterval(500);
    connect(m_tagRefresh, &QTimer::timeout, this, &DatasetsPage::refreshTags);
    updatePlaceholders();
}

DatasetsPage::~DatasetsPage() = default;

QUndoStack *DatasetsPage::undoStack() const
{
    return m_session ? m_session->undoStack() : nullptr;
}

TokenCountUpdater *DatasetsPage::tokenCounter() const
{
    return m_session ? m_session->tokenCounts() : nullptr;
}

QString DatasetsPage::title() const
{
    return tr("Datasets");
}

QIcon DatasetsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/datasets.svg"));
}

void DatasetsPage::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, auto slot) {
        auto action = new QAction(text, this);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_importAction = make(tr("Import…"), tr("Add the examples of files to this dataset"),
                          &DatasetsPage::chooseFilesToImport);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_checkAction = make(tr("Check Dataset"),
                         tr("Find problems the provider would refuse, and see what training "
                            "will cost (F7)"),
                         &DatasetsPage::checkDataset);
    m_checkAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_startFineTuneAction = make(tr("Start Fine-Tune…"),
                                 tr("Teach a model from this dataset: check, see the cost, start"),
                                 [this] { Q_EMIT startFineTuneRequested(m_datasetId); });
    m_startFineTuneAction->setObjectName(QStringLiteral("startFineTuneAction"));
    m_compareAction = make(tr("Compare Models on These Examples…"),
                           tr("Ask two or more models the chosen examples (or the validation "
                              "examples) and judge their answers side by side"),
                           [this] {
                               Q_EMIT compareModelsRequested(m_datasetId, selectedExamples());
                           });
    m_compareAction->setObjectName(QStringLiteral("compareModelsAction"));
    m_exportAction = make(tr("Export…"),
                          tr("Write the training and validation files to upload (JSONL)"),
                          &DatasetsPage::exportCurrentDataset);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addAction = make(tr("Add Example"), tr("Add a new, empty example after the chosen one"),
                       &DatasetsPage::addExample);
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_duplicateAction = make(tr("Duplicate"), tr("Copy the selected examples"),
                             &DatasetsPage::duplicateSelected);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = make(tr("Delete"), tr("Delete the selected examples"),
                          &DatasetsPage::deleteSelected);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exampleView->addAction(m_deleteAction);
    m_trainAction = make(tr("Use for Training"), tr("The model learns from the selected examples"),
                         [this] { setSelectedSplit(DatasetStore::trainSplit()); });
    m_validationAction = make(tr("Use for Validation"),
                              tr("Keep the selected examples aside to measure learning"),
                              [this] { setSelectedSplit(DatasetStore::validationSplit()); });
    m_splitAction = make(tr("Make a Validation Split…"),
                         tr("Put a share of the examples, chosen at random, aside for validation"),
                         &DatasetsPage::makeValidationSplit);
    m_duplicatesAction = make(tr("Find Duplicates"),
                              tr("Mark examples whose messages repeat an earlier example"),
                              &DatasetsPage::flagDuplicates);
    m_systemPromptAction = make(tr("Change Instructions…"),
                                tr("Give the selected examples the same instructions (system prompt)"),
                                &DatasetsPage::changeSystemPrompt);
    m_replaceAction = make(tr("Find and Replace…"),
                           tr("Replace a text in every message of this dataset"),
                           &DatasetsPage::findAndReplace);
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
}

QToolBar *DatasetsPage::createToolBar()
{
    auto bar = new QToolBar;
    bar->setObjectName(QStringLiteral("datasetsToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_checkAction);
    bar->addAction(m_startFineTuneAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_addAction);
    bar->addAction(m_duplicateAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    auto splitMenu = new QMenu(this);
    splitMenu->addAction(m_trainAction);
    splitMenu->addAction(m_validationAction);
    splitMenu->addSeparator();
    splitMenu->addAction(m_splitAction);
    auto splitButton = new QToolButton;
    splitButton->setText(tr("Training or Validation"));
    splitButton->setToolTip(tr("Choose which examples teach the model and which measure it"));
    splitButton->setMenu(splitMenu);
    splitButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(splitButton);
    auto editMenu = new QMenu(this);
    editMenu->addAction(m_systemPromptAction);
    editMenu->addAction(m_replaceAction);
    editMenu->addAction(m_duplicatesAction);
    auto editButton = new QToolButton;
    editButton->setText(tr("Change Many"));
    editButton->setToolTip(tr("Changes to many examples at once"));
    editButton->setMenu(editMenu);
    editButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(editButton);
    return bar;
}

QWidget *DatasetsPage::createExampleArea()
{
    m_exampleView->setModel(m_exampleModel);
    m_exampleView->setObjectName(QStringLiteral("exampleList"));
    m_exampleView->setAccessibleName(tr("Examples"));
    m_exampleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exampleView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_exampleView->setSortingEnabled(true);
    m_exampleView->sortByColumn(ExampleListModel::NumberColumn, Qt::AscendingOrder);
    m_exampleView->setWordWrap(false);
    m_exampleView->setAlternatingRowColors(true);
    m_exampleView->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_exampleView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_exampleView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_exampleView->horizontalHeader()->moveSection(ExampleListModel::NumberColumn, 0);
    // The first message takes the room the other columns leave; they fit what they show.
    new ExampleListColumns(m_exampleView, m_exampleModel);
    m_exampleView->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_addAction, m_duplicateAction, m_deleteAction, m_trainAction,
                            m_validationAction, m_systemPromptAction, m_compareAction})
        m_exampleView->addAction(action);
    connect(m_exampleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetsPage::onCurrentExampleChanged);
    connect(m_exampleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatasetsPage::updateActions);

    // The hidden teaching text must not widen the list.
    m_emptyDataset->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_listStack->addWidget(m_exampleView);
    m_listStack->addWidget(m_emptyDataset);
    auto area = new QWidget;
    auto layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    // The check results open below the list, so a problem and its example are seen together.
    auto listAndChecks = new QSplitter(Qt::Vertical);
    listAndChecks->setObjectName(QStringLiteral("listAndChecks"));
    listAndChecks->addWidget(m_listStack);
    listAndChecks->addWidget(createCheckArea());
    listAndChecks->setStretchFactor(0, 3);
    listAndChecks->setStretchFactor(1, 2);
    listAndChecks->setChildrenCollapsible(false);
    layout->addWidget(listAndChecks, 1);
    return area;
}

void DatasetsPage::setSession(WorkspaceSession *session)
{
    m_checkRunner->cancel();
    m_checkPanel->clear();
    m_histogram->clear();
    m_checkTabs->hide();
    // The previous session may be on its way out: detach everything from its store without
    // asking it anything.
    if (m_session) {
        disconnect(m_session->undoStack(), nullptr, m_tagRefresh, nullptr);
        disconnect(m_store->writer(), nullptr, this, nullptr);
        disconnect(m_store, &DatasetStore::writeFailed, this, nullptr);
    }
    m_session = session;
    m_store = session ? session->datasets() : nullptr;
    m_datasetId = 0;
    m_import->setStore(nullptr);
    m_export->setStore(nullptr);
    m_bulkEdits->setStore(nullptr, nullptr);
    m_editor->setStore(nullptr, nullptr);
    m_exampleModel->setStore(nullptr);
    m_datasetPanel->setStore(nullptr);
    if (session) {
        m_exampleModel->setStore(m_store);
        m_editor->setStore(m_store, session->undoStack());
        m_import->setStore(m_store);
        m_export->setStore(m_store);
        m_bulkEdits->setStore(m_store, session->undoStack());
        connect(session->undoStack(), &QUndoStack::indexChanged, m_tagRefresh,
                qOverload<>(&QTimer::start));
        connect(m_store->writer(), &BackgroundWriter::busyChanged, this,
                &DatasetsPage::onWritingChanged);
        // Queued: the message box runs an event loop of its own, not inside the writer's report.
        connect(
            m_store->writer(), &BackgroundWriter::failed, this,
            [this](const QString &message) { Messages::warning(this, message); },
            Qt::QueuedConnection);
        // An edit the undo stack could not store (a full disk, a busy workspace).
        connect(
            m_store, &DatasetStore::writeFailed, this,
            [this](const QString &message) { Messages::warning(this, message); },
            Qt::QueuedConnection);
        // Before the panel chooses the first dataset, so that dataset gets its counts too.
        m_datasetPanel->setStore(m_store);
    }
    updatePlaceholders();
}

void DatasetsPage::setCurrentDataset(qint64 datasetId)
{
    m_datasetPanel->setCurrentDataset(datasetId);
}

void DatasetsPage::onDatasetChosen(qint64 datasetId)
{
    m_datasetId = datasetId;
    m_filterBar->clear();
    m_exampleModel->setFilter({});
    m_exampleModel->setDataset(datasetId);
    m_checkRunner->cancel();
    m_checkPanel->clear();
    m_histogram->clear();
    m_checkTabs->hide();
    if (m_session)
        m_session->tokenCounts()->setDataset(datasetId);
    m_filterBar->setTags({});
    refreshTags();
    if (m_exampleModel->rowCount() > 0) {
        m_exampleView->setCurrentIndex(m_exampleModel->index(0, 0));
    } else {
        m_editor->showExample(0);
        if (m_exampleModel->isQuerying()) // a sorted list: its first row once it arrives
            m_keeper->selectFirstWhenShown();
    }
    updatePlaceholders();
}

void DatasetsPage::onCurrentExampleChanged()
{
    const QModelIndex current = m_exampleView->currentIndex();
    const qint64 exampleId = current.isValid() ? m_exampleModel->exampleIdAt(current.row()) : 0;
    // The same example again (the list was reset around it): the editor already shows it.
    if (exampleId != m_editor->exampleId())
        m_editor->showExample(exampleId);
    updateActions();
}

void DatasetsPage::updatePlaceholders()
{
    const bool anyDataset = m_datasetPanel->model()->rowCount() > 0;
    m_pages->setCurrentIndex(anyDataset ? 1 : 0);
    const bool emptyDataset = m_store && m_datasetId && m_exampleModel->filter().isEmpty()
                              && m_exampleModel->rowCount() == 0;
    m_listStack->setCurrentIndex(emptyDataset ? 1 : 0);
    m_filterBar->setEnabled(!emptyDataset && m_datasetId);
    updateActions();
}

void DatasetsPage::updateActions()
{
    // While a big change is being stored nothing else may change the examples (it would
    // wait for it, or work from rows about to change).
    const bool dataset = m_store && m_datasetId && !m_locked;
    const bool selection = dataset && m_exampleView->selectionModel()->hasSelection();
    // The dataset list keeps the count: no count over the examples at every click.
    const DatasetListModel *datasets = m_datasetPanel->model();
    const bool examples = dataset
                          && datasets->data(datasets->index(datasets->rowOf(m_datasetId), 0),
                                            DatasetListModel::CountRole)
                                     .toInt()
                                 > 0;
    m_importAction->setEnabled(m_store != nullptr && !m_locked);
    m_checkAction->setEnabled(dataset);
    m_exportAction->setEnabled(examples);
    m_addAction->setEnabled(dataset);
    for (QAction *action : {m_duplicateAction, m_deleteAction, m_trainAction, m_validationAction,
                            m_systemPromptAction})
        action->setEnabled(selection);
    for (QAction *action : {m_splitAction, m_duplicatesAction, m_replaceAction})
        action->setEnabled(examples);
    m_startFineTuneAction->setEnabled(examples);
    m_compareAction->setEnabled(examples);
}

bool DatasetsPage::isWriting() const
{
    return m_store && m_store->writer()->isBusy();
}

void DatasetsPage::onWritingChanged()
{
    // A big change being stored: once it has taken 200 ms the filter bar shows it and the
    // editor and the actions wait until it is done. (An edit made before that is stored
    // after it: the store waits for the writer.) Short writes change nothing on screen.
    m_filterBar->setBusy(isWriting() || m_exampleModel->isQuerying());
    if (isWriting()) {
        if (!m_locked && !m_lockDelay->isActive())
            m_lockDelay->start();
        return;
    }
    m_lockDelay->stop();
    lockForWriting(false);
    refreshTags();
}

void DatasetsPage::lockForWriting(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    m_editor->setEnabled(!locked);
    updateActions();
}

void DatasetsPage::refreshTags()
{
    if (!m_store || !m_datasetId)
        return;
    m_tagsFor = m_datasetId;
    m_tagScan->setFuture(
        ExampleQueries::tagsAsync(m_scans, m_store->workspace()->path(), m_datasetId));
}

void DatasetsPage::rememberSplitter() const
{
    QSettings().setValue(splitterKey(), m_splitter->saveState());
}

void DatasetsPage::push(QUndoCommand *command)
{
    if (m_session)
        m_session->undoStack()->push(command);
    else
        delete command;
}

QList<qint64> DatasetsPage::selectedExamples() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_exampleView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        if (const qint64 id = m_exampleModel->exampleIdAt(index.row()))
            ids.append(id);
    }
    return ids;
}

void DatasetsPage::selectExample(qint64 exampleId)
{
    const int row = m_exampleModel->rowOf(exampleId);
    if (row < 0) {
        if (m_exampleModel->isQuerying()) // a filtered list still looking it up
            m_keeper->selectWhenShown(exampleId);
        return;
    }
    const QModelIndex index = m_exampleModel->index(row, 0);
    m_exampleView->setCurrentIndex(index);
    m_exampleView->scrollTo(index);
}

void DatasetsPage::addExample()
{
    if (!m_store || !m_datasetId)
        return;
    const bool preference = m_store->dataset(m_datasetId).kind == QLatin1String("preference");
    const QModelIndex current = m_exampleView->currentIndex();
    const int position = current.isValid()
                             ? current.data(ExampleListModel::PositionRole).toInt() + 1
                             : m_store->exampleCount(m_datasetId);
    auto command = new AddExampleCommand(m_store, m_datasetId, position,
                                         blankExample(preference));
    push(command);
    selectExample(command->exampleId());
}

void DatasetsPage::duplicateSelected()
{
    const QList<qint64> ids = selectedExamples();
    if (!m_store || ids.isEmpty())
        return;
    auto command = new DuplicateExamplesCommand(m_store, m_datasetId, ids);
    push(command);
    if (!command->copyIds().isEmpty())
        selectExample(command->copyIds().last());
}

void DatasetsPage::deleteSelected()
{
    const QList<qint64> ids = selectedExamples();
    if (!m_store || ids.isEmpty())
        return;
    // Undo brings them back, so a single example goes without asking; many deserve a question.
    if (ids.size() > 1
        && Messages::ask(this, tr("Delete %n examples?", nullptr, int(ids.size())),
                         tr("You can bring them back with Edit ▸ Undo."),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
               != QMessageBox::Yes)
        return;
    const int row = m_exampleView->currentIndex().row();
    push(new RemoveExamplesCommand(m_store, m_datasetId, ids));
    if (m_exampleModel->rowCount() > 0)
        m_exampleView->setCurrentIndex(
            m_exampleModel->index(std::min(row, m_exampleModel->rowCount() - 1), 0));
}

void DatasetsPage::setSelectedSplit(const QString &split)
{
    const QList<qint64> ids = selectedExamples();
    if (m_store && !ids.isEmpty())
        push(new SetSplitCommand(m_store, ids, split));
}

void DatasetsPage::makeValidationSplit()
{
    m_bulkEdits->makeValidationSplit(m_datasetId);
}

void DatasetsPage::flagDuplicates()
{
    m_bulkEdits->flagDuplicates(m_datasetId);
}

void DatasetsPage::showDuplicatesFound(qint64 datasetId, int duplicates)
{
    if (datasetId != m_datasetId)
        return; // the user moved on to another dataset meanwhile
    if (duplicates == 0) {
        Messages::information(this, tr("No duplicates: every example is different."));
        return;
    }
    m_filterBar->showDuplicatesOnly();
    Messages::information(this, tr("%n example(s) repeat the messages of an earlier example. "
                                   "The list now shows them with the examples they repeat; "
                                   "delete the copies you do not need, or choose “Any status” "
                                   "to see all examples again.",
                                   nullptr, duplicates));
}

void DatasetsPage::changeSystemPrompt()
{
    const QList<qint64> ids = selectedExamples();
    if (!m_store || ids.isEmpty())
        return;
    m_bulkEdits->changeSystemPrompt(
        ids, ExampleJson::systemPrompt(m_store->example(m_editor->exampleId()).json));
}

void DatasetsPage::findAndReplace()
{
    m_bulkEdits->findAndReplace(m_datasetId);
}

void DatasetsPage::chooseFilesToImport()
{
    if (!m_store) {
        Q_EMIT importRequested();
        return;
    }
    const QStringList paths = m_import->chooseFiles(this);
    if (!paths.isEmpty())
        importFiles(paths);
}

void DatasetsPage::importFiles(const QStringList &paths)
{
    if (!m_store || paths.isEmpty())
        return;
    // Without a chosen dataset the files make a new one, named after the first file; it
    // appears only if the import succeeds.
    m_import->importFiles(paths, m_datasetId,
                          m_store->uniqueDatasetName(QFileInfo(paths.first()).completeBaseName()));
}

void DatasetsPage::exportCurrentDataset()
{
    if (m_store && m_datasetId)
        m_export->exportDataset(m_datasetId);
}

void DatasetsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_store && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DatasetsPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns, so the source application is not kept waiting.
    QMetaObject::invokeMethod(this, [this, paths] { importFiles(paths); }, Qt::QueuedConnection);
}

void DatasetsPage::setPriceCatalog(PriceCatalog *catalog)
{
    m_costPanel->followCatalog(catalog);
}

QWidget *DatasetsPage::createCheckArea()
{
    m_checkRunner = new CheckRunner(this);
    m_checkPanel = new CheckPanel;
    m_costPanel = new CostPanel(PriceTable::load());
    m_histogram = new TokenHistogram;
    auto cost = new CostAndSizeView(m_costPanel, m_histogram);
    m_checkTabs = new QTabWidget;
    m_checkTabs->setObjectName(QStringLiteral("checkTabs"));
    m_checkTabs->addTab(m_checkPanel, tr("Problems"));
    m_checkTabs->addTab(cost, tr("Cost and size"));
    m_checkTabs->hide();
    // The results must not widen the list column and push the editor out of the window.
    m_checkTabs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_checkRunner, &CheckRunner::progress, m_checkPanel, &CheckPanel::setProgress);
    connect(m_checkRunner, &CheckRunner::finished, this, &DatasetsPage::showCheckReport);
    connect(m_checkRunner, &CheckRunner::failed, this,
            [this](const QString &message) { Messages::warning(this, message); });
    connect(m_checkPanel, &CheckPanel::checkRequested, this, &DatasetsPage::checkDataset);
    connect(m_checkPanel, &CheckPanel::exampleActivated, this,
            [this](qint64 exampleId, int) { selectExample(exampleId); });
    connect(m_checkPanel, &CheckPanel::fixRequested, this, &DatasetsPage::applyFixes);
    // Another model means another context length and encoding: check again.
    connect(m_costPanel, &CostPanel::modelChanged, this, [this] {
        if (m_checkTabs->isVisible())
            checkDataset();
    });
    return m_checkTabs;
}

void DatasetsPage::checkDataset()
{
    if (!m_session || m_datasetId <= 0)
        return;
    m_checkTabs->show();
    m_checkPanel->setProgress(0, 0);
    m_checkRunner->start(m_session->workspace()->path(), m_datasetId, m_costPanel->checkOptions());
}

void DatasetsPage::showCheckReport()
{
    if (m_checkRunner->datasetId() != m_datasetId || !m_store)
        return; // the user moved on to another dataset meanwhile
    const DatasetReport &report = m_checkRunner->report();
    m_checkPanel->setReport(report);
    m_costPanel->setReport(report);
    m_histogram->setStatistics(report.tokens, report.messages);
    CheckRunner::applyToStore(report, m_store);
}

void DatasetsPage::applyFixes(const QList<CheckIssue> &issues)
{
    if (!m_session)
        return;
    const QList<ExampleFix> fixes = ExampleFixPlan::make(
        issues, [this](qint64 id, int) { return m_store->example(id).json; });
    if (fixes.isEmpty())
        return;
    // One undo step for the whole click, whatever it changed.
    QUndoStack *undo = m_session->undoStack();
    undo->beginMacro(tr("Fix %n example(s)", nullptr, int(fixes.size())));
    QList<qint64> removals;
    for (const ExampleFix &fix : fixes) {
        if (fix.remove)
            removals.append(fix.exampleId);
        else
            undo->push(new SetExampleJsonCommand(m_store, fix.exampleId, fix.json));
    }
    if (!removals.isEmpty())
        undo->push(new RemoveExamplesCommand(m_store, m_datasetId, removals));
    undo->endMacro();
    checkDataset();
}
