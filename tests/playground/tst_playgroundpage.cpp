// The Playground page on the offscreen platform against the real Sandbox: two columns answer
// the same question at once, one is stopped while the other finishes, every answer shows its
// figures, an edited question is asked again, and the session is there again after the page
// is built anew; sessions are renamed and deleted, and a job opens as base against tuned.
#include "api/playground/playgroundconversation.h"
#include "api/playground/playgroundrunner.h"
#include "core/jobs/jobstore.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacesession.h"
#include "playgroundtestenv.h"
#include "ui/common/messages.h"
#include "ui/playground/answerview.h"
#include "ui/playground/playgroundcolumnview.h"
#include "ui/playground/playgroundmessageview.h"
#include "ui/playground/playgroundpage.h"
#include "ui/playground/playgroundsessionmodel.h"
#include "ui/playground/playgroundsettingspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

namespace {

const QString Model = QStringLiteral("gpt-4o-mini-2024-07-18");

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

QString lastText(PlaygroundColumnView *view)
{
    return view->messages().isEmpty() ? QString()
                                      : view->messages().constLast()->textView()->markdown();
}

} // namespace

class TestPlaygroundPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void teachesWithoutWorkspaceOrColumns();
    void twoColumnsAnswerAndOneStops();
    void editedQuestionIsAskedAgain();
    void sessionComesBackOnANewPage();
    void advancedSettingsReachTheRequest();
    void renameAndDeleteSessions();
    void jobOpensBaseAgainstTuned();
    void sessionListModelIsConsistent();

private:
    std::unique_ptr<PlaygroundPage> makePage();
    AppContext context() const;

    std::unique_ptr<PlaygroundTestEnv> m_env;
    std::unique_ptr<WorkspaceSession> m_workspace;
    std::unique_ptr<PlaygroundPage> m_page;
    QList<Messages::Shown> m_shown;
};

AppContext TestPlaygroundPage::context() const
{
    return m_env->context();
}

std::unique_ptr<PlaygroundPage> TestPlaygroundPage::makePage()
{
    auto page = std::make_unique<PlaygroundPage>(context());
    page->resize(1300, 700);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page.get()))
        qWarning("the page's window did not become active: shortcuts may not reach it");
    page->setSession(m_workspace.get());
    return page;
}

void TestPlaygroundPage::initTestCase()
{
    Messages::setTestHook([this](const Messages::Shown &shown) {
        m_shown.append(shown);
        return QMessageBox::Yes;
    });
    m_env = std::make_unique<PlaygroundTestEnv>();
    QVERIFY(m_env->isValid());
    Workspace::Error error;
    auto workspace = Workspace::open(m_env->dir() + QStringLiteral("/play.ajuste"),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    m_workspace = std::make_unique<WorkspaceSession>(std::move(workspace));
}

void TestPlaygroundPage::cleanupTestCase()
{
    m_page.reset();
    m_workspace.reset();
    m_env.reset();
    Messages::setTestHook({});
}

void TestPlaygroundPage::teachesWithoutWorkspaceOrColumns()
{
    PlaygroundPage page(context());
    page.resize(1000, 600);
    page.show();
    QVERIFY(!page.sendButton()->isVisible()); // the empty state, no composer
    page.addColumn();
    QCOMPARE(page.columnCount(), 0); // nowhere to keep it

    m_page = makePage();
    QVERIFY(m_page->sendButton()->isVisible());
    QCOMPARE(m_page->columnCount(), 0);
    QVERIFY(!m_page->sendButton()->isEnabled());
    auto addAction = m_page->findChild<QPushButton *>(QStringLiteral("primaryButton"));
    QVERIFY(addAction);
}

void TestPlaygroundPage::twoColumnsAnswerAndOneStops()
{
    m_page->addColumn();
    m_page->addColumn();
    QCOMPARE(m_page->columnCount(), 2);
    for (int c = 0; c < 2; ++c) {
        PlaygroundColumnView *view = m_page->columnView(c);
        QCOMPARE(view->profileId(), PlaygroundTestEnv::sandboxProfileId());
        view->modelBox()->setEditText(Model);
    }
    QCOMPARE(m_page->runner()->columns().at(1).model, Model);
    QVERIFY(m_page->sendButton()->isEnabled());

    m_page->systemPromptBox()->setPlainText(QStringLiteral("You are a helpful support agent."));
    m_page->messageBox()->setFocus();
    QTest::keyClicks(m_page->messageBox(), QStringLiteral("How do I reset my password?"));
    QTest::keyClick(m_page->messageBox(), Qt::Key_Return, Qt::ControlModifier); // sends
    QVERIFY(m_page->runner()->isAnswering(0) && m_page->runner()->isAnswering(1));
    QVERIFY(m_page->messageBox()->toPlainText().isEmpty());
    QVERIFY(!m_page->sendButton()->isEnabled());

    // Both answers stream in; the second column is stopped as soon as its text shows.
    PlaygroundColumnView *first = m_page->columnView(0);
    PlaygroundColumnView *second = m_page->columnView(1);
    QVERIFY(waitUntil([&] {
        return second->streamingAnswer() &&
               !second->streamingAnswer()->textView()->markdown().isEmpty();
    }));
    QVERIFY(second->stopButton()->isEnabled());
    QTest::mouseClick(second->stopButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering(); }));

    QCOMPARE(first->messages().size(), 2);
    QVERIFY(lastText(first).startsWith(QStringLiteral("[Sandbox]")));
    const QString figures = first->messages().constLast()->statsLabel()->text();
    QVERIFY2(figures.contains(QStringLiteral("tokens in")) &&
                 figures.contains(QStringLiteral("US$")),
             qPrintable(figures));
    QVERIFY(!figures.contains(QStringLiteral("about")));

    QCOMPARE(second->messages().size(), 2);
    QVERIFY(lastText(first).startsWith(lastText(second)));
    QVERIFY(lastText(second).size() < lastText(first).size());
    const QString stoppedFigures = second->messages().constLast()->statsLabel()->text();
    QVERIFY2(stoppedFigures.contains(QStringLiteral("about")), qPrintable(stoppedFigures));
    auto problem =
        second->messages().constLast()->findChild<QLabel *>(QStringLiteral("answerProblem"));
    QVERIFY(problem && problem->isVisible());
    QVERIFY(m_page->sendButton()->isEnabled());
    QVERIFY(m_page->currentSessionId() != 0 ||
            waitUntil([&] { return m_page->currentSessionId() != 0; }));
}

void TestPlaygroundPage::editedQuestionIsAskedAgain()
{
    PlaygroundColumnView *first = m_page->columnView(0);
    PlaygroundMessageView *question = first->messages().constFirst();
    QTest::mouseClick(question->editButton(), Qt::LeftButton);
    QVERIFY(question->isEditing());
    question->editor()->setPlainText(QStringLiteral("Can I use the app offline?"));
    question->saveEdit();
    QVERIFY(m_page->runner()->isAnswering(0));
    QVERIFY(!m_page->runner()->isAnswering(1)); // only this column asks again
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering(); }));
    QCOMPARE(first->messages().size(), 2);
    QCOMPARE(first->messages().constFirst()->textView()->markdown(),
             QStringLiteral("Can I use the app offline?"));
    QVERIFY(lastText(first).startsWith(QStringLiteral("[Sandbox")));
}

void TestPlaygroundPage::sessionComesBackOnANewPage()
{
    const qint64 id = m_page->currentSessionId();
    QVERIFY(id != 0);
    const QList<PlaygroundColumn> before = m_page->runner()->columns();
    m_page.reset(); // saves what was pending
    m_page = makePage();
    QCOMPARE(m_page->currentSessionId(), id);
    QCOMPARE(m_page->columnCount(), 2);
    QCOMPARE(m_page->runner()->columns(), before);
    QCOMPARE(m_page->systemPromptBox()->toPlainText(),
             QStringLiteral("You are a helpful support agent."));
    QCOMPARE(m_page->columnView(1)->model(), Model);
    QCOMPARE(m_page->columnView(0)->messages().size(), 2);
    QVERIFY(m_page->columnView(0)->messages().constLast()->statsLabel()->text().contains(
        QStringLiteral("tokens in")));
    QCOMPARE(m_page->sessionBox()->currentIndex(), 0);
}

void TestPlaygroundPage::advancedSettingsReachTheRequest()
{
    QTest::mouseClick(m_page->advancedButton(), Qt::LeftButton);
    QVERIFY(m_page->settingsPanel()->isVisible());
    m_page->settingsPanel()->maxTokensBox()->setValue(5);
    QCOMPARE(m_page->runner()->requestFor(0).maxCompletionTokens, std::optional<int>(5));
    QCOMPARE(m_page->runner()->requestFor(0).temperature, std::nullopt); // automatic
    m_page->saveNow();
    const PlaygroundSession saved = m_workspace->playground()->session(m_page->currentSessionId());
    QCOMPARE(saved.settings.value(QStringLiteral("max_tokens")).toInt(), 5);
    m_page->settingsPanel()->maxTokensBox()->setValue(0);
    QCOMPARE(m_page->runner()->requestFor(0).maxCompletionTokens, std::nullopt);
}

void TestPlaygroundPage::renameAndDeleteSessions()
{
    const qint64 first = m_page->currentSessionId();
    QVERIFY(m_page->renameSession(QStringLiteral("Password questions")));
    QCOMPARE(m_page->sessionBox()->currentText(), QStringLiteral("Password questions"));
    // A new session keeps the models, not the conversation.
    QTest::keyClick(m_page->messageBox(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    const qint64 second = m_page->currentSessionId();
    QVERIFY(second != 0 && second != first);
    QCOMPARE(m_page->columnCount(), 2);
    QVERIFY(m_page->columnView(0)->messages().isEmpty());
    QCOMPARE(m_page->runner()->columns().at(0).model, Model);
    QCOMPARE(m_workspace->playground()->sessions().size(), 2);

    // Reopen the first one from the list.
    const int row = m_page->sessionBox()->findText(QStringLiteral("Password questions"));
    QVERIFY(row >= 0);
    m_page->sessionBox()->setCurrentIndex(row);
    Q_EMIT m_page->sessionBox()->activated(row);
    QCOMPARE(m_page->currentSessionId(), first);
    QCOMPARE(m_page->columnView(0)->messages().size(), 2);

    m_shown.clear();
    m_page->deleteSession(); // the test hook answers Yes
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_workspace->playground()->sessions().size(), 1);
    QCOMPARE(m_page->currentSessionId(), second);
}

void TestPlaygroundPage::jobOpensBaseAgainstTuned()
{
    JobRecord record;
    record.profileId = PlaygroundTestEnv::sandboxProfileId();
    record.job.id = QStringLiteral("ftjob-page-1");
    record.job.status = JobStatus::Succeeded;
    record.job.model = Model;
    record.job.fineTunedModel = QStringLiteral("ft:gpt-4o-mini-2024-07-18:sandbox:support:abc");
    record.job.suffix = QStringLiteral("support");
    const qint64 jobId = m_workspace->jobs()->saveJob(record);
    QVERIFY(jobId > 0);

    m_page->openJob(jobId);
    QCOMPARE(m_page->columnCount(), 2);
    QCOMPARE(m_page->runner()->columns().at(0).model, Model);
    QCOMPARE(m_page->runner()->columns().at(1).model, record.job.fineTunedModel);
    QCOMPARE(
        m_page->runner()->columns().at(1).settings.value(QStringLiteral("base_model")).toString(),
        Model);
    QCOMPARE(m_page->sessionBox()->currentText(), QStringLiteral("support against its base model"));

    const QString checkpoint = record.job.fineTunedModel + QStringLiteral(":ckpt-step-4");
    m_page->openJob(jobId, checkpoint);
    QCOMPARE(m_page->columnCount(), 3);
    QCOMPARE(m_page->runner()->columns().at(1).model, checkpoint);
    // The model lists offer the workspace's tuned model first.
    QVERIFY(waitUntil([&] { return m_page->columnView(0)->modelBox()->count() > 1; }));
    QCOMPARE(m_page->columnView(0)->modelBox()->itemData(0).toString(), record.job.fineTunedModel);
}

void TestPlaygroundPage::sessionListModelIsConsistent()
{
    PlaygroundSessionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_workspace->playground());
    QCOMPARE(model.rowCount(), int(m_workspace->playground()->sessions().size()));
    const qint64 id = m_workspace->playground()->createSession(QStringLiteral("Fresh"));
    QCOMPARE(model.rowOf(id), 0); // most recent first
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Fresh"));
    QVERIFY(m_workspace->playground()->removeSession(id));
    QCOMPARE(model.rowOf(id), -1);
}

QTEST_MAIN(TestPlaygroundPage)
#include "tst_playgroundpage.moc"
