#pragma once

// The app as a new user meets it, for the layout test: temporary settings, the main window
// with the sample workspace open and an example selected, in one language at a time. Opens the
// screens the test inspects (pages, check panels, dialogs) with real content, and closes the
// dialogs again after each screen.

#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/checks/pricecatalog.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/session/workspacemanager.h"
#include "ui/shell/appcontext.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <memory>

class CheckPanel;
class DatasetsPage;
class MainWindow;
class QDialog;

class LayoutFixture
{
public:
    LayoutFixture();
    ~LayoutFixture();

    // The screen the test runs on: AJUSTE_LAYOUT_SCREEN ("1920x1080"), 1366×768 by default.
    static QSize screenSize();
    // What a window may take of that screen: the desktop's panel and the title bar take about
    // 64 px of its height.
    static QSize windowRoom();

    // Installs the language as the app does at start (Ajuste's and Qt's translations) and
    // builds a fresh main window with the sample workspace; nothing when already there.
    bool start(const QString &language, QString *error);
    QString language() const { return m_language; }

    // The size MainWindow chose on first run, on this screen.
    QSize firstRunSize() const { return m_firstRunSize; }
    // Resizes the main window; false when its layout does not let it be that small.
    bool resizeWindow(const QSize &size);

    MainWindow *window() const { return m_window.get(); }
    DatasetsPage *datasets() const;
    AppContext context();

    // Main window screens: a page, the datasets page with the example that has a function
    // call, or the check results on one tab (running Check Dataset the first time).
    QWidget *showPage(const QString &pageId);
    QWidget *showExampleWithToolCall();
    QWidget *showCheckTab(int tab);
    // The cost tab scrolled down to the chart of lengths.
    QWidget *showLengthsChart();
    // The problems of a dataset with faults the checks can fix, the first one chosen.
    QWidget *showProblemsToFix();

    // Dialogs built with the sample's content and shown non-modally; closed by closeDialogs().
    QWidget *showDialog(QDialog *dialog);
    QWidget *showSettingsTab(int tab);
    // Settings ▸ Providers with a new OpenAI profile (every field in use).
    QWidget *showNewProvider();
    QWidget *showColumnMapping();
    QWidget *showFindReplace();
    QWidget *showValidationSplit();
    QWidget *showSystemPrompt();
    QWidget *showImportSummary();
    QWidget *showWelcome();
    QWidget *showAbout();
    void closeDialogs();

    static QString dataPath(const QString &name);

private:
    bool open(const QString &language, QString *error);
    void stop();
    bool waitForTokenCounts();
    bool runCheck();
    QWidget *showCheckResults(int tab);
    void useSample();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_raw;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WorkspaceManager> m_workspaces;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    std::unique_ptr<PriceCatalog> m_prices;
    std::unique_ptr<ProviderSession> m_providers;
    std::unique_ptr<MainWindow> m_window;
    QList<QPointer<QWidget>> m_dialogs;
    QString m_language;
    QSize m_firstRunSize;
    qint64 m_sample = 0;       // the sample dataset
    qint64 m_withProblems = 0; // made by showProblemsToFix()
    qint64 m_checked = 0;      // the dataset whose check results the page shows
};
