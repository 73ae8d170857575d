// The Batch compare window, offscreen, against the real Sandbox: the validation examples of a
// dataset through two models with blind on, a verdict kept as a Playground comparison in a
// session named after the batch, the models revealed, Export CSV; the Datasets page's chosen
// examples with a model that does not exist (its cells say why, the row cannot be rated);
// a file of prompts cancelled midway; what stops Compare from starting; the Datasets page's
// "Compare Models on These Examples…" and the launcher the Playground's toolbar calls.
#include "api/compare/batchcomparer.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "jobsfixture.h"
#include "ui/common/messages.h"
#include "ui/compare/batchcomparedialog.h"
#include "ui/compare/batchcomparelauncher.h"
#include "ui/compare/batchmodelpicker.h"
#include "ui/compare/batchresultsmodel.h"
#include "ui/compare/batchreviewpage.h"
#include "ui/compare/batchsetuppage.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace JobsTest;

namespace {

const QString Mini = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Other = QStringLiteral("gpt-4.1-mini-2025-04-14");

bool runToEnd(BatchCompareDialog &dialog)
{
    return QTest::qWaitFor([&] { return dialog.showsResults() && !dialog.comparer()->isRunning(); },
                           60000);
}

} // namespace

class TestBatchCompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void validationExamplesRatedBlindAndExported();
    void chosenExamplesWithAFailingModel();
    void fileCancelledMidway();
    void compareWaitsForACompleteSetup();
    void datasetsPageOpensItOnTheChosenExamples();

private:
    AppContext context();
    void chooseModels(BatchCompareDialog &dialog, const QString &profile, const QString &first,
                      const QString &second);

    Fixture m_fixture;
    SandboxProcess m_slow;
    QString m_slowProfile;
    WorkspaceManager m_workspaces;
    qint64 m_dataset = 0;
    int m_validation = 0;
    QString m_sandbox = QString::fromLatin1(ProviderProfile::SandboxId);
};

AppContext TestBatchCompareDialog::context()
{
    AppContext context;
    context.profiles = m_fixture.profiles.get();
    context.keys = m_fixture.keys.get();
    context.network = &m_fixture.network;
    context.workspaces = &m_workspaces;
    context.sandbox = m_fixture.sandbox.get();
    context.providers = m_fixture.session.get();
    return context;
}

void TestBatchCompareDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestHook([](const Messages::Shown &shown) {
        qWarning() << "message shown:" << shown.text << shown.details;
        return QMessageBox::Ok;
    });
    const QUrl slow = m_slow.start({QStringLiteral("--latency"), QStringLiteral("300")});
    QVERIFY(slow.isValid());
    m_slowProfile = m_fixture.addProfile(ProviderKind::OpenAI, slow);
    Workspace::Error error;
    QVERIFY(m_workspaces.open(m_fixture.dir.filePath(QStringLiteral("ui.ajuste")),
                              Workspace::OpenMode::CreateIfMissing, &error));
    DatasetStore *store = m_workspaces.session()->datasets();
    m_dataset = store->createDataset(QStringLiteral("Suporte"));
    for (int i = 0; i < 12; ++i)
        store->appendExample(m_dataset, Fixture::chat(i));
    store->makeValidationSplit(m_dataset, 25, 7);
    m_validation = store->splitCounts(m_dataset).value(DatasetStore::validationSplit());
    QVERIFY(m_validation >= 2);
}

void TestBatchCompareDialog::cleanupTestCase()
{
    m_workspaces.close();
    Messages::setTestHook({});
}

void TestBatchCompareDialog::chooseModels(BatchCompareDialog &dialog, const QString &profile,
                                          const QString &first, const QString &second)
{
    const QList<BatchModelPicker *> pickers = dialog.setupPage()->pickers();
    QCOMPARE(pickers.size(), 2);
    pickers.at(0)->setModel(profile, first);
    pickers.at(1)->setModel(profile, second);
}

void TestBatchCompareDialog::validationExamplesRatedBlindAndExported()
{
    BatchCompareDialog dialog(context(), m_workspaces.session());
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    BatchSetupPage *setup = dialog.setupPage();
    QVERIFY(setup->datasetChoice()->isChecked());
    QVERIFY(!setup->selectionChoice()->isEnabled());
    QCOMPARE(setup->splitBox()->currentData().toString(), DatasetStore::validationSplit());
    QCOMPARE(setup->concurrencyBox()->value(), BatchComparer::DefaultConcurrency);
    // The Sandbox lists its models for the pickers.
    QVERIFY(
        QTest::qWaitFor([&] { return setup->pickers().at(0)->modelBox()->count() > 0; }, 20000));
    QVERIFY(setup->pickers().at(0)->modelBox()->findText(Mini) >= 0);
    chooseModels(dialog, m_sandbox, Mini, Other);
    setup->blindBox()->setChecked(true);
    QVERIFY2(dialog.compareButton()->isEnabled(), qPrintable(dialog.problemLabel()->text()));
    dialog.compareButton()->click();
    QVERIFY(runToEnd(dialog));

    BatchReviewPage *review = dialog.reviewPage();
    BatchResultsModel *model = review->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), m_validation);
    QCOMPARE(model->columnCount(), 3 + 2 * 2 + 1);
    QCOMPARE(review->progressBar()->value(), review->progressBar()->maximum());
    QVERIFY(!review->cancelButton()->isEnabled());
    QVERIFY(review->exportButton()->isEnabled());
    // Blind: the columns do not say which model wrote what.
    QCOMPARE(model->headerData(model->answerColumn(0), Qt::Horizontal).toString(),
             QStringLiteral("Answer 1"));
    QVERIFY(review->revealButton()->isVisible());
    QVERIFY(!review->revealButton()->isEnabled());
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row, BatchResultsModel::ReferenceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Open menu")));
        for (int shown = 0; shown < 2; ++shown)
            QVERIFY(model->index(row, model->answerColumn(shown))
                        .data(BatchResultsModel::FullTextRole)
                        .toString()
                        .startsWith(QStringLiteral("[Sandbox")));
    }
    // The chosen row side by side: prompt, the dataset's answer, both answers in full.
    QCOMPARE(review->table()->currentIndex().row(), 0);
    const QList<QPlainTextEdit *> texts = review->sideBySide();
    QCOMPARE(texts.size(), 4);
    QCOMPARE(texts.at(1)->toPlainText(),
             model->index(0, BatchResultsModel::ReferenceColumn).data().toString());
    QVERIFY(texts.at(2)->toPlainText().startsWith(QStringLiteral("[Sandbox")));

    // "Answer 1 is better" on the first row: one comparison, oriented by the real models.
    QCOMPARE(review->verdictButtons().size(), 2);
    QVERIFY(review->verdictButtons().at(0)->isEnabled());
    const int winner =
        model->index(0, model->answerColumn(0)).data(BatchResultsModel::ModelRole).toInt();
    review->verdictButtons().at(0)->click();
    QCOMPARE(review->table()->currentIndex().row(), 1); // on to the next row
    QVERIFY(model->index(0, model->verdictColumn())
                .data()
                .toString()
                .contains(QStringLiteral("Answer")));
    PlaygroundStore *playground = m_workspaces.session()->playground();
    const qint64 sessionId = dialog.ratings().sessionId();
    QVERIFY(sessionId != 0);
    QVERIFY2(
        playground->session(sessionId).name.startsWith(QStringLiteral("Batch compare: Suporte")),
        qPrintable(playground->session(sessionId).name));
    QList<Comparison> comparisons = playground->comparisons(sessionId);
    QCOMPARE(comparisons.size(), 1);
    QCOMPARE(comparisons.first().modelA, Mini);
    QCOMPARE(comparisons.first().modelB, Other);
    QVERIFY(comparisons.first().blind);
    QCOMPARE(comparisons.first().verdict,
             winner == 0 ? ComparisonVerdict::PreferA : ComparisonVerdict::PreferB);
    // Changing one's mind replaces the verdict; a tie on the second row adds one.
    review->table()->selectRow(0);
    review->rateCurrent({BatchRatings::Kind::AllBad, -1});
    review->table()->selectRow(1);
    review->rateCurrent({BatchRatings::Kind::Tie, -1});
    comparisons = playground->comparisons(sessionId);
    QCOMPARE(comparisons.size(), 2);
    QCOMPARE(playground->tally(Mini, Other, sessionId).bothBad, 1);
    QCOMPARE(playground->tally(Mini, Other, sessionId).ties, 1);

    // Revealed: the columns carry the models' names, in their own order.
    QVERIFY(review->revealButton()->isEnabled());
    review->revealButton()->click();
    QVERIFY(!review->revealButton()->isVisible());
    QCOMPARE(model->headerData(model->answerColumn(0), Qt::Horizontal).toString(), Mini);
    QCOMPARE(model->headerData(model->answerColumn(1), Qt::Horizontal).toString(), Other);
    QVERIFY(
        model->index(0, model->timeColumn(0)).data().toString().contains(QStringLiteral("token")));

    const QString csv = m_fixture.dir.filePath(QStringLiteral("dialog.csv"));
    QString suggested;
    review->setPathChooser([&](const QString &path) {
        suggested = path;
        return csv;
    });
    review->exportButton()->click();
    QVERIFY(suggested.endsWith(QStringLiteral(".csv")));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(QByteArray("example,prompt,reference," + Mini.toUtf8() + ',')));
    QCOMPARE(bytes.count("\r\n"), m_validation + 1);
    QVERIFY(review->statusLabel()->text().contains(QStringLiteral("dialog.csv")));
}

void TestBatchCompareDialog::chosenExamplesWithAFailingModel()
{
    DatasetStore *store = m_workspaces.session()->datasets();
    const QList<qint64> chosen{store->idAt(m_dataset, 0), store->idAt(m_dataset, 5),
                               store->idAt(m_dataset, 9)};
    BatchCompareDialog dialog(context(), m_workspaces.session());
    dialog.show();
    dialog.setupPage()->setSelection(m_dataset, chosen);
    QVERIFY(dialog.setupPage()->selectionChoice()->isChecked());
    QVERIFY(dialog.setupPage()->selectionChoice()->text().contains(QStringLiteral("3")));
    chooseModels(dialog, m_sandbox, Mini, QStringLiteral("no-such-model"));
    dialog.compareButton()->click();
    QVERIFY(runToEnd(dialog));
    BatchReviewPage *review = dialog.reviewPage();
    BatchResultsModel *model = review->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, BatchResultsModel::ExampleColumn).data().toString(),
             QStringLiteral("6"));
    for (int row = 0; row < 3; ++row) {
        QVERIFY(model->index(row, model->answerColumn(0))
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("[Sandbox")));
        const QString failed = model->index(row, model->answerColumn(1)).data().toString();
        QVERIFY2(failed.startsWith(QStringLiteral("No answer: ")), qPrintable(failed));
        QVERIFY(model->index(row, model->answerColumn(1))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no-such-model")));
    }
    QVERIFY(review->statusLabel()->text().contains(QStringLiteral("3 answer")));
    for (QPushButton *button : review->verdictButtons())
        QVERIFY(!button->isEnabled());
    QVERIFY(dialog.backButton()->isEnabled());
    dialog.backButton()->click();
    QVERIFY(!dialog.showsResults());
}

void TestBatchCompareDialog::fileCancelledMidway()
{
    const QString path = m_fixture.writeTrainingFile(20, QStringLiteral("prompts.jsonl"));
    BatchCompareDialog dialog(context(), m_workspaces.session());
    dialog.show();
    dialog.setupPage()->setPathChooser([&] { return path; });
    const QList<QPushButton *> buttons = dialog.setupPage()->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("Choose…"))
            button->click();
    }
    QVERIFY(dialog.setupPage()->fileChoice()->isChecked());
    chooseModels(dialog, m_slowProfile, Mini, Other);
    dialog.setupPage()->concurrencyBox()->setValue(2);
    dialog.compareButton()->click();
    BatchComparer *comparer = dialog.comparer();
    QVERIFY(QTest::qWaitFor([&] { return comparer->results().finishedCount() >= 2; }, 20000));
    BatchReviewPage *review = dialog.reviewPage();
    QVERIFY(review->cancelButton()->isEnabled());
    QVERIFY(!dialog.backButton()->isEnabled());
    QVERIFY(!review->exportButton()->isEnabled());
    review->cancelButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return !comparer->isRunning(); }, 5000));
    QCOMPARE(review->statusLabel()->text(), QStringLiteral("Cancelled"));
    QVERIFY(!review->cancelButton()->isEnabled());
    QVERIFY(review->exportButton()->isEnabled());
    QCOMPARE(review->model()->rowCount(), 20);
    const QString last =
        review->model()->index(19, review->model()->answerColumn(0)).data().toString();
    QCOMPARE(last, QStringLiteral("Not asked (cancelled)"));
    QVERIFY(comparer->mostInFlight() <= 2);
}

void TestBatchCompareDialog::compareWaitsForACompleteSetup()
{
    BatchCompareDialog dialog(context(), m_workspaces.session());
    BatchSetupPage *setup = dialog.setupPage();
    chooseModels(dialog, m_sandbox, Mini, QString());
    QVERIFY(!dialog.compareButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("model")));
    chooseModels(dialog, m_sandbox, Mini, Mini);
    QVERIFY(!dialog.compareButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("twice")));
    chooseModels(dialog, m_sandbox, Mini, Other);
    QVERIFY(dialog.compareButton()->isEnabled());
    // Two to four models; the last two cannot be removed.
    QVERIFY(!setup->pickers().at(0)->removeButton()->isEnabled());
    QVERIFY(setup->addModel());
    QVERIFY(setup->addModel());
    QVERIFY(!setup->addModel());
    QCOMPARE(setup->pickers().size(), 4);
    QVERIFY(!dialog.compareButton()->isEnabled()); // two empty rows
    setup->pickers().at(3)->removeButton()->click();
    setup->pickers().at(2)->removeButton()->click();
    QCOMPARE(setup->pickers().size(), 2);
    QVERIFY(dialog.compareButton()->isEnabled());
    setup->fileChoice()->setChecked(true);
    QVERIFY(!dialog.compareButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("file")));
    // A dataset without validation examples says what to do.
    const qint64 none =
        m_workspaces.session()->datasets()->createDataset(QStringLiteral("Sem validação"));
    m_workspaces.session()->datasets()->appendExample(none, Fixture::chat(1));
    setup->setDataset(none);
    QVERIFY(setup->datasetChoice()->isChecked());
    QVERIFY(dialog.compareButton()->isEnabled());
    dialog.compareButton()->click();
    QVERIFY(QTest::qWaitFor([&] { return dialog.compareButton()->isEnabled(); }, 10000));
    QVERIFY(!dialog.showsResults());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("Validation Split")),
             qPrintable(dialog.problemLabel()->text()));
}

void TestBatchCompareDialog::datasetsPageOpensItOnTheChosenExamples()
{
    QWidget window;
    window.resize(1200, 800);
    DatasetsPage page;
    page.setSession(m_workspaces.session());
    page.setCurrentDataset(m_dataset);
    page.show();
    QVERIFY(QTest::qWaitFor([&] { return page.exampleModel()->rowCount() == 12; }, 10000));
    QVERIFY(page.compareAction()->isEnabled());
    QVERIFY(page.exampleView()->actions().contains(page.compareAction()));
    page.exampleView()->clearSelection();
    page.exampleView()->selectionModel()->select(
        page.exampleModel()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    page.exampleView()->selectionModel()->select(
        page.exampleModel()->index(4, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    BatchCompareLauncher launcher(context(), &window);
    connect(&page, &DatasetsPage::compareModelsRequested, &launcher,
            &BatchCompareLauncher::openForExamples);
    QSignalSpy requested(&page, &DatasetsPage::compareModelsRequested);
    page.compareAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), m_dataset);
    QCOMPARE(requested.first().at(1).value<QList<qint64>>().size(), 2);
    QVERIFY(launcher.dialog());
    QVERIFY(launcher.dialog()->isVisible());
    QVERIFY(launcher.dialog()->setupPage()->selectionChoice()->isChecked());
    QCOMPARE(launcher.dialog()->setupPage()->source().exampleIds.size(), 2);
    // The Playground's entry: the same dialog, raised again.
    BatchCompareDialog *first = launcher.dialog();
    launcher.open();
    QCOMPARE(launcher.dialog(), first);
    launcher.close();
    QVERIFY(QTest::qWaitFor([&] { return !launcher.dialog(); }, 2000));
    page.setSession(nullptr);
}

QTEST_MAIN(TestBatchCompareDialog)
#include "tst_batchcomparedialog.moc"
