#include "layoutfixture.h"

#include "core/checks/checkrunner.h"
#include "core/dataset/examplejson.h"
#include "core/settings/localization.h"
#include "core/workspace/commands/bulkreplacecommand.h"
#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/examplequeries.h"
#include "core/workspace/workspace.h"
#include "ui/checks/checkpanel.h"
#include "ui/checks/tokenhistogram.h"
#include "ui/common/messages.h"
#include "ui/datasets/columnmappingdialog.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/findreplacedialog.h"
#include "ui/datasets/importsummarydialog.h"
#include "ui/datasets/systempromptdialog.h"
#include "ui/datasets/toolcallview.h"
#include "ui/datasets/validationsplitdialog.h"
#include "ui/settings/providerspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/welcomedialog.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

namespace {

constexpr int WorkerTimeoutMs = 30000;

// Replaces the translations of the previous language (Localization only ever adds).
void installLanguage(const QString &language)
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Localization::install(*qApp, language);
}

QJsonObject message(const char *role, const QString &content)
{
    return {{QStringLiteral("role"), QLatin1String(role)}, {QStringLiteral("content"), content}};
}

QJsonObject chat(const QString &question, const QString &answer)
{
    return {{QStringLiteral("messages"),
             QJsonArray{message("user", question), message("assistant", answer)}}};
}

bool hasToolCall(const QJsonObject &example)
{
    for (const QJsonValue &message : example.value(QStringLiteral("messages")).toArray()) {
        if (message.toObject().contains(QStringLiteral("tool_calls")))
            return true;
    }
    return false;
}

} // namespace

LayoutFixture::LayoutFixture() = default;

LayoutFixture::~LayoutFixture()
{
    stop();
}

QSize LayoutFixture::screenSize()
{
    const QList<QByteArray> parts = qgetenv("AJUSTE_LAYOUT_SCREEN").split('x');
    if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0)
        return {parts.at(0).toInt(), parts.at(1).toInt()};
    return {1366, 768};
}

QSize LayoutFixture::windowRoom()
{
    return screenSize() - QSize(0, 64);
}

QString LayoutFixture::dataPath(const QString &name)
{
    return QStringLiteral(AJUSTE_SOURCE_DIR "/tests/layout/data/") + name;
}

AppContext LayoutFixture::context()
{
    AppContext context{m_settings.get(), m_profiles.get(),   m_keys.get(),
                       m_network.get(),  m_workspaces.get(), m_sandbox.get()};
    context.prices = m_prices.get();
    context.providers = m_providers.get();
    return context;
}

DatasetsPage *LayoutFixture::datasets() const
{
    return m_window ? m_window->findChild<DatasetsPage *>() : nullptr;
}

void LayoutFixture::stop()
{
    closeDialogs();
    m_window.reset();
    m_providers.reset();
    m_prices.reset();
    m_sandbox.reset();
    m_workspaces.reset();
    m_network.reset();
    m_keys.reset();
    m_profiles.reset();
    m_settings.reset();
    m_raw.reset();
    m_dir.reset();
    m_checked = 0;
    m_sample = 0;
    m_withProblems = 0;
    m_language.clear();
    // The sample is imported in the language of the run (its dataset name is translated).
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
}

bool LayoutFixture::start(const QString &language, QString *error)
{
    if (m_window && m_language == language)
        return true;
    stop();
    if (!open(language, error)) {
        stop(); // the next screen tries again rather than using half a window
        return false;
    }
    return true;
}

bool LayoutFixture::open(const QString &language, QString *error)
{
    installLanguage(language);
    m_language = language;
    m_dir = std::make_unique<QTemporaryDir>();
    m_raw = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                        QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_raw.get());
    m_settings->setWelcomeShown(true);
    m_profiles = std::make_unique<ProfileStore>(m_raw.get());
    m_keys = std::make_unique<KeyStore>(KeyStore::Options{
        QStringLiteral("Ajuste-layout-tests"), m_dir->filePath(QStringLiteral("keys.json")), 2000});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_workspaces = std::make_unique<WorkspaceManager>();
    m_sandbox = std::make_unique<SandboxLauncher>();
    // The Jobs screens ask the Sandbox for its models, as a new user's first fine-tune does.
    m_sandbox->setExecutablePath(QStringLiteral(AJUSTE_SANDBOX_PATH));
    m_prices = std::make_unique<PriceCatalog>(QString());
    m_providers = std::make_unique<ProviderSession>(m_profiles.get(), m_keys.get(), m_network.get(),
                                                    m_sandbox.get());
    m_window = std::make_unique<MainWindow>(context());
    m_window->restoreAndShow();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        *error = QStringLiteral("the main window did not show");
        return false;
    }
    m_firstRunSize = m_window->size();
    m_window->openSampleWorkspace();
    DatasetsPage *page = datasets();
    if (!page || !page->store() || page->exampleModel()->rowCount() == 0) {
        *error = QStringLiteral("the sample workspace did not open");
        return false;
    }
    m_sample = page->currentDataset();
    if (!waitForTokenCounts()) {
        *error = QStringLiteral("the token counts of the sample did not arrive");
        return false;
    }
    return true;
}

bool LayoutFixture::waitForTokenCounts()
{
    const ExampleListModel *model = datasets()->exampleModel();
    return QTest::qWaitFor(
        [model] { return model->index(0, ExampleListModel::TokensColumn).data().isValid(); },
        WorkerTimeoutMs);
}

void LayoutFixture::useSample()
{
    if (datasets()->currentDataset() != m_sample)
        datasets()->setCurrentDataset(m_sample);
}

bool LayoutFixture::resizeWindow(const QSize &size)
{
    m_window->resize(size);
    QTest::qWait(20);
    return m_window->size() == size;
}

QWidget *LayoutFixture::showPage(const QString &pageId)
{
    m_window->showPage(pageId);
    if (pageId == QLatin1String("datasets")) {
        useSample();
        // The plain page, as it opens: the check results are not shown yet.
        if (auto checks = datasets()->findChild<QTabWidget *>(QStringLiteral("checkTabs")))
            checks->hide();
        DatasetsPage *page = datasets();
        page->selectExample(page->exampleModel()->exampleIdAt(0));
    }
    return m_window.get();
}

QWidget *LayoutFixture::showExampleWithToolCall()
{
    showPage(QStringLiteral("datasets"));
    DatasetsPage *page = datasets();
    for (int row = 0; row < page->exampleModel()->rowCount(); ++row) {
        const qint64 id = page->exampleModel()->exampleIdAt(row);
        if (hasToolCall(page->store()->example(id).json)) {
            page->selectExample(id);
            QTest::qWait(20); // the cards are laid out
            // Scrolled to the call, so the picture shows it.
            auto call = page->editor()->findChild<ToolCallView *>();
            auto scroll = page->editor()->findChild<QScrollArea *>();
            if (call && scroll)
                scroll->ensureWidgetVisible(call, 0, 200);
            return m_window.get();
        }
    }
    qWarning("the sample has no example with a function call");
    return nullptr;
}

bool LayoutFixture::runCheck()
{
    DatasetsPage *page = datasets();
    auto runner = page->findChild<CheckRunner *>();
    if (!runner)
        return false;
    QSignalSpy finished(runner, &CheckRunner::finished);
    page->checkDataset();
    if (finished.isEmpty() && !finished.wait(WorkerTimeoutMs))
        return false;
    QTest::qWait(20); // the page shows the report on the next turn of the event loop
    m_checked = page->currentDataset();
    return true;
}

QWidget *LayoutFixture::showCheckTab(int tab)
{
    m_window->showPage(QStringLiteral("datasets"));
    useSample();
    return showCheckResults(tab);
}

QWidget *LayoutFixture::showCheckResults(int tab)
{
    DatasetsPage *page = datasets();
    auto checks = page->findChild<QTabWidget *>(QStringLiteral("checkTabs"));
    // Choosing another dataset closed the results: check again.
    const bool shown = checks && checks->isVisible() && m_checked == page->currentDataset();
    if (!checks || (!shown && !runCheck())) {
        qWarning("Check Dataset did not finish");
        return nullptr;
    }
    checks->show();
    checks->setCurrentIndex(tab);
    // The first problem chosen, so its explanation and fix buttons are on screen too.
    auto problems = page->findChild<CheckPanel *>()->findChild<QTreeView *>();
    if (problems && problems->model()->rowCount() > 0) {
        const QModelIndex group = problems->model()->index(0, 0);
        problems->expand(group);
        const QModelIndex first =
            problems->model()->rowCount(group) > 0 ? problems->model()->index(0, 0, group) : group;
        problems->setCurrentIndex(first);
    }
    return m_window.get();
}

QWidget *LayoutFixture::showProblemsToFix()
{
    m_window->showPage(QStringLiteral("datasets"));
    DatasetsPage *page = datasets();
    if (!m_withProblems) {
        // Examples the checks find fault with, and fixes for them: a copy, an empty answer
        // and a weight on a question.
        DatasetStore *store = page->store();
        m_withProblems = store->createDataset(QStringLiteral("Suporte (rascunho com problemas)"));
        const QJsonObject plans = chat(QStringLiteral("Quais planos de fibra vocês têm?"),
                                       QStringLiteral("Temos o Jabuti Fibra 300 e o 600."));
        store->appendExample(m_withProblems, plans);
        store->appendExample(m_withProblems, plans);
        store->appendExample(m_withProblems,
                             chat(QStringLiteral("Posso pagar com Pix?"), QString()));
        QJsonObject weighted = chat(QStringLiteral("Qual o horário do atendimento?"),
                                    QStringLiteral("De segunda a sábado, das 8h às 20h."));
        QJsonArray messages = weighted.value(QStringLiteral("messages")).toArray();
        QJsonObject question = messages.at(0).toObject();
        question.insert(QStringLiteral("weight"), 1);
        messages.replace(0, question);
        weighted.insert(QStringLiteral("messages"), messages);
        store->appendExample(m_withProblems, weighted);
    }
    page->setCurrentDataset(m_withProblems);
    return showCheckResults(0);
}

QWidget *LayoutFixture::showLengthsChart()
{
    if (!showCheckTab(1))
        return nullptr;
    QTest::qWait(20);
    auto view = datasets()->findChild<QScrollArea *>(QStringLiteral("costAndSize"));
    auto chart = datasets()->findChild<TokenHistogram *>();
    if (!view || !chart)
        return nullptr;
    view->ensureWidgetVisible(chart);
    return m_window.get();
}

QWidget *LayoutFixture::showDialog(QDialog *dialog)
{
    m_dialogs.append(dialog);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void LayoutFixture::closeDialogs()
{
    for (const QPointer<QWidget> &dialog : std::as_const(m_dialogs))
        delete dialog.data();
    m_dialogs.clear();
}

QWidget *LayoutFixture::showSettingsTab(int tab)
{
    auto dialog = new SettingsDialog(context(), m_window.get());
    dialog->tabs()->setCurrentIndex(tab);
    return showDialog(dialog);
}

QWidget *LayoutFixture::showNewProvider()
{
    auto dialog = new SettingsDialog(context(), m_window.get());
    dialog->providersPage()->addProfile(ProviderKind::OpenAI);
    return showDialog(dialog);
}

QWidget *LayoutFixture::showColumnMapping()
{
    return showDialog(
        new ColumnMappingDialog(dataPath(QStringLiteral("planos.csv")), m_window.get()));
}

QWidget *LayoutFixture::showFindReplace()
{
    useSample();
    DatasetsPage *page = datasets();
    const qint64 dataset = page->currentDataset();
    auto dialog = new FindReplaceDialog(
        [page, dataset](const QString &find, Qt::CaseSensitivity cs,
                        const ExampleQueries::Cancel &cancel) {
            return ExampleQueries::matchesAsync(nullptr, page->store()->workspace()->path(),
                                                dataset, find, cs, cancel);
        },
        m_window.get());
    dialog->findChild<QLineEdit *>()->setText(QStringLiteral("roteador"));
    dialog->recount();
    if (!QTest::qWaitFor([dialog] { return !dialog->isCounting(); }, 10000))
        qWarning("the find-and-replace count did not finish");
    return showDialog(dialog);
}

QWidget *LayoutFixture::showValidationSplit()
{
    useSample();
    DatasetsPage *page = datasets();
    return showDialog(new ValidationSplitDialog(page->store()->exampleCount(page->currentDataset()),
                                                m_window.get()));
}

QWidget *LayoutFixture::showSystemPrompt()
{
    useSample();
    DatasetsPage *page = datasets();
    page->selectExample(page->exampleModel()->exampleIdAt(0));
    const QString current =
        ExampleJson::systemPrompt(page->store()->example(page->editor()->exampleId()).json);
    return showDialog(
        new SystemPromptDialog(int(page->selectedExamples().size()), current, m_window.get()));
}

QWidget *LayoutFixture::showImportSummary()
{
    // A workspace of its own, so the sample stays as it is for the next screens.
    const QString path = m_dir->filePath(QStringLiteral("import.ajuste"));
    Workspace::Error error;
    if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error)) {
        qWarning() << error.message;
        return nullptr;
    }
    DatasetImporter::Request request;
    request.files = {dataPath(QStringLiteral("com-rejeitadas.jsonl"))};
    request.newDatasetName = QStringLiteral("com-rejeitadas");
    const DatasetImporter::Result result = DatasetImporter::run(path, request);
    if (result.summary.rejected == 0) {
        qWarning("the import rejected no line");
        return nullptr;
    }
    return showDialog(new ImportSummaryDialog(result, m_window.get()));
}

QWidget *LayoutFixture::showWelcome()
{
    return showDialog(new WelcomeDialog(m_window.get()));
}

QWidget *LayoutFixture::showAbout()
{
    AboutDialog::show(m_window.get());
    auto box = m_window->findChild<QMessageBox *>(QStringLiteral("AboutDialog"));
    return box ? showDialog(box) : nullptr;
}
