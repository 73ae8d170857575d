// Blind comparison and "back to the dataset" on the real Playground page, in the main window,
// against the real Sandbox: two turns judged blind (the columns shuffled and nameless while
// they answer, a click and a keyboard shortcut for the verdicts, the names revealed), the
// tally right; an answer saved with "Save as Example…" shows in the dataset studio's list at
// once and Ctrl+Z takes it out again.
#include "api/playground/playgroundrunner.h"
#include "core/playground/playgroundexample.h"
#include "core/playground/playgroundjudge.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "core/settings/appsettings.h"
#include "core/workspace/datasetstore.h"
#include "playgroundtestenv.h"
#include "ui/common/messages.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/playground/judgingcontroller.h"
#include "ui/playground/playgroundcolumnview.h"
#include "ui/playground/playgroundmessageview.h"
#include "ui/playground/playgroundpage.h"
#include "ui/playground/saveanswerdialog.h"
#include "ui/playground/tallymodel.h"
#include "ui/playground/tallyview.h"
#include "ui/playground/verdictbar.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

namespace {

const QString ModelA = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString ModelB = QStringLiteral("gpt-4.1-mini-2025-04-14");

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

PlaygroundColumn sandboxColumn(const QString &model)
{
    PlaygroundColumn column;
    column.profileId = PlaygroundTestEnv::sandboxProfileId();
    column.model = model;
    return column;
}

} // namespace

class TestPlaygroundJudging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void judgesTwoTurnsBlindThenSavesAnAnswer();

private:
    void ask(const QString &question);

    std::unique_ptr<PlaygroundTestEnv> m_env;
    std::unique_ptr<QSettings> m_raw;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<WorkspaceManager> m_workspaces;
    std::unique_ptr<MainWindow> m_window;
    PlaygroundPage *m_page = nullptr;
};

void TestPlaygroundJudging::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteJudgingPage"));
    QStandardPaths::setTestModeEnabled(true);
    // A fresh sample workspace: verdicts of an earlier run must not count.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Messages::setTestHook([](const Messages::Shown &) { return QMessageBox::Ok; });
    m_env = std::make_unique<PlaygroundTestEnv>();
    QVERIFY(m_env->isValid());
    m_raw = std::make_unique<QSettings>(m_env->dir() + QStringLiteral("/window.ini"),
                                        QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(m_raw.get());
    m_settings->setWelcomeShown(true);
    m_workspaces = std::make_unique<WorkspaceManager>();
    AppContext context;
    context.settings = m_settings.get();
    context.profiles = m_env->profiles();
    context.keys = m_env->keys();
    context.network = m_env->network();
    context.workspaces = m_workspaces.get();
    context.sandbox = m_env->sandbox();
    context.prices = m_env->prices();
    context.providers = m_env->providers();
    m_window = std::make_unique<MainWindow>(context);
    m_window->restoreAndShow();
    m_window->openSampleWorkspace();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = m_window->findChild<PlaygroundPage *>();
    QVERIFY(m_page);
}

void TestPlaygroundJudging::cleanupTestCase()
{
    m_window.reset();
    m_workspaces.reset();
    m_env.reset();
    Messages::setTestHook({});
}

void TestPlaygroundJudging::ask(const QString &question)
{
    m_page->messageBox()->setFocus();
    QTest::keyClicks(m_page->messageBox(), question);
    QTest::keyClick(m_page->messageBox(), Qt::Key_Return, Qt::ControlModifier);
}

void TestPlaygroundJudging::judgesTwoTurnsBlindThenSavesAnAnswer()
{
    m_window->showPage(QStringLiteral("playground"));
    QVERIFY(m_page->openNewSession({sandboxColumn(ModelA), sandboxColumn(ModelB)},
                                   QStringLiteral("Blind")) > 0);
    JudgingController *judging = m_page->judging();
    PlaygroundJudge *judge = judging->judge();
    judge->setSeed(2); // a shuffle that is known, whichever it is
    QVERIFY(!judging->blindSwitch()->isChecked());
    judging->blindSwitch()->click();
    QVERIFY(judging->blindSwitch()->isChecked());
    m_page->systemPromptBox()->setPlainText(QStringLiteral("You are Jabu, Jabuti's support."));
    auto splitter = m_page->findChild<QSplitter *>(QStringLiteral("playgroundColumns"));
    VerdictBar *bar = judging->verdictBar();

    // Turn 1: while the answers stream, the columns are shuffled and nameless.
    ask(QStringLiteral("Can I change my plan?"));
    QVERIFY(m_page->runner()->isAnyAnswering());
    const QList<int> order = judge->shownColumns();
    QCOMPARE(order.size(), 2);
    for (int position = 0; position < 2; ++position) {
        PlaygroundColumnView *view = m_page->columnView(order.at(position));
        QCOMPARE(splitter->widget(position), view);
        QVERIFY(view->blindTitleLabel()->isVisible());
        QCOMPARE(view->blindTitleLabel()->text(), QStringLiteral("Answer %1").arg(position + 1));
        QVERIFY(!view->modelBox()->isVisible());
    }
    QVERIFY(!bar->isVisible());
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering() && bar->isVisible(); }));
    PlaygroundColumnView *columnB = m_page->columnView(1);
    QVERIFY(!columnB->messages().constLast()->statsLabel()->isVisible()); // costs would tell
    const int bAt = judge->round().positionOf(1);
    bar->findChild<QPushButton *>(QStringLiteral("verdictAnswer%1").arg(bAt + 1))->click();
    bar->findChild<QPushButton *>(QStringLiteral("verdictReveal"))->click();
    QVERIFY(!columnB->blindTitleLabel()->isVisible());
    QCOMPARE(splitter->widget(bAt), columnB); // named now, but where it was judged
    QVERIFY(columnB->modelBox()->isVisible());
    QVERIFY(columnB->messages().constLast()->statsLabel()->isVisible());
    QVERIFY(bar->findChild<QLabel *>(QStringLiteral("verdictOutcome"))->text().contains(ModelB));

    // Turn 2: judged from the keyboard (Alt+B: both bad).
    ask(QStringLiteral("And how much does it cost?"));
    QVERIFY(judge->namesHidden());
    QVERIFY(waitUntil([&] { return !m_page->runner()->isAnyAnswering() && bar->isVisible(); }));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::AltModifier);
    QCOMPARE(judge->round().pick(), BlindRound::Pick::AllBad);
    QVERIFY(judge->round().judgedBlind());

    // The tally, shown with Results.
    m_page->findChild<QToolButton *>(QStringLiteral("showTallies"))->click();
    QVERIFY(judging->tallyView()->isVisible());
    TallyModel *tallies = judging->tallyView()->model();
    QCOMPARE(tallies->rowCount(), 1);
    QCOMPARE(tallies->index(0, TallyModel::VerdictColumn).data().toString(),
             ModelB + QStringLiteral(" was preferred in 1 of 2 comparisons."));
    QCOMPARE(tallies->index(0, TallyModel::BothBadColumn).data().toInt(), 1);
    QCOMPARE(tallies->index(0, TallyModel::BlindColumn).data().toString(),
             QStringLiteral("2 of 2"));
    const ComparisonTally stored =
        m_workspaces->session()->playground()->tally(ModelB, ModelA, m_page->currentSessionId());
    QCOMPARE(stored.wins(ModelB), 1);
    QCOMPARE(stored.bothBad, 1);
    QCOMPARE(stored.blind, 2);

    // Back to the dataset: the first answer of column B, improved, into the sample.
    auto studio = m_window->findChild<DatasetsPage *>();
    QVERIFY(studio);
    const qint64 dataset = studio->currentDataset();
    const int before = studio->exampleModel()->rowCount();
    QVERIFY(before > 0);
    PlaygroundMessageView *answer = columnB->messages().at(1);
    QVERIFY(answer->saveExampleButton()->isVisible());
    answer->saveExampleButton()->click();
    auto dialog = m_page->findChild<SaveAnswerDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->targetDatasetId(), dataset); // the sample, the only chat dataset
    QCOMPARE(dialog->answerEdit()->toPlainText(),
             PlaygroundExample::answerText(m_page->runner()->columns().at(1).conversation, 1));
    dialog->answerEdit()->setPlainText(QStringLiteral("Yes: in the app, under Plans."));
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QVERIFY2(dialog->savedExampleId() > 0, qPrintable(dialog->error()));
    const qint64 saved = dialog->savedExampleId();
    const QJsonObject json = m_workspaces->session()->datasets()->example(saved).json;
    const QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 3); // instructions, question, answer
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("You are Jabu, Jabuti's support."));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("Can I change my plan?"));
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("Yes: in the app, under Plans."));

    m_window->showPage(QStringLiteral("datasets"));
    QCOMPARE(studio->exampleModel()->rowCount(), before + 1);
    QCOMPARE(studio->exampleModel()
                 ->index(before, ExampleListModel::FirstMessageColumn)
                 .data(ExampleListModel::ExampleIdRole)
                 .toLongLong(),
             saved);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(studio->exampleModel()->rowCount(), before);
    QCOMPARE(m_workspaces->session()->datasets()->example(saved).id, 0);
}

QTEST_MAIN(TestPlaygroundJudging)
#include "tst_playgroundjudging.moc"
