// The window against the misbehaving server (offscreen): a Playground column whose provider
// fails with a 503, stays silent, cuts its stream or sends a web page shows the plain words
// (never a raw Qt text), the server's message behind "Details…", keeps the question the user
// typed in the conversation, and answers it with "Ask Again" once the server is well.
#include "api/playground/playgroundrunner.h"
#include "api/jobs/jobtracker.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "core/settings/appsettings.h"
#include "misbehavingserver.h"
#include "playgroundtestenv.h"
#include "ui/common/messages.h"
#include "ui/playground/answerview.h"
#include "ui/playground/playgroundcolumnview.h"
#include "ui/playground/playgroundmessageview.h"
#include "ui/jobs/joblistmodel.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"
#include "ui/playground/playgroundpage.h"
#include "ui/settings/providerspage.h"
#include "ui/shell/appcontext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QVBoxLayout>
#include <QToolButton>
#include <QtTest>

using Fault = MisbehavingServer::Fault;
using Mode = MisbehavingServer::Mode;
using namespace std::chrono_literals;

namespace {

const QString Model = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString ChatPath = QStringLiteral("/chat/completions");
const QString JobsPath = QStringLiteral("/fine_tuning/jobs");

// Whether the tracker reported a refresh of `profileId` (with or without an error).
int refreshesOf(const QSignalSpy &spy, const QString &profileId, bool failed)
{
    int count = 0;
    for (const QList<QVariant> &call : spy) {
        if (call.at(0).toString() == profileId && call.at(2).value<ApiError>().isError() == failed)
            ++count;
    }
    return count;
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
    void jobsListNamesTheSilentProviderThenRecovers();
    void testConnectionSaysWhatWentWrongThenConnects();

private:
    void ask(const QString &question);
    PlaygroundColumnView *column() const { return m_page->columnView(0); }
    void verifyPlainProblem(const QString &expected);

    std::unique_ptr<PlaygroundTestEnv> m_env;
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
    m_server = std::make_unique<MisbehavingServer>();
    QVERIFY(m_server->listen());
    m_env = std::make_unique<PlaygroundTestEnv>();
    QVERIFY(m_env->isValid());
    RetryPolicy quick;
    quick.baseDelay = 100ms;
    quick.timeoutCap = 800ms; // a silent server is given up on in under a second, not minutes
    m_env->providers()->setRetryPolicy(quick);
    m_profileId = m_env->addProfile(QStringLiteral("Flaky provider"), m_server->baseUrl());
    QVERIFY(!m_profileId.isEmpty());

    Workspace::Error error;
    auto workspace = Workspace::open(m_env->dir() + QStringLiteral("/faults.ajuste"),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    m_workspace = std::make_unique<WorkspaceSession>(std::move(workspace));

    const AppContext context = m_env->context();
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
    m_env.reset();
    Messages::setTestHook({});
}

void TestWindowFaults::init()
{
    m_server->recover();
    m_server->forgetArrivals();
    m_shown.clear();
    // Every case starts a fresh conversation in the same column, on the flaky provider.
    QVERIFY(QTest::qWaitFor([&] { return !m_page->runner()->isAnyAnswering(); }, 30000));
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
    QVERIFY(QTest::qWaitFor([&] { return !m_page->runner()->isAnyAnswering(); }, 30000));
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
    QVERIFY(QTest::qWaitFor([&] { return !m_page->runner()->isAnyAnswering(); }, 30000));
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

void TestWindowFaults::jobsListNamesTheSilentProviderThenRecovers()
{
    QSettings raw(m_env->dir() + QStringLiteral("/app.ini"), QSettings::IniFormat);
    AppSettings settings(&raw);
    settings.setWelcomeShown(true);
    WorkspaceManager workspaces;
    Workspace::Error error;
    QVERIFY(workspaces.open(m_env->dir() + QStringLiteral("/jobs.ajuste"),
                            Workspace::OpenMode::CreateIfMissing, &error));
    AppContext context = m_env->context();
    context.settings = &settings;
    context.workspaces = &workspaces;
    // A second provider that answers well, but only after the first has failed for good (its
    // Retry-After holds it back a second).
    MisbehavingServer steady;
    QVERIFY(steady.listen());
    steady.failNext(1, Fault::http(429, "Slow down", "1"));
    const QString steadyId = m_env->addProfile(QStringLiteral("Steady provider"), steady.baseUrl());
    QVERIFY(!steadyId.isEmpty());
    QWidget window;
    auto controller = new JobsController(context, &window, &window);
    QVERIFY(controller->tracker());
    QSignalSpy refreshes(controller->tracker(), &JobTracker::refreshFinished);
    m_server->failAlways(Fault::http(503, "The engine is currently overloaded"));
    auto page = new JobsPage(controller);
    auto layout = new QVBoxLayout(&window);
    layout->addWidget(page);
    window.resize(1200, 700);
    window.show(); // asks every provider for its jobs

    // Once every provider answered, the one that failed is still named (the later answer of
    // another does not wipe it), in plain words with the server's own under Details.
    const QString sandboxId = PlaygroundTestEnv::sandboxProfileId();
    QVERIFY(QTest::qWaitFor([&] {
        return refreshesOf(refreshes, m_profileId, true) == 1
               && refreshesOf(refreshes, steadyId, false) == 1
               && refreshesOf(refreshes, sandboxId, false) + refreshesOf(refreshes, sandboxId, true) == 1;
    }, 30000));
    QCOMPARE(steady.arrivalsFor(JobsPath).size(), 2);
    QVERIFY(steady.gapsFor(JobsPath).first() >= 1000);
    QLabel *status = page->refreshStatusLabel();
    QCOMPARE(status->text(), QStringLiteral("Flaky provider did not answer"));
    const QString tip = status->toolTip();
    QVERIFY2(tip.startsWith(ApiError::messageFor(ApiError::Kind::ServerError))
                 && tip.contains(QLatin1String("HTTP 503"))
                 && tip.contains(QLatin1String("currently overloaded"))
                 && !tip.contains(QLatin1String("Error transferring")),
             qPrintable(tip));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3); // bounded: one try, two retries

    // The provider is well again: Refresh finds its job and the complaint goes.
    m_server->recover();
    QPushButton *refresh = nullptr;
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("Refresh"))
            refresh = button;
    }
    QVERIFY(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return refreshesOf(refreshes, m_profileId, false) == 1; }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return !status->text().contains(QLatin1String("did not answer")); }, 30000));
    JobListModel *jobs = page->listModel();
    int found = 0;
    for (int row = 0; row < jobs->rowCount(); ++row)
        found += jobs->index(row, 0).data(JobListModel::ProfileRole).toString() == m_profileId ? 1 : 0;
    QCOMPARE(found, 1);
    m_env->profiles()->remove(steadyId);
}

// Settings ▸ Providers ▸ Test connection against the same faults: plain words with the server's
// own under the tooltip, attempts bounded with the backoff observed, a Retry-After obeyed, and
// success once the server answers.
void TestWindowFaults::testConnectionSaysWhatWentWrongThenConnects()
{
    const AppContext context = m_env->context();
    ProvidersPage page(context);
    page.resize(1000, 650);
    page.show();
    QListWidget *list = page.list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().startsWith(QLatin1String("Flaky provider")))
            list->setCurrentRow(row);
    }
    QCOMPARE(page.nameEdit()->text(), QStringLiteral("Flaky provider"));
    const auto test = [&page] {
        page.testButton()->click();
        QVERIFY(!page.testButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([&page] { return page.testButton()->isEnabled(); }, 30000));
    };

    // The Playground column asked for the models when the case began: once the server has
    // been quiet for half a second, only the tests' requests are counted.
    for (qsizetype seen = -1; seen != m_server->arrivalsFor(QStringLiteral("/models")).size();) {
        seen = m_server->arrivalsFor(QStringLiteral("/models")).size();
        QTest::qWait(500);
    }
    m_server->forgetArrivals();
    m_server->failAlways(Fault::http(503, "The engine is currently overloaded"));
    test();
    QCOMPARE(page.testResult()->text(), ApiError::messageFor(ApiError::Kind::ServerError));
    const QString tip = page.testResult()->toolTip();
    QVERIFY2(tip.contains(QLatin1String("HTTP 503")) && tip.contains(QLatin1String("currently overloaded"))
                 && !tip.contains(QLatin1String("Error transferring")),
             qPrintable(tip));
    const QList<qint64> gaps = m_server->gapsFor(QStringLiteral("/models"));
    QCOMPARE(gaps.size(), 2); // one try, two retries
    QVERIFY2(gaps.at(0) >= 75 && gaps.at(1) >= 150, qPrintable(QStringLiteral("%1, %2").arg(gaps.at(0)).arg(gaps.at(1))));

    m_server->forgetArrivals();
    m_server->failAlways(Fault::of(Mode::NeverAnswer));
    test();
    QCOMPARE(page.testResult()->text(), ApiError::messageFor(ApiError::Kind::Timeout));

    // Nobody listens at the address.
    m_server->recover();
    const QString goodUrl = page.urlEdit()->text();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    page.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    test();
    QCOMPARE(page.testResult()->text(), ApiError::messageFor(ApiError::Kind::NetworkDown));
    page.urlEdit()->setText(goodUrl);

    // Told to wait a second twice, then well: the test succeeds, having waited as told.
    m_server->recover();
    m_server->forgetArrivals();
    m_server->failNext(2, Fault::http(429, "Slow down", "1"));
    test();
    QVERIFY2(page.testResult()->text().startsWith(QLatin1String("Connected.")),
             qPrintable(page.testResult()->text()));
    const QList<qint64> waits = m_server->gapsFor(QStringLiteral("/models"));
    QCOMPARE(waits.size(), 2);
    QVERIFY(waits.at(0) >= 1000 && waits.at(1) >= 1000);
}

QTEST_MAIN(TestWindowFaults)
#include "tst_windowfaults.moc"
