// The Playground's judging as a user meets it: two turns judged blind with the verdict bar
// (a click, then a keyboard shortcut), the names revealed, the tally right for this session
// and for all; an answer saved with the dialog shows in the dataset studio's example list at
// once and Ctrl+Z in the window takes it out again; a preference pair goes to a new
// preference dataset.
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "core/dataset/examplejson.h"
#include "core/playground/playgroundexample.h"
#include "core/playground/playgroundjudge.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "ui/common/messages.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/playground/judgingcontroller.h"
#include "ui/playground/saveanswerdialog.h"
#include "ui/playground/tallymodel.h"
#include "ui/playground/tallyview.h"
#include "ui/playground/verdictbar.h"
#include "ui/shell/appcontext.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

namespace {

const QString Base = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Tuned = QStringLiteral("ft:gpt-4o-mini-2024-07-18:sandbox:jabuti:9f3c1a");

QList<BlindRound::Answer> answers(const QString &base, const QString &tuned)
{
    return {{0, Base, base}, {1, Tuned, tuned}};
}

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

} // namespace

class TestJudgingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void judgesTwoTurnsBlindAndTallies();
    void savedAnswerShowsInTheStudioAndCtrlZRemovesIt();
    void preferencePairGoesToANewPreferenceDataset();
    void controllerWiresATurnToTheBarAndTheDialogs();

private:
    struct Fixture
    {
        explicit Fixture(const QString &settingsPath)
            : raw(settingsPath, QSettings::IniFormat), settings(&raw), profiles(&raw),
              keys(KeyStore::Options{QStringLiteral("Ajuste-tests"), {}, 3000})
        {
            settings.setWelcomeShown(true);
        }
        AppContext context()
        {
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

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestJudgingUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteJudging"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestJudgingUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Messages::setTestHook([](const Messages::Shown &) { return QMessageBox::Ok; });
}

void TestJudgingUi::cleanup()
{
    Messages::setTestHook({});
    for (QWidget *widget : QApplication::topLevelWidgets())
        widget->close();
}

void TestJudgingUi::judgesTwoTurnsBlindAndTallies()
{
    WorkspaceManager workspaces;
    Workspace::Error error;
    QVERIFY(workspaces.open(m_dir->filePath(QStringLiteral("judge.ajuste")),
                            Workspace::OpenMode::CreateIfMissing, &error));
    PlaygroundStore *store = workspaces.session()->playground();
    const qint64 session = store->createSession(QStringLiteral("Orders"));
    const qint64 earlier = store->createSession(QStringLiteral("Yesterday"));

    PlaygroundJudge judge;
    judge.setStore(store, session);
    judge.setBlind(true);
    judge.setSeed(5);
    QWidget page;
    auto bar = new VerdictBar;
    auto tallies = new TallyView;
    auto layout = new QVBoxLayout(&page);
    layout->addWidget(bar);
    layout->addWidget(tallies);
    bar->setJudge(&judge);
    tallies->setStore(store, session);
    QAbstractItemModelTester tester(tallies->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QVERIFY(!bar->isVisible()); // no turn yet
    QVERIFY(tallies->findChild<QLabel *>(QStringLiteral("tallyEmpty"))->isVisible());

    // Turn 1: the better answer is the tuned model's, wherever it was shuffled to.
    judge.startRound(
        QStringLiteral("Where is my order?"),
        answers(QStringLiteral("I cannot see orders."), QStringLiteral("Order 42 left today.")));
    QVERIFY(bar->isVisible());
    const int tunedAt = judge.round().positionOf(1);
    auto pick = bar->findChild<QPushButton *>(QStringLiteral("verdictAnswer%1").arg(tunedAt + 1));
    QVERIFY(pick && pick->isVisible());
    QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("verdictAnswer3"))->isVisible());
    pick->click();
    QVERIFY(pick->isChecked());
    auto outcome = bar->findChild<QLabel *>(QStringLiteral("verdictOutcome"));
    QVERIFY(!outcome->text().contains(Tuned)); // still hidden
    auto reveal = bar->findChild<QPushButton *>(QStringLiteral("verdictReveal"));
    reveal->click();
    QVERIFY(outcome->text().contains(Tuned));
    QVERIFY(!pick->isEnabled()); // the verdict is final once the names are shown
    QVERIFY(!reveal->isEnabled());

    // Turn 2, from the keyboard: Alt+T is a tie.
    judge.startRound(
        QStringLiteral("And a refund?"),
        answers(QStringLiteral("Refunds take 5 days."), QStringLiteral("Refunds take five days.")));
    QVERIFY(pick->isEnabled() && !pick->isChecked());
    QTest::keyClick(&page, Qt::Key_T, Qt::AltModifier);
    QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("verdictTie"))->isChecked());
    QCOMPARE(judge.round().pick(), BlindRound::Pick::Tie);

    TallyModel *model = tallies->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TallyModel::VerdictColumn).data().toString(),
             Tuned + QStringLiteral(" was preferred in 1 of 2 comparisons."));
    QCOMPARE(model->index(0, TallyModel::TiesColumn).data().toInt(), 1);
    QCOMPARE(model->index(0, TallyModel::BlindColumn).data().toString(), QStringLiteral("2 of 2"));
    QVERIFY(!tallies->findChild<QLabel *>(QStringLiteral("tallyEmpty"))->isVisible());

    // An earlier session's verdict counts in "all sessions" only.
    Comparison old;
    old.sessionId = earlier;
    old.modelA = Tuned;
    old.modelB = Base;
    old.verdict = ComparisonVerdict::PreferA;
    QVERIFY(store->addComparison(old) > 0);
    QCOMPARE(model->index(0, TallyModel::VerdictColumn).data().toString(),
             Tuned + QStringLiteral(" was preferred in 1 of 2 comparisons."));
    tallies->findChild<QRadioButton *>(QStringLiteral("tallyAllSessions"))->click();
    QCOMPARE(model->index(0, TallyModel::VerdictColumn).data().toString(),
             Tuned + QStringLiteral(" was preferred in 2 of 3 comparisons."));
    QCOMPARE(model->index(0, TallyModel::BlindColumn).data().toString(), QStringLiteral("2 of 3"));
}

void TestJudgingUi::savedAnswerShowsInTheStudioAndCtrlZRemovesIt()
{
    Fixture fixture(m_dir->filePath(QStringLiteral("settings.ini")));
    MainWindow window(fixture.context());
    window.restoreAndShow();
    window.openSampleWorkspace();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto studio = qobject_cast<DatasetsPage *>(window.pages().first());
    QVERIFY(studio && studio->store());
    WorkspaceSession *session = fixture.workspaces.session();
    const qint64 dataset = studio->currentDataset();
    QVERIFY(dataset > 0);
    ExampleListModel *list = studio->exampleModel();
    QTRY_VERIFY(list->rowCount() > 0);
    const int before = list->rowCount();

    // The answer of the second turn, edited before saving.
    const QJsonArray conversation{
        message(QStringLiteral("user"), QStringLiteral("Hi")),
        message(QStringLiteral("assistant"), QStringLiteral("Hello!")),
        message(QStringLiteral("user"), QStringLiteral("Can I change my delivery address?")),
        message(QStringLiteral("assistant"), QStringLiteral("Maybe."))};
    const QJsonArray prompt =
        PlaygroundExample::promptFor(conversation, 3, QStringLiteral("You are Jabuti's support."));
    window.showPage(QStringLiteral("playground"));
    SaveAnswerDialog dialog(session->datasets(), session->undoStack(), &window);
    dialog.setAnswer({Tuned, prompt, QStringLiteral("Maybe."), Tuned});
    QComboBox *target = dialog.datasetBox();
    QCOMPARE(target->count(), 2); // the sample, and "A new dataset"
    target->setCurrentIndex(target->findData(dataset));
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("savePrompt"))
                ->toPlainText()
                .contains(QStringLiteral("Can I change my delivery address?")));
    dialog.answerEdit()->selectAll();
    QTest::keyClicks(dialog.answerEdit(), QStringLiteral("Yes, until the order ships."));
    dialog.show();
    auto save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY2(dialog.savedExampleId() > 0, qPrintable(dialog.error()));
    QVERIFY(!dialog.isVisible());

    // In the studio at once, as the last example.
    QCOMPARE(list->rowCount(), before + 1);
    const QModelIndex last = list->index(before, ExampleListModel::FirstMessageColumn);
    QCOMPARE(last.data(ExampleListModel::ExampleIdRole).toLongLong(), dialog.savedExampleId());
    const ExampleRecord saved = session->datasets()->example(dialog.savedExampleId());
    QCOMPARE(saved.json,
             PlaygroundExample::chatExample(prompt, QStringLiteral("Yes, until the order ships.")));
    QVERIFY(saved.note.contains(Tuned));

    // Ctrl+Z in the window (Edit ▸ Undo), from the dataset studio.
    window.showPage(QStringLiteral("datasets"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(list->rowCount(), before);
    QCOMPARE(session->datasets()->example(dialog.savedExampleId()).id, 0);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(list->rowCount(), before + 1);
}

void TestJudgingUi::preferencePairGoesToANewPreferenceDataset()
{
    WorkspaceManager workspaces;
    Workspace::Error error;
    QVERIFY(workspaces.open(m_dir->filePath(QStringLiteral("pairs.ajuste")),
                            Workspace::OpenMode::CreateIfMissing, &error));
    WorkspaceSession *session = workspaces.session();
    const QJsonArray prompt{message(QStringLiteral("user"), QStringLiteral("Where is my order?"))};
    SaveAnswerDialog dialog(session->datasets(), session->undoStack());
    dialog.setPair(
        {{QStringLiteral("Answer 1"), prompt, QStringLiteral("I cannot see orders."), Base},
         {QStringLiteral("Answer 2"), prompt, QStringLiteral("Order 42 left today."), Tuned}},
        1, 0);
    QCOMPARE(dialog.datasetBox()->count(), 1); // no preference dataset yet: a new one
    QCOMPARE(dialog.targetDatasetId(), 0);
    QCOMPARE(dialog.answerEdit()->toPlainText(), QStringLiteral("Order 42 left today."));
    QCOMPARE(dialog.rejectedEdit()->toPlainText(), QStringLiteral("I cannot see orders."));

    // Picking the same answer twice is refused with a reason.
    auto rejectedChoice = dialog.findChild<QComboBox *>(QStringLiteral("saveRejectedChoice"));
    rejectedChoice->setCurrentIndex(1);
    Q_EMIT rejectedChoice->activated(1);
    auto save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("saveProblem"))->text().isEmpty());
    rejectedChoice->setCurrentIndex(0);
    Q_EMIT rejectedChoice->activated(0);
    dialog.findChild<QComboBox *>(QStringLiteral("saveSplit"))->setCurrentIndex(1);
    QVERIFY(save->isEnabled());

    const qint64 id = dialog.save();
    QVERIFY2(id > 0, qPrintable(dialog.error()));
    const DatasetInfo created = session->datasets()->dataset(dialog.savedDatasetId());
    QCOMPARE(created.kind, QStringLiteral("preference"));
    QCOMPARE(created.name, QStringLiteral("Preferences from the Playground"));
    const ExampleRecord saved = session->datasets()->example(id);
    QCOMPARE(saved.split, DatasetStore::validationSplit());
    QCOMPARE(ExampleJson::contentText(ExampleJson::preferredOutput(saved.json)
                                          .first()
                                          .toObject()
                                          .value(QStringLiteral("content"))),
             QStringLiteral("Order 42 left today."));
    QCOMPARE(ExampleJson::messages(saved.json), prompt);
    session->undoStack()->undo();
    QCOMPARE(session->datasets()->exampleCount(created.id), 0);
}

// What the Playground page does with a live turn: the order fixed at send, the round from the
// runner's columns, "Save as Preference…" on the bar and "Save as Example…" on an answer.
void TestJudgingUi::controllerWiresATurnToTheBarAndTheDialogs()
{
    WorkspaceManager workspaces;
    Workspace::Error error;
    QVERIFY(workspaces.open(m_dir->filePath(QStringLiteral("live.ajuste")),
                            Workspace::OpenMode::CreateIfMissing, &error));
    WorkspaceSession *session = workspaces.session();
    const qint64 sessionId = session->playground()->createSession(QStringLiteral("Live"));
    QWidget page;
    auto judging = new JudgingController(&page);
    auto layout = new QVBoxLayout(&page);
    layout->addWidget(judging->blindSwitch());
    layout->addWidget(judging->verdictBar());
    layout->addWidget(judging->tallyView());
    judging->setSession(session, sessionId);
    judging->judge()->setSeed(8);
    page.show();
    QSignalSpy relabelled(judging, &JudgingController::columnsRelabelled);

    judging->blindSwitch()->click();
    QVERIFY(judging->judge()->isBlind());
    const QList<int> order = judging->beginTurn(2);
    QVERIFY(judging->namesHidden());
    QVERIFY(relabelled.count() >= 1);
    QVERIFY(!judging->verdictBar()->isVisible());

    auto column = [](const QString &model, const QString &answer) {
        PlaygroundColumn c;
        c.model = model;
        c.conversation = {message(QStringLiteral("user"), QStringLiteral("Where is my order?")),
                          message(QStringLiteral("assistant"), answer)};
        return c;
    };
    judging->finishTurn({column(Base, QStringLiteral("I cannot see orders.")),
                         column(Tuned, QStringLiteral("Order 42 left today."))},
                        QStringLiteral("You answer Jabuti's customers."));
    QVERIFY(judging->verdictBar()->isVisible());
    QCOMPARE(judging->shownColumns(), order);
    const int tunedAt = judging->judge()->round().positionOf(1);
    QVERIFY(judging->judge()->pickBest(tunedAt));

    // The bar's "Save as Preference…": the picked answer preferred, titles still hidden.
    judging->verdictBar()->findChild<QPushButton *>(QStringLiteral("verdictSavePair"))->click();
    auto pair = page.findChild<SaveAnswerDialog *>();
    QVERIFY(pair && pair->isVisible() && pair->isPreference());
    QCOMPARE(pair->answerEdit()->toPlainText(), QStringLiteral("Order 42 left today."));
    QCOMPARE(pair->rejectedEdit()->toPlainText(), QStringLiteral("I cannot see orders."));
    QCOMPARE(
        ExampleJson::messages(pair->example()).first().toObject().value(QStringLiteral("content")),
        QStringLiteral("You answer Jabuti's customers."));
    auto choice = pair->findChild<QComboBox *>(QStringLiteral("savePreferredChoice"));
    QCOMPARE(choice->currentText(), QStringLiteral("Answer %1").arg(tunedAt + 1));
    QVERIFY(pair->save() > 0);

    // "Save as Example…" on the base model's answer.
    SaveAnswerDialog *single = judging->saveAnswer(0, 1);
    QVERIFY(single && !single->isPreference());
    QCOMPARE(single->answerEdit()->toPlainText(), QStringLiteral("I cannot see orders."));
    QCOMPARE(single->datasetBox()->count(), 1); // no chat dataset yet
    QSignalSpy saved(judging, &JudgingController::exampleSaved);
    QVERIFY(single->save() > 0);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(session->undoStack()->count(), 2);
    QVERIFY(!judging->saveAnswer(0, 0)); // a question is no answer
    QVERIFY(!judging->saveAnswer(5, 1));
}

QTEST_MAIN(TestJudgingUi)
#include "tst_judgingui.moc"
