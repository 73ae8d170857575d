#include "mainwindow.h"

#include "aboutdialog.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/workspace/sampledataset.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "ui/common/messages.h"
#include "ui/common/page.h"
#include "ui/compare/batchcomparelauncher.h"
#include "ui/datasets/datasetspage.h"
#include "ui/jobs/jobnotifier.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"
#include "ui/jobs/notificationbanner.h"
#include "ui/jobs/jobpage.h"
#include "ui/playground/playgroundpage.h"
#include "ui/settings/settingsdialog.h"
#include "welcomedialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
QString workspaceFilter()
{
    return MainWindow::tr("Ajuste workspaces (*.%1);;All files (*)").arg(Workspace::fileSuffix());
}
} // namespace

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Ajuste"));
    setMinimumSize(800, 560);
    createPages();
    createNavigation();
    createMenus();
    createStatusBar();
    // Pages let go of the old workspace while it still exists, then meet the new one.
    connect(m_context.workspaces, &WorkspaceManager::aboutToChangeWorkspace, this, [this] {
        for (Page *page : std::as_const(m_pages))
            page->setSession(nullptr);
        if (WorkspaceSession *old = m_context.workspaces->session())
            m_undoGroup->removeStack(old->undoStack());
    });
    connect(m_context.workspaces, &WorkspaceManager::workspaceChanged, this,
            &MainWindow::onWorkspaceChanged);
    connect(m_context.profiles, &ProfileStore::profilesChanged, this,
            &MainWindow::updateProviderLabel);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    auto datasets = new DatasetsPage;
    datasets->setPriceCatalog(m_context.prices);
    m_datasets = datasets;
    // The Jobs screens' store, tracker and notifications live as long as the window.
    m_jobsController = new JobsController(m_context, this, this);
    auto jobs = new JobsPage(m_jobsController);
    auto playground = new PlaygroundPage(m_context);
    connect(datasets, &DatasetsPage::openSampleRequested, this, &MainWindow::openSampleWorkspace);
    connect(datasets, &DatasetsPage::importRequested, this, [this] {
        // Importing needs somewhere to keep the examples: open the default workspace first.
        openDefaultWorkspace();
        if (m_context.workspaces->current())
            m_datasets->chooseFilesToImport();
    });
    connect(jobs, &JobsPage::showDatasetsRequested, this,
            [this] { showPage(QStringLiteral("datasets")); });
    connect(jobs, &JobsPage::showRequested, this, [this] { showPage(QStringLiteral("jobs")); });
    connect(jobs, &JobsPage::showExamplesRequested, this, &MainWindow::showExamples);
    connect(datasets, &DatasetsPage::startFineTuneRequested, this, [this, jobs](qint64 datasetId) {
        showPage(QStringLiteral("jobs"));
        jobs->startFineTune(datasetId);
    });
    m_batchCompare = new BatchCompareLauncher(m_context, this);
    connect(datasets, &DatasetsPage::compareModelsRequested, m_batchCompare,
            &BatchCompareLauncher::openForExamples);
    connect(playground, &PlaygroundPage::showJobsRequested, this,
            [this] { showPage(QStringLiteral("jobs")); });
    // From a job to a comparison in one click.
    connect(jobs->jobPage(), &JobPage::tryInPlaygroundRequested, this, [this, playground](qint64 job) {
        showPage(QStringLiteral("playground"));
        playground->openJob(job);
    });
    connect(jobs->jobPage(), &JobPage::tryCheckpointRequested, this,
            [this, playground](qint64 job, const QString &checkpoint) {
                showPage(QStringLiteral("playground"));
                playground->openJob(job, checkpoint);
            });
    m_stack = new QStackedWidget;
    for (Page *page : {static_cast<Page *>(datasets), static_cast<Page *>(jobs),
                       static_cast<Page *>(playground)})
        addPage(page);
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    connect(page, &Page::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (Page *page : std::as_const(m_pages)) {
        auto item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); padding-top: 8px; }"
        "QListWidget#navigation::item { padding-left: 8px; border-radius: 6px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));

    auto settingsButton = new QPushButton(QIcon(QStringLiteral(":/icons/settings.svg")),
                                          tr("Settings"));
    settingsButton->setFlat(true);
    settingsButton->setToolTip(tr("Providers, prices and language (Ctrl+,)"));
    connect(settingsButton, &QPushButton::clicked, this, &MainWindow::showSettings);

    auto side = new QWidget;
    side->setObjectName(QStringLiteral("sidebar"));
    auto sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 8, 8);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(settingsButton, 0, Qt::AlignLeft);
    int width = 0;
    for (Page *page : std::as_const(m_pages))
        width = std::max(width, fontMetrics().horizontalAdvance(page->title()));
    side->setFixedWidth(std::max(160, width + 80));

    auto central = new QWidget;
    auto layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(side);
    auto line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    // A finished job is announced above the page where the system has no tray.
    auto column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_jobsController->notifier()->banner());
    column->addWidget(m_stack, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    m_navigation->setCurrentRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *openAction =
        file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(tr("Open the &Sample Workspace"), this, &MainWindow::openSampleWorkspace);
    file->addSeparator();
    QAction *import = m_datasets->importAction();
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(import);
    QAction *exportAction = m_datasets->exportAction();
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(exportAction);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        Page *page = m_pages.at(i);
        QAction *action = view->addAction(page->icon(), page->title(), this,
                                          [this, i] { m_navigation->setCurrentRow(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting Started"), this, &MainWindow::showWelcome);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Ajuste"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel;
    m_providerLabel = new QLabel;
    statusBar()->addPermanentWidget(m_providerLabel);
    statusBar()->addPermanentWidget(m_workspaceLabel);
    updateProviderLabel();
    onWorkspaceChanged(nullptr);
}

void MainWindow::restoreAndShow()
{
    const QByteArray geometry = m_context.settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A laptop's screen is filled (leaving room for the title bar): the datasets page
        // needs it. A large screen gets a generous window, not all of it.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1440, 900).boundedTo(available.size() - QSize(0, 40)));
        move(available.center() - rect().center());
    }
    restoreState(m_context.settings->windowState());
    const QString lastPage = m_context.settings->lastPage();
    if (!lastPage.isEmpty())
        showPage(lastPage);
    show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_context.settings->setWindowGeometry(saveGeometry());
    m_context.settings->setWindowState(saveState());
    m_context.settings->setLastPage(currentPageId());
    event->accept();
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId)
            m_navigation->setCurrentRow(i);
    }
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row)->pageId() : QString();
}

void MainWindow::onPageChanged(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
}

void MainWindow::openInitialWorkspace(const QString &requestedPath)
{
    // A workspace that cannot be opened now is reported once the window is up and Ajuste has
    // fallen back to another, so the message can say which one is open instead.
    QList<Workspace::Error> failures;
    QStringList tried;
    const auto tryOpen = [&](const QString &path) {
        if (path.isEmpty() || tried.contains(path))
            return false;
        tried.append(path);
        Workspace::Error error;
        if (openWorkspace(path, Workspace::OpenMode::OpenExisting, &error))
            return true;
        failures.append(error);
        return false;
    };
    if (!tryOpen(requestedPath)) {
        if (!m_context.settings->welcomeShown()) {
            // After the window is on screen, so the dialog has a parent to sit on.
            QTimer::singleShot(0, this, &MainWindow::showWelcome);
            openDefaultWorkspace();
        } else if (!tryOpen(m_context.settings->currentWorkspace())) {
            openDefaultWorkspace();
        }
    }
    for (const Workspace::Error &failure : std::as_const(failures)) {
        QTimer::singleShot(0, this, [this, failure] {
            const Workspace *current = m_context.workspaces->current();
            showError(current ? failure.message + QStringLiteral("\n\n") +
                                    tr("Ajuste opened “%1” instead.").arg(current->displayName())
                              : failure.message,
                      failure.detail);
        });
    }
}

void MainWindow::openDefaultWorkspace()
{
    openWorkspace(Workspace::defaultPath(), Workspace::OpenMode::CreateIfMissing);
}

bool MainWindow::openWorkspace(const QString &path, Workspace::OpenMode mode,
                               Workspace::Error *failure)
{
    Workspace::Error error;
    if (!m_context.workspaces->open(path, mode, &error)) {
        if (error.verdict == WorkspaceFile::Verdict::Missing)
            m_context.settings->removeRecentWorkspace(path);
        if (failure)
            *failure = error;
        else
            showError(error.message, error.detail);
        return false;
    }
    const QString opened = m_context.workspaces->current()->path();
    m_context.settings->setCurrentWorkspace(opened);
    m_context.settings->addRecentWorkspace(opened);
    return true;
}

void MainWindow::onWorkspaceChanged(WorkspaceSession *session)
{
    for (Page *page : std::as_const(m_pages))
        page->setSession(session);
    // One undo history per workspace, whichever page the edits came from.
    if (session) {
        m_undoGroup->addStack(session->undoStack());
        m_undoGroup->setActiveStack(session->undoStack());
    }
    const Workspace *workspace = session ? session->workspace() : nullptr;
    if (!workspace) {
        m_workspaceLabel->setText(tr("No workspace open"));
        setWindowTitle(tr("Ajuste"));
        return;
    }
    m_workspaceLabel->setText(tr("Workspace: %1").arg(workspace->displayName()));
    m_workspaceLabel->setToolTip(QDir::toNativeSeparators(workspace->path()));
    setWindowTitle(tr("%1 — Ajuste").arg(workspace->displayName()));
}

void MainWindow::updateProviderLabel()
{
    const ProviderProfile profile = m_context.profiles->defaultProfile();
    m_providerLabel->setText(tr("Provider: %1").arg(profile.name));
    m_providerLabel->setToolTip(ProviderProfile::kindDescription(profile.kind));
}

void MainWindow::newWorkspace()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), dir + QLatin1Char('/') + tr("My workspace") + QLatin1Char('.')
                                       + Workspace::fileSuffix(),
        workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + Workspace::fileSuffix();
    if (QFileInfo::exists(path)) {
        // The dialog asked before replacing; keep the old file as a backup rather than
        // destroying someone's work.
        const QString backup = path + QStringLiteral(".old");
        QFile::remove(backup);
        if (!QFile::rename(path, backup)) {
            showError(tr("Ajuste could not replace “%1”. Choose another name.")
                          .arg(QDir::toNativeSeparators(path)),
                      {});
            return;
        }
    }
    openWorkspace(path, Workspace::OpenMode::CreateIfMissing);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const Workspace *current = m_context.workspaces->current();
    const QString dir = current ? QFileInfo(current->path()).absolutePath()
                                : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), dir, workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path, Workspace::OpenMode::OpenExisting);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_context.settings->recentWorkspaces();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this,
                                                  [this, path] {
                                                      openWorkspace(path, Workspace::OpenMode::OpenExisting);
                                                  });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::openSampleWorkspace()
{
    if (!openWorkspace(Workspace::samplePath(), Workspace::OpenMode::CreateIfMissing))
        return;
    // Brings the sample examples in (again, if the user deleted them); a no-op otherwise.
    WorkspaceSession *session = m_context.workspaces->session();
    const qint64 datasetId = SampleDataset::populate(*session->workspace(), session->datasets());
    if (datasetId > 0)
        m_datasets->setCurrentDataset(datasetId);
    showPage(QStringLiteral("datasets"));
}

void MainWindow::showWelcome()
{
    auto dialog = new WelcomeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int choice) {
        m_context.settings->setWelcomeShown(true);
        if (choice == WelcomeDialog::OpenSample)
            openSampleWorkspace();
    });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    AboutDialog::show(this);
}

void MainWindow::showError(const QString &message, const QString &details)
{
    Messages::warning(this, message, details);
}

void MainWindow::showExamples(qint64 datasetId, const QList<qint64> &exampleIds)
{
    showPage(QStringLiteral("datasets"));
    m_datasets->setCurrentDataset(datasetId);
    if (!exampleIds.isEmpty())
        m_datasets->selectExample(exampleIds.first());
    // The check panel lists every problem, each a click away from its example.
    m_datasets->checkDataset();
}
