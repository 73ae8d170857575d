#pragma once

#include "core/checks/checkissue.h"
#include "ui/common/page.h"

#include <memory>

class CheckPanel;
class CheckRunner;
class CostPanel;
class DatasetListPanel;
class PriceCatalog;
class QTabWidget;
class TokenHistogram;
class DatasetStore;
class EmptyState;
class ExampleEditor;
class ExampleFilterBar;
class ExampleListModel;
class BulkEditController;
class ExampleSelectionKeeper;
template<typename T>
class QFutureWatcher;
class QThreadPool;
class QTimer;
class ImportController;
class ExportController;
class PaneSplitter;
class QAction;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QUndoCommand;
class QUndoStack;
class TokenCountUpdater;
class WorkspaceSession;

// Datasets: the list of datasets ▸ the example list (filter bar on top) ▸ the example editor.
// Works on the open workspace's session: its DatasetStore and the undo stack of every edit.
class DatasetsPage : public Page
{
    Q_OBJECT

public:
    explicit DatasetsPage(QWidget *parent = nullptr);
    ~DatasetsPage() override;

    QString pageId() const override { return QStringLiteral("datasets"); }
    QString title() const override;
    QIcon icon() const override;
    void setSession(WorkspaceSession *session) override;
    // The cost panel follows the program's prices (Settings ▸ Prices).
    void setPriceCatalog(PriceCatalog *catalog);

    DatasetStore *store() const { return m_store; }
    QUndoStack *undoStack() const; // the session's; nullptr without a workspace
    qint64 currentDataset() const { return m_datasetId; }
    void setCurrentDataset(qint64 datasetId);
    QList<qint64> selectedExamples() const;
    void selectExample(qint64 exampleId);

    // For the window's menus (File ▸ Import…, File ▸ Export…).
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Opens Start fine-tune on the current dataset (toolbar, dataset list's context menu).
    QAction *startFineTuneAction() const { return m_startFineTuneAction; }
    // Opens Batch compare on the selected examples, or the dataset's validation examples.
    QAction *compareAction() const { return m_compareAction; }

    // Parts a test drives.
    QTableView *exampleView() const { return m_exampleView; }
    ExampleListModel *exampleModel() const { return m_exampleModel; }
    ExampleEditor *editor() const { return m_editor; }
    ExampleFilterBar *filterBar() const { return m_filterBar; }
    DatasetListPanel *datasetPanel() const { return m_datasetPanel; }
    ImportController *importer() const { return m_import; }
    ExportController *exporter() const { return m_export; }
    BulkEditController *bulkEdits() const { return m_bulkEdits; }
    TokenCountUpdater *tokenCounter() const; // the session's; nullptr without a workspace

public Q_SLOTS:
    // Asks which files to import (File ▸ Import…), then imports them.
    void chooseFilesToImport();
    // Imports files into the current dataset (a new one when there is none).
    void importFiles(const QStringList &paths);
    void exportCurrentDataset();

    void addExample();
    void duplicateSelected();
    void deleteSelected();
    void setSelectedSplit(const QString &split);
    void makeValidationSplit();
    void flagDuplicates();
    void changeSystemPrompt();
    void findAndReplace();
    // Checks the current dataset off the GUI thread and shows problems, cost and token sizes.
    void checkDataset();

Q_SIGNALS:
    // The user asked to import while no workspace is open: the window should open one.
    void importRequested();
    void openSampleRequested();
    // Start fine-tune from this dataset (the window opens the form on the Jobs page).
    void startFineTuneRequested(qint64 datasetId);
    // Compare models on these examples (none chosen: the dataset's validation examples).
    void compareModelsRequested(qint64 datasetId, const QList<qint64> &exampleIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createCheckArea();
    void showCheckReport();
    void applyFixes(const QList<CheckIssue> &issues);
    QToolBar *createToolBar();
    QWidget *createExampleArea();
    void push(QUndoCommand *command);
    void updatePlaceholders();
    void updateActions();
    void onDatasetChosen(qint64 datasetId);
    void onCurrentExampleChanged();
    void rememberSplitter() const;
    void refreshTags();
    void onWritingChanged();
    void lockForWriting(bool locked);
    bool isWriting() const;
    void showDuplicatesFound(qint64 datasetId, int duplicates);

    WorkspaceSession *m_session = nullptr;
    DatasetStore *m_store = nullptr; // the session's, while there is one
    qint64 m_datasetId = 0;

    QAction *m_importAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_startFineTuneAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_trainAction = nullptr;
    QAction *m_validationAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_duplicatesAction = nullptr;
    QAction *m_systemPromptAction = nullptr;
    QAction *m_replaceAction = nullptr;

    QStackedWidget *m_pages;
    EmptyState *m_noDatasets;
    EmptyState *m_emptyDataset;
    QStackedWidget *m_listStack;
    PaneSplitter *m_splitter;
    QTimer *m_tagRefresh = nullptr; // new tags reach the filter once the user pauses
    DatasetListPanel *m_datasetPanel;
    ExampleFilterBar *m_filterBar;
    ExampleListModel *m_exampleModel;
    QTableView *m_exampleView;
    ExampleEditor *m_editor;
    ImportController *m_import;
    ExportController *m_export;
    CheckRunner *m_checkRunner = nullptr;
    QTabWidget *m_checkTabs = nullptr;
    CheckPanel *m_checkPanel = nullptr;
    CostPanel *m_costPanel = nullptr;
    TokenHistogram *m_histogram = nullptr;

    // Work off the GUI thread: the page's own scans, the tag list, changes to many examples.
    ExampleSelectionKeeper *m_keeper = nullptr;
    QThreadPool *m_scans;
    QFutureWatcher<QStringList> *m_tagScan;
    qint64 m_tagsFor = 0;
    BulkEditController *m_bulkEdits;
    QTimer *m_lockDelay;
    bool m_locked = false; // editing waits for a big change being stored
};
