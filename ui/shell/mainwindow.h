#pragma once

#include "appcontext.h"
#include "core/workspace/workspace.h"

#include <QList>
#include <QMainWindow>

class BatchCompareLauncher;
class DatasetsPage;
class JobsController;
class Page;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class WorkspaceSession;

// The one window: a navigation on the left (Datasets, Jobs, Playground), the current page on
// the right, menus, and a status bar naming the workspace and the provider in use.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Restores size, position and last page, then shows the window.
    void restoreAndShow();
    // Opens the workspace named on the command line, the last one used, or — on first run —
    // offers the welcome tour and the sample workspace.
    void openInitialWorkspace(const QString &requestedPath);

    // Shows why a workspace cannot be opened, or — when failure is given — leaves that to
    // the caller.
    bool openWorkspace(const QString &path, Workspace::OpenMode mode,
                       Workspace::Error *failure = nullptr);
    QList<Page *> pages() const { return m_pages; }
    void showPage(const QString &pageId);
    QString currentPageId() const;
    // Opens Batch compare (open(), openForExamples()): the Playground's toolbar calls it too.
    BatchCompareLauncher *batchCompare() const { return m_batchCompare; }

public Q_SLOTS:
    // Opens (creating and filling it the first time) the workspace with the sample dataset.
    void openSampleWorkspace();
    void showWelcome();
    void showSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createNavigation();
    void createMenus();
    void createStatusBar();
    void addPage(Page *page);
    void newWorkspace();
    void chooseWorkspaceToOpen();
    void rebuildRecentMenu();
    void openDefaultWorkspace();
    void onWorkspaceChanged(WorkspaceSession *session);
    void onPageChanged(int index);
    void updateProviderLabel();
    void showError(const QString &message, const QString &details);
    // The Datasets page with these examples and the problems the checks found in them.
    void showExamples(qint64 datasetId, const QList<qint64> &exampleIds);

    AppContext m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    DatasetsPage *m_datasets = nullptr;
    JobsController *m_jobsController = nullptr;
    BatchCompareLauncher *m_batchCompare = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceLabel = nullptr;
    QLabel *m_providerLabel = nullptr;
};
