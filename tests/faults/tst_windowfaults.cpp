// The window against the misbehaving server (offscreen): a Playground column whose provider
// fails with a 503, stays silent, cuts its stream or sends a web page shows the plain words
// (never a raw Qt text), the server's message behind "Details…", keeps the question the user
// typed in the conversation, and answers it with "Ask Again" once the server is well.
#include "api/credentials/keystore.h"
#include "api/playground/playgroundrunner.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/checks/pricecatalog.h"
#include "core/session/workspacesession.h"
#include "core/settings/profilestore.h"
#include "misbehavingserver.h"
#include "ui/common/messages.h"
#include "ui/playground/answerview.h"
#include "ui/playground/playgroundcolumnview.h"
#include "ui/playground/playgroundmessageview.h"
#include "ui/playground/playgroundpage.h"
#include "ui/shell/appcontext.h"

#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using Fault = MisbehavingServer::Fault;
using Mode = MisbehavingServer::Mode;
using namespace std::chrono_literals;

namespace {

const QString Model = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString ChatPath = QStringLiteral("/chat/completions");

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

QString textOf(PlaygroundMessageView *view)
{
    return view->textView()->markdown().trimmed();
}

} // namespace

class TestWindowFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void serverErrorKeepsTheQuestionAndAnswersOnceWell();
    void silentServerTimesOutInPlainWords();
    void cutStreamKeepsThePartialAnswer();
    void webPageIsNotCalledACutAnswer();

private:
    void ask(const QString &question);
    PlaygroundColumnView *column() const { return m_page->columnView(0); }
    void verifyPlainProblem(const QString &expected);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    std::unique_ptr<PriceCatalog> m_prices;
    std::unique_ptr<ProviderSession> m_providers;
    std::unique_ptr<WorkspaceSession> m_workspace;
    std::unique_ptr<MisbehavingServer> m_server;
    std::unique_ptr<PlaygroundPage> m_page;
    QString m_profileId;
    QList<Messages::Shown> m_shown;
};

void TestWindowFaults::initTestCase()
{
    Messages::setTestHook([this](const Messages::Shown &shown) {
        m_shown.append(shown);
        return QMessageBox::Ok;
    });
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<MisbehavingServer>();
    QVERIFY(m_server->listen());
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ajuste.ini")),
                                             QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    KeyStore::Options keyOptions;
    keyOptions.service = QStringLiteral("Ajuste-tests");
    keyOptions.filePath = m_dir.filePath(QStringLiteral("no-keys-here.json"));
    keyOptions.timeoutMs = 3000;
    m_keys = std::make_unique<KeyStore>(keyOptions);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_sandbox = std::make_unique<SandboxLauncher>();
    m_prices = std::make_unique<PriceCatalog>(QString());
    m_providers = std::make_unique<ProviderSession>(m_profiles.get(), m_keys.get(), m_network.get(),
                                                    m_sandbox.get());
    RetryPolicy quick;
    quick.baseDelay = 100ms;
    quick.timeoutCap = 800ms; // a silent server is given up on in under a second, not minutes
    m_providers->setRetryPolicy(quick);

    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.name = QStringLiteral("Flaky provider");
    profile.baseUrl = m_server->baseUrl();
    profile.keyStorage = KeyStorage::Session; // never the real keychain in a test
    m_profiles->save(profile);
    m_profileId = profile.id;
    bool written = false;
    m_keys->write(profile.id, QStringLiteral("sk-faults"), KeyStorage::Session,
                  [&written](const KeyStore::Result &) { written = true; });
    QVERIFY(waitUntil([&] { return written; }, 5000));

    Workspace::Error error;
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("faults.ajuste")),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    m_workspace = std::make_unique<WorkspaceSession>(std::move(workspace));

    AppContext context;
    context.profiles = m_profiles.get();
    context.keys = m_keys.get();
    context.network = m_network.get();
    context.sandbox = m_sandbox.get();
    context.prices = m_prices.get();
    context.providers = m_providers.get();
    m_page = std::make_unique<PlaygroundPage>(context);
    m_page->resize(1100, 700);
    m_page->show();
    m_page->setSession(m_workspace.get());
    m_page->addColumn();
    QCOMPARE(m_page->columnCount(), 1);
}

void TestWindowFaults::cleanupTestCase()
{
    m_page.reset();
    m_workspace.reset();
    m_providers.reset();
    Messages::setTestHook({});
}

void TestWindowFaults::init()
{
    m_server->recover();
    m_server->forgetArrivals();
    m_shown.clear();
    // Every case starts a fresh conversation in the same column, on the flaky provider.
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering(); }));
    if (!m_page->runner()->columns().at(0).conversation.isEmpty()) {
        // A new session keeps the columns and their models, not the conversation.
        QTest::keyClick(m_page->messageBox(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(column()->messages().isEmpty());
    }
    PlaygroundColumnView *view = column();
    const int row = view->profileBox()->findData(m_profileId);
    QVERIFY(row >= 0);
    view->profileBox()->setCurrentIndex(row);
    view->modelBox()->setEditText(Model);
    QCOMPARE(m_page->runner()->columns().at(0).profileId, m_profileId);
}

void TestWindowFaults::ask(const QString &question)
{
    m_page->messageBox()->setFocus();
    m_page->messageBox()->setPlainText(question);
    QTest::keyClick(m_page->messageBox(), Qt::Key_Return, Qt::ControlModifier); // sends
    QVERIFY(m_page->runner()->isAnswering(0));
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering(); }));
}

void TestWindowFaults::verifyPlainProblem(const QString &expected)
{
    QLabel *problem = column()->problemLabel();
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), expected);
    QVERIFY(!problem->text().contains(QLatin1String("Error transferring")));
}

void TestWindowFaults::serverErrorKeepsTheQuestionAndAnswersOnceWell()
{
    const QString question = QStringLiteral("How do I reset my password?");
    m_server->failAlways(Fault::http(503, "The engine is currently overloaded"));
    ask(question);
    verifyPlainProblem(ApiError::messageFor(ApiError::Kind::ServerError));
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 1); // a chat is not sent twice
    // The question is still in the conversation, nothing was lost.
    QCOMPARE(column()->messages().size(), 1);
    QCOMPARE(textOf(column()->messages().constFirst()), question);

    // "Details…" gives the server's own words.
    auto details = column()->findChildren<QToolButton *>();
    QToolButton *detailsButton = nullptr;
    for (QToolButton *button : details) {
        if (button->text() == QStringLiteral("Details…") && button->isVisible())
            detailsButton = button;
    }
    QVERIFY(detailsButton);
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    QCOMPARE(m_shown.size(), 1);
    QVERIFY2(m_shown.first().details.contains(QLatin1String("HTTP 503"))
                 && m_shown.first().details.contains(QLatin1String("currently overloaded")),
             qPrintable(m_shown.first().details));

    // The server is well again: the same question gets its answer, and the column is clear.
    m_server->recover();
    QTest::mouseClick(column()->messages().constFirst()->askAgainButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering(); }));
    QCOMPARE(column()->messages().size(), 2);
    QCOMPARE(textOf(column()->messages().constFirst()), question);
    QCOMPARE(textOf(column()->messages().constLast()), m_server->chatAnswer());
    QVERIFY(!column()->problemLabel()->isVisible());
}

void TestWindowFaults::silentServerTimesOutInPlainWords()
{
    m_server->failAlways(Fault::of(Mode::NeverAnswer));
    ask(QStringLiteral("Is anyone there?"));
    verifyPlainProblem(ApiError::messageFor(ApiError::Kind::Timeout));
    QCOMPARE(column()->messages().size(), 1);
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 1);
}

void TestWindowFaults::cutStreamKeepsThePartialAnswer()
{
    m_server->failAlways(Fault::of(Mode::CutStream));
    ask(QStringLiteral("Tell me everything."));
    // What arrived is kept as the answer, marked as cut.
    QCOMPARE(column()->messages().size(), 2);
    PlaygroundMessageView *answer = column()->messages().constLast();
    QCOMPARE(textOf(answer), QString::fromUtf8(m_server->streamedPart()).trimmed());
    auto problem = answer->findChild<QLabel *>(QStringLiteral("answerProblem"));
    QVERIFY(problem && problem->isVisible());
    QCOMPARE(problem->text(), ApiError::messageFor(ApiError::Kind::StreamCut));
}

void TestWindowFaults::webPageIsNotCalledACutAnswer()
{
    m_server->failAlways(Fault::of(Mode::HtmlPage));
    ask(QStringLiteral("Hello?"));
    verifyPlainProblem(ApiError::messageFor(ApiError::Kind::BadResponse));
    QCOMPARE(column()->messages().size(), 1);
}

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
