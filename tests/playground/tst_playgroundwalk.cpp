// The Playground's promise walked end to end as a Brazilian user meets it: in pt_BR, with no key
// and no internet, the sample workspace's dataset is trained on the Sandbox through Start
// Fine-Tune; "Testar na área de testes" on the finished job opens the base and the tuned
// model side by side; three questions are asked, two of the turns judged blind (a click, then
// Alt+T), the names revealed; a better answer is saved back into the dataset and is there in
// the studio, where Ctrl+Z takes it out again.
//
// With AJUSTE_WALK_SHOTS=DIR set, the window is saved as a PNG at every step (the pictures of
// the closing note): trained, side by side, judging, revealed, saving, in the studio.
#include "jobsappfixture.h"
#include "api/playground/playgroundrunner.h"
#include "core/jobs/jobstore.h"
#include "core/playground/playgroundjudge.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "core/settings/localization.h"
#include "core/workspace/datasetstore.h"
#include "ui/common/messages.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/jobs/finetunecheckpage.h"
#include "ui/jobs/finetunecostpage.h"
#include "ui/jobs/jobpage.h"
#include "ui/jobs/jobspage.h"
#include "ui/jobs/jobstatusbanner.h"
#include "ui/jobs/startfinetunedialog.h"
#include "ui/playground/judgingcontroller.h"
#include "ui/playground/playgroundcolumnview.h"
#include "ui/playground/playgroundmessageview.h"
#include "ui/playground/playgroundpage.h"
#include "ui/playground/saveanswerdialog.h"
#include "ui/playground/tallyview.h"
#include "ui/playground/verdictbar.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

namespace {

constexpr int StepTimeoutMs = 90000;

} // namespace

class TestPlaygroundWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void trainTryJudgeAndSaveInPortuguese();

private:
    void shoot(const QString &name);
    void ask(const QString &question);
    qint64 trainOnTheSandbox();

    QTemporaryDir m_dir;
    std::unique_ptr<JobsAppFixture> m_desk;
    std::unique_ptr<MainWindow> m_window;
    PlaygroundPage *m_playground = nullptr;
    int m_shot = 0;
};

void TestPlaygroundWalk::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjustePlaygroundWalk"));
    QStandardPaths::setTestModeEnabled(true);
    // A fresh sample workspace: no job or verdict of an earlier run.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    Messages::setTestHook([](const Messages::Shown &) { return QMessageBox::Yes; });
    QVERIFY(m_dir.isValid());
    m_desk = std::make_unique<JobsAppFixture>(m_dir.path());
    m_desk->settings.setLanguage(QStringLiteral("pt_BR"));
    m_desk->sandbox.setSpeed(400); // an hour-long simulated job in seconds
    QCOMPARE(Localization::install(*qApp, m_desk->settings.language()), QStringLiteral("pt_BR"));
    m_window = std::make_unique<MainWindow>(m_desk->context());
    m_window->restoreAndShow();
    m_window->resize(1366, 768); // a laptop's screen, as the layout check
    m_window->openSampleWorkspace();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_playground = m_window->findChild<PlaygroundPage *>();
    QVERIFY(m_playground);
    // The interface really is in Portuguese: the glossary's name of the Jobs page.
    QCOMPARE(m_window->findChild<JobsPage *>()->title(), QStringLiteral("Treinamentos"));
}

void TestPlaygroundWalk::cleanupTestCase()
{
    m_window.reset();
    m_desk.reset();
    Messages::setTestHook({});
}

void TestPlaygroundWalk::shoot(const QString &name)
{
    const QString folder = qEnvironmentVariable("AJUSTE_WALK_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name));
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
}

void TestPlaygroundWalk::ask(const QString &question)
{
    m_playground->messageBox()->setFocus();
    // Typed as an input method would (QTest::keyClicks knows only ASCII keys).
    m_playground->messageBox()->insertPlainText(question);
    QTest::keyClick(m_playground->messageBox(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_playground->runner()->isAnyAnswering());
}

// Datasets ▸ Start Fine-Tune… on the sample dataset, the checks, the cost confirmed, then the
// job page until the Sandbox says the tuned model is ready. Returns the job's id.
qint64 TestPlaygroundWalk::trainOnTheSandbox()
{
    auto studio = m_window->findChild<DatasetsPage *>();
    if (!studio || studio->currentDataset() <= 0)
        return 0;
    studio->startFineTuneAction()->trigger();
    JobsPage *jobs = m_window->findChild<JobsPage *>();
    StartFineTuneDialog *dialog = jobs->dialog();
    if (!dialog)
        return 0;
    if (!QTest::qWaitFor([&] { return dialog->nextButton()->isEnabled(); }, StepTimeoutMs))
        return 0;
    dialog->nextButton()->click(); // the checks
    if (!QTest::qWaitFor([&] { return dialog->checkPage()->isDone(); }, StepTimeoutMs) ||
        !dialog->checkPage()->allowsLaunch())
        return 0;
    dialog->nextButton()->click(); // the cost, confirmed
    dialog->costPage()->confirmBox()->setChecked(true);
    dialog->nextButton()->click(); // the files are sent and the job made
    JobPage *page = jobs->jobPage();
    if (!QTest::qWaitFor([&] { return jobs->showsJob() && page->jobId() > 0; }, StepTimeoutMs))
        return 0;
    const QString ready = QStringLiteral("Concluído: seu modelo ajustado está pronto");
    if (!QTest::qWaitFor([&] { return page->banner()->headline() == ready; }, StepTimeoutMs)) {
        qWarning("the job page says: %s", qPrintable(page->banner()->headline()));
        return 0;
    }
    return page->jobId();
}

void TestPlaygroundWalk::trainTryJudgeAndSaveInPortuguese()
{
    WorkspaceSession *session = m_desk->workspaces.session();
    QVERIFY(session);
    const qint64 jobId = trainOnTheSandbox();
    QVERIFY2(jobId > 0, "the sample dataset did not train on the Sandbox");
    const JobRecord job = session->jobs()->job(jobId);
    QVERIFY(job.job.fineTunedModel.startsWith(QStringLiteral("ft:")));
    shoot(QStringLiteral("trained"));
    // The start dialog has closed; a desktop gives the window its focus back, the offscreen
    // platform needs asking (window-wide shortcuts such as Alt+T need an active window).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Try in Playground: base and tuned, side by side, from the job page.
    JobPage *jobPage = m_window->findChild<JobsPage *>()->jobPage();
    auto tryIt = jobPage->findChild<QPushButton *>(QStringLiteral("tryInPlayground"));
    QVERIFY(tryIt && tryIt->isVisible() && tryIt->isEnabled());
    QCOMPARE(tryIt->text().remove(QLatin1Char('&')), QStringLiteral("Testar na área de testes"));
    tryIt->click();
    QCOMPARE(m_window->currentPageId(), QStringLiteral("playground"));
    QCOMPARE(m_playground->columnCount(), 2);
    const QList<PlaygroundColumn> columns = m_playground->runner()->columns();
    QCOMPARE(columns.at(0).model, job.job.model);
    QCOMPARE(columns.at(1).model, job.job.fineTunedModel);
    shoot(QStringLiteral("side-by-side"));

    // Judged blind: the names hidden while they answer and until the verdict is given.
    JudgingController *judging = m_playground->judging();
    PlaygroundJudge *judge = judging->judge();
    judging->blindSwitch()->click();
    QVERIFY(judging->blindSwitch()->isChecked());
    VerdictBar *bar = judging->verdictBar();
    const auto answered = [&] {
        return !m_playground->runner()->isAnyAnswering() && bar->isVisible();
    };
    const QStringList questions = {
        QStringLiteral("Como eu troco o endereço de entrega?"),
        QStringLiteral("Quanto tempo demora o reembolso?"),
        QStringLiteral("Vocês entregam no sábado?")};

    // Turn 1: the tuned model's answer picked with a click, then the names shown.
    ask(questions.at(0));
    QVERIFY(judge->namesHidden());
    QVERIFY(QTest::qWaitFor(answered, StepTimeoutMs));
    PlaygroundColumnView *tuned = m_playground->columnView(1);
    QCOMPARE(tuned->blindTitleLabel()->text().left(8), QStringLiteral("Resposta"));
    shoot(QStringLiteral("judging-blind"));
    const int tunedAt = judge->round().positionOf(1);
    bar->findChild<QPushButton *>(QStringLiteral("verdictAnswer%1").arg(tunedAt + 1))->click();
    bar->findChild<QPushButton *>(QStringLiteral("verdictReveal"))->click();
    QVERIFY(!judge->namesHidden());
    QVERIFY(bar->findChild<QLabel *>(QStringLiteral("verdictOutcome"))
                ->text()
                .contains(job.job.fineTunedModel));
    shoot(QStringLiteral("revealed"));

    // Turn 2: a tie, from the keyboard.
    ask(questions.at(1));
    QVERIFY(QTest::qWaitFor(answered, StepTimeoutMs));
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(judge->round().pick(), BlindRound::Pick::Tie);
    QVERIFY(judge->round().judgedBlind());

    // Turn 3: asked and answered in both columns, left unjudged.
    ask(questions.at(2));
    QVERIFY(QTest::qWaitFor(answered, StepTimeoutMs));
    for (int column = 0; column < 2; ++column)
        QCOMPARE(m_playground->runner()->columns().at(column).conversation.size(), 6);
    const ComparisonTally tally = session->playground()->tally(
        job.job.fineTunedModel, job.job.model, m_playground->currentSessionId());
    QCOMPARE(tally.wins(job.job.fineTunedModel), 1);
    QCOMPARE(tally.ties, 1);
    QCOMPARE(tally.blind, 2);

    // Back to the dataset: the tuned model's first answer, made better, into the sample.
    auto studio = m_window->findChild<DatasetsPage *>();
    const qint64 dataset = studio->currentDataset();
    const int before = studio->exampleModel()->rowCount();
    PlaygroundMessageView *answer = tuned->messages().at(1);
    QVERIFY(answer->saveExampleButton()->isVisible());
    answer->saveExampleButton()->click();
    auto dialog = m_playground->findChild<SaveAnswerDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->targetDatasetId(), dataset);
    const QString better = QStringLiteral("Em Pedidos ▸ Endereço, antes de o pedido sair.");
    dialog->answerEdit()->setPlainText(better);
    shoot(QStringLiteral("saving"));
    dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
    QVERIFY2(dialog->savedExampleId() > 0, qPrintable(dialog->error()));
    const qint64 saved = dialog->savedExampleId();
    const QJsonArray messages =
        session->datasets()->example(saved).json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.at(messages.size() - 2).toObject().value(QStringLiteral("content")).toString(),
             questions.at(0));
    QCOMPARE(messages.last().toObject().value(QStringLiteral("content")).toString(), better);

    // There in the studio at once, the last example of the dataset; Ctrl+Z takes it out.
    m_window->showPage(QStringLiteral("datasets"));
    QCOMPARE(studio->exampleModel()->rowCount(), before + 1);
    const QModelIndex last = studio->exampleModel()->index(before, ExampleListModel::FirstMessageColumn);
    QCOMPARE(last.data(ExampleListModel::ExampleIdRole).toLongLong(), saved);
    QVERIFY(last.data().toString().contains(QStringLiteral("Como eu troco")));
    if (auto list = studio->findChild<QTableView *>()) {
        list->setCurrentIndex(list->model()->index(list->model()->rowCount() - 1, 0));
        list->scrollToBottom();
    }
    shoot(QStringLiteral("in-the-studio"));
    m_window->activateWindow(); // back from the closed dialog, as on a desktop
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(studio->exampleModel()->rowCount(), before);
    QCOMPARE(session->datasets()->example(saved).id, 0);
}

QTEST_MAIN(TestPlaygroundWalk)
#include "tst_playgroundwalk.moc"
