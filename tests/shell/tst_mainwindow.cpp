// The window as a first-time user meets it: the welcome tour, the sample workspace, every
// page, the settings, remembered state, and clear refusals of files that are not workspaces.
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspacesession.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "core/workspace/workspacemanager.h"
#include "ui/common/messages.h"
#include "ui/common/page.h"
#include "ui/settings/languagepage.h"
#include "ui/settings/providerspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/welcomedialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUndoStack>

namespace {

template<typename T>
T *waitForTopLevel()
{
    T *found = nullptr;
    QDeadlineTimer deadline(5000);
    while (!found && !deadline.hasExpired()) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto candidate = qobject_cast<T *>(widget); candidate && candidate->isVisible())
                found = candidate;
        }
        if (!found)
            QTest::qWait(20);
    }
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunOffersWelcomeAndOpensSample();
    void visitsEveryPage();
    void undoReachesEditsFromEveryPage();
    void remembersWindowStateAndLastPage();
    void refusesFileThatIsNotAWorkspace();
    void settingsRefuseUnsafeAddressThenSaveProfile();
    void settingsRememberLanguage();
    void testConnectionReachesTheSandbox();
    void testConnectionExplainsAMissingKey();
    void compatibleServerOffersTheFineTuningSwitch();

private:
    struct Fixture
    {
        explicit Fixture(const QString &settingsPath)
            : raw(settingsPath, QSettings::IniFormat)
            , settings(&raw)
            , profiles(&raw)
            , keys(KeyStore::Options{QStringLiteral("Ajuste-tests"), {}, 3000})
        {}
        AppContext context()
        {
            sandbox.setExecutablePath(QStringLiteral(AJUSTE_SANDBOX_PATH));
            return {&settings, &profiles, &keys, &network, &workspaces, &sandbox};
        }
        QSettings raw;
        AppSettings settings;
        ProfileStore profiles;
        KeyStore keys;
        QNetworkAccessManager network;
        WorkspaceManager workspaces;
        SandboxLauncher sandbox;
    };

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Messages::Shown> m_messages;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteShell"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_messages.clear();
    Messages::setTestHook([this](const Messages::Shown &shown) {
        m_messages.append(shown);
        return QMessageBox::Discard;
    });
}

void TestMainWindow::cleanup()
{
    Messages::setTestHook({});
    for (QWidget *widget : QApplication::topLevelWidgets())
        widget->close();
}

void TestMainWindow::firstRunOffersWelcomeAndOpensSample()
{
    Fixture fixture(settingsPath());
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.openInitialWorkspace({});
    QVERIFY(fixture.workspaces.current()); // a default workspace is open behind the tour

    auto welcome = waitForTopLevel<WelcomeDialog>();
    QVERIFY(welcome);
    auto sample = welcome->findChild<QPushButton *>(QStringLiteral("openSampleButton"));
    QVERIFY(sample && sample->isDefault());
    sample->click();
    QTRY_VERIFY(fixture.workspaces.current()->path().endsWith(QStringLiteral("Sample.ajuste")));
    QVERIFY(fixture.settings.welcomeShown());
    QCOMPARE(window.currentPageId(), QStringLiteral("datasets"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sample")));
    // The status bar names the sample in the user's words (and language), not its file name.
    QStringList statusBar;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        statusBar << label->text();
    QVERIFY2(statusBar.contains(QStringLiteral("Workspace: Sample workspace")),
             qPrintable(statusBar.join(QLatin1Char('|'))));

    // The sample holds the shipped support conversations, shown at once.
    auto page = qobject_cast<DatasetsPage *>(window.pages().first());
    QVERIFY(page && page->store());
    const QList<DatasetInfo> datasets = page->store()->datasets();
    QCOMPARE(datasets.size(), 1);
    QVERIFY(datasets.first().exampleCount >= 30);
    QCOMPARE(page->currentDataset(), datasets.first().id);
    QCOMPARE(page->exampleModel()->rowCount(), datasets.first().exampleCount);
    // Token counts arrive from the background and show in the list and the editor.
    const QModelIndex tokens = page->exampleModel()->index(0, ExampleListModel::TokensColumn);
    QTRY_VERIFY_WITH_TIMEOUT(tokens.data().isValid(), 20000);
    QVERIFY(tokens.data().toString().remove(QLatin1Char(',')).toInt() > 50);
    auto editorTokens = page->findChild<QLabel *>(QStringLiteral("exampleTokens"));
    QVERIFY(editorTokens);
    QTRY_VERIFY(editorTokens->text().contains(QStringLiteral("tokens")));

    // "Check dataset" runs in the background and marks every example with its result.
    const QModelIndex status = page->exampleModel()->index(0, ExampleListModel::StatusColumn);
    QCOMPARE(status.data().toString(), ExampleListModel::statusLabel(QStringLiteral("unchecked")));
    page->checkDataset();
    auto checkTabs = page->findChild<QTabWidget *>(QStringLiteral("checkTabs"));
    QVERIFY(checkTabs && checkTabs->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page->exampleModel()->index(0, ExampleListModel::StatusColumn).data().toString()
                                 != ExampleListModel::statusLabel(QStringLiteral("unchecked")),
                             20000);

    // Opening the sample again does not import it twice.
    window.openWorkspace(m_dir->filePath(QStringLiteral("other.ajuste")), Workspace::OpenMode::CreateIfMissing);
    window.openSampleWorkspace();
    QCOMPARE(page->store()->datasets().size(), 1);
    QCOMPARE(page->store()->datasets().first().exampleCount, datasets.first().exampleCount);
}

void TestMainWindow::undoReachesEditsFromEveryPage()
{
    Fixture fixture(settingsPath());
    fixture.settings.setWelcomeShown(true);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.openSampleWorkspace();
    auto page = qobject_cast<DatasetsPage *>(window.pages().first());
    QVERIFY(page && page->store());
    WorkspaceSession *session = fixture.workspaces.session();
    QVERIFY(session);
    QCOMPARE(page->store(), session->datasets());
    const int before = page->store()->exampleCount(page->currentDataset());
    QVERIFY(before > 0);
    page->exampleView()->selectionModel()->setCurrentIndex(
        page->exampleModel()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page->deleteSelected();
    QCOMPARE(page->store()->exampleCount(page->currentDataset()), before - 1);

    // The history belongs to the workspace: Edit ▸ Undo works from another page too.
    window.showPage(QStringLiteral("jobs"));
    auto undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(page->store()->exampleCount(page->currentDataset()), before);

    // Another workspace has a history of its own, empty at first.
    window.openWorkspace(m_dir->filePath(QStringLiteral("other.ajuste")),
                         Workspace::OpenMode::CreateIfMissing);
    QCOMPARE(fixture.workspaces.session()->undoStack()->count(), 0);
    QVERIFY(!undo->isEnabled());
}

void TestMainWindow::visitsEveryPage()
{
    Fixture fixture(settingsPath());
    fixture.settings.setWelcomeShown(true);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.openInitialWorkspace({});
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto stack = window.findChild<QStackedWidget *>();
    const QList<Page *> pages = window.pages();
    QCOMPARE(pages.size(), 3);
    for (int i = 0; i < pages.size(); ++i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), pages.at(i));
        QVERIFY(pages.at(i)->isVisible());
    }
    QStringList ids;
    for (Page *page : pages)
        ids << page->pageId();
    QCOMPARE(ids, (QStringList{QStringLiteral("datasets"), QStringLiteral("jobs"),
                               QStringLiteral("playground")}));
    auto navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setCurrentRow(1);
    QCOMPARE(window.currentPageId(), QStringLiteral("jobs"));
}

void TestMainWindow::remembersWindowStateAndLastPage()
{
    {
        Fixture fixture(settingsPath());
        fixture.settings.setWelcomeShown(true);
        MainWindow window(fixture.context());
        window.restoreAndShow();
        window.resize(900, 640);
        window.showPage(QStringLiteral("playground"));
        window.close();
    }
    Fixture fixture(settingsPath());
    MainWindow window(fixture.context());
    window.restoreAndShow();
    QCOMPARE(window.currentPageId(), QStringLiteral("playground"));
    QCOMPARE(window.size(), QSize(900, 640));
}

void TestMainWindow::refusesFileThatIsNotAWorkspace()
{
    Fixture fixture(settingsPath());
    fixture.settings.setWelcomeShown(true);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.openInitialWorkspace({});
    Workspace *before = fixture.workspaces.current();
    QVERIFY(before);
    const QString notes = m_dir->filePath(QStringLiteral("training.jsonl"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"messages\": []}\n");
    file.close();
    QVERIFY(!window.openWorkspace(notes, Workspace::OpenMode::OpenExisting));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.first().icon, QMessageBox::Warning);
    QVERIFY(m_messages.first().text.contains(QStringLiteral("training.jsonl")));
    QVERIFY(m_messages.first().text.contains(QStringLiteral("Import")));
    QCOMPARE(fixture.workspaces.current(), before);
    QCOMPARE(file.size(), qint64(17));
}

void TestMainWindow::settingsRefuseUnsafeAddressThenSaveProfile()
{
    Fixture fixture(settingsPath());
    fixture.settings.setWelcomeShown(true);
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.showSettings();
    QPointer<SettingsDialog> dialog = waitForTopLevel<SettingsDialog>();
    if (!dialog)
        dialog = window.findChild<SettingsDialog *>();
    QVERIFY(dialog);
    ProvidersPage *page = dialog->providersPage();
    page->addProfile(ProviderKind::OpenAI);
    QCOMPARE(page->list()->count(), 2);
    page->nameEdit()->setText(QStringLiteral("OpenAI da empresa"));
    page->urlEdit()->setText(QStringLiteral("http://api.example.com/v1"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(fixture.profiles.profiles().size(), 1); // nothing saved yet

    page->urlEdit()->setText(QStringLiteral("https://api.openai.com/v1"));
    const QString key = QStringLiteral("sk-visible-only-in-keychain");
    page->keyEdit()->setText(key);
    Q_EMIT page->keyEdit()->textEdited(key);
    page->makeSelectedDefault();
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000); // closed (and deleted)
    QCOMPARE(fixture.profiles.profiles().size(), 2);
    const ProviderProfile saved = fixture.profiles.defaultProfile();
    QCOMPARE(saved.name, QStringLiteral("OpenAI da empresa"));
    QCOMPARE(saved.baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    fixture.raw.sync();
    QFile raw(fixture.raw.fileName());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY2(!raw.readAll().contains(key.toUtf8()), "the key must never reach the settings file");
    // Whatever the keychain situation, the key is usable for this session.
    std::optional<KeyStore::Result> read;
    fixture.keys.read(saved, [&](const KeyStore::Result &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QCOMPARE(read->key, key);
}

void TestMainWindow::settingsRememberLanguage()
{
    Fixture fixture(settingsPath());
    MainWindow window(fixture.context());
    SettingsDialog dialog(fixture.context(), &window);
    QComboBox *chooser = dialog.languagePage()->chooser();
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("pt_BR")));
    dialog.accept();
    QCOMPARE(fixture.settings.language(), QStringLiteral("pt_BR"));
}

void TestMainWindow::testConnectionReachesTheSandbox()
{
    Fixture fixture(settingsPath());
    SettingsDialog dialog(fixture.context());
    ProvidersPage *page = dialog.providersPage();
    page->list()->setCurrentRow(0); // the Sandbox
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->testButton()->isEnabled(), 20000);
    QVERIFY2(page->testResult()->text().startsWith(QStringLiteral("Connected")),
             qPrintable(page->testResult()->text() + page->testResult()->toolTip()));
    QVERIFY(fixture.sandbox.isRunning());
}

void TestMainWindow::testConnectionExplainsAMissingKey()
{
    Fixture fixture(settingsPath());
    SettingsDialog dialog(fixture.context());
    ProvidersPage *page = dialog.providersPage();
    page->addProfile(ProviderKind::Together);
    QTest::mouseClick(page->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->testButton()->isEnabled(), 20000);
    QVERIFY2(page->testResult()->text().contains(QStringLiteral("No API key")),
             qPrintable(page->testResult()->text()));
}

void TestMainWindow::compatibleServerOffersTheFineTuningSwitch()
{
    Fixture fixture(settingsPath());
    SettingsDialog dialog(fixture.context());
    ProvidersPage *page = dialog.providersPage();
    dialog.show();
    page->addProfile(ProviderKind::OpenAI);
    QVERIFY(!page->fineTuningCheck()->isVisible()); // only OpenAI-compatible servers need it
    page->addProfile(ProviderKind::OpenAICompatible);
    QVERIFY(page->fineTuningCheck()->isVisible());
    QVERIFY(!page->fineTuningCheck()->isChecked());
    QVERIFY(!page->tunableModelsEdit()->isEnabled());
    page->urlEdit()->setText(QStringLiteral("https://api.studio.nebius.com/v1"));
    page->fineTuningCheck()->setChecked(true);
    QVERIFY(page->tunableModelsEdit()->isEnabled());
    page->tunableModelsEdit()->setText(QStringLiteral("meta-llama/Llama-3.3-70B-Instruct, Qwen/Qwen3-32B"));
    bool applied = false;
    page->apply([&applied] { applied = true; });
    QTRY_VERIFY(applied);
    std::optional<ProviderProfile> saved;
    for (const ProviderProfile &profile : fixture.profiles.profiles()) {
        if (profile.kind == ProviderKind::OpenAICompatible)
            saved = profile;
    }
    QVERIFY(saved);
    QVERIFY(saved->fineTuning);
    QCOMPARE(saved->tunableModels, (QStringList{QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"), QStringLiteral("Qwen/Qwen3-32B")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
