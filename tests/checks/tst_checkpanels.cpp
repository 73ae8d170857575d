// The check panel, the cost panel, the token histogram and Settings ▸ Prices, offscreen.
#include "core/checks/checkfile.h"
#include "core/checks/datasetchecker.h"
#include "core/checks/pricecatalog.h"
#include "core/checks/pricetable.h"
#include "ui/checks/checkissuemodel.h"
#include "ui/checks/checkpanel.h"
#include "ui/checks/costpanel.h"
#include "ui/checks/tokenhistogram.h"
#include "ui/settings/pricespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

DatasetReport fixtureReport()
{
    CheckFile file;
    if (!file.open(QStringLiteral(AJUSTE_SOURCE_DIR "/tests/checks/data/validate-fixture.jsonl")))
        return {};
    DatasetChecker::Options options;
    options.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    options.trainingContext = 65536;
    DatasetReport report = DatasetChecker(options).run(file.inputs());
    // As if from the workspace: ids 100 + position.
    for (CheckIssue &issue : report.issues) {
        if (issue.example >= 0)
            issue.exampleId = 100 + issue.example;
    }
    return report;
}

QModelIndex kindRow(const CheckIssueModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(CheckIssueModel::CodeRole).toString() == code)
            return index;
    }
    return {};
}

// AJUSTE_SHOTS=DIR saves what the panels look like, for a person to review.
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AJUSTE_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // charts lay out their axes on the event loop
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

QString plainSpaces(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

} // namespace

class TestCheckPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void issueModelIsAValidTree();
    void checkPanelSelectsAndFixes();
    void costPanelFollowsModelAndEpochs();
    void moneyInTheUsersLocale();
    void histogramDrawsTheLengths();
    void histogramBarsAreRoundAndTheirLabelsFit();
    void pricesPageSavesAndRestores();
    void openCostPanelFollowsPriceChanges();
    void costPanelShowsTheProvidersDeadlines();
};

void TestCheckPanels::issueModelIsAValidTree()
{
    CheckIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DatasetReport report = fixtureReport();
    model.setIssues(report.issues);
    QVERIFY(model.rowCount() >= 5);
    // Errors come first.
    QCOMPARE(model.index(0, 0).data(CheckIssueModel::SeverityRole).toInt(), int(CheckSeverity::Error));
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(CheckIssueModel::SeverityRole).toInt(),
             int(CheckSeverity::Advice));
    const QModelIndex weights = kindRow(&model, QStringLiteral("invalid_weight"));
    QVERIFY(weights.isValid());
    QCOMPARE(model.rowCount(weights), 1);
    QVERIFY(model.index(0, 0, weights).data().toString().contains(QStringLiteral("line 8")));
    model.setIssues({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCheckPanels::checkPanelSelectsAndFixes()
{
    CheckPanel panel;
    panel.resize(500, 600);
    panel.show();
    QSignalSpy activated(&panel, &CheckPanel::exampleActivated);
    QSignalSpy fix(&panel, &CheckPanel::fixRequested);
    QSignalSpy check(&panel, &CheckPanel::checkRequested);
    panel.setProgress(3, 11);
    panel.setReport(fixtureReport());
    QVERIFY(panel.summaryLabel()->text().contains(QStringLiteral("3 errors")));

    const QModelIndex weights = kindRow(panel.model(), QStringLiteral("invalid_weight"));
    panel.view()->setCurrentIndex(panel.model()->index(0, 0, weights));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toLongLong(), 106); // line 8 is the 7th example
    QCOMPARE(activated.last().at(1).toInt(), 6);
    QVERIFY(panel.fixButton()->isVisible());
    panel.fixButton()->click();
    QCOMPARE(fix.count(), 1);
    QCOMPARE(fix.last().at(0).value<CheckIssues>().size(), 1);
    QCOMPARE(fix.last().at(0).value<CheckIssues>().first().code, QStringLiteral("invalid_weight"));

    // A kind without a safe fix offers none.
    const QModelIndex role = kindRow(panel.model(), QStringLiteral("unknown_role"));
    panel.view()->setCurrentIndex(panel.model()->index(0, 0, role));
    QVERIFY(!panel.fixButton()->isVisible());
    QVERIFY(!panel.fixAllButton()->isVisible());

    // Duplicates: removing the copy, for one or all.
    const QModelIndex copies = kindRow(panel.model(), QStringLiteral("duplicate_example"));
    panel.view()->setCurrentIndex(copies);
    QVERIFY(panel.fixAllButton()->isVisible());
    panel.fixAllButton()->click();
    QCOMPARE(fix.count(), 2);
    QCOMPARE(fix.last().at(0).value<CheckIssues>().first().fix, CheckFixKind::RemoveExample);

    const QPixmap shot = panel.grab();
    QVERIFY(!shot.isNull());
    panel.view()->setCurrentIndex(panel.model()->index(0, 0, weights));
    saveShot(&panel, QStringLiteral("checkpanel"));
    panel.clear();
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(check.count(), 0);
}

void TestCheckPanels::costPanelFollowsModelAndEpochs()
{
    CostPanel panel(PriceTable::load(QString()));
    panel.show();
    QSignalSpy modelChanged(&panel, &CostPanel::modelChanged);
    const DatasetReport report = fixtureReport();
    panel.setReport(report);
    panel.selectModel(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(panel.currentPrice().model, QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(panel.estimate().epochs, 9);
    QCOMPARE(panel.epochsBox()->value(), 9);
    const qint64 perEpoch = panel.estimate().billedTokensPerEpoch;
    QCOMPARE(panel.estimate().billedTokens, perEpoch * 9);
    QVERIFY2(panel.priceLabel()->text().startsWith(QStringLiteral("US$ 0.")), qPrintable(panel.priceLabel()->text()));
    QVERIFY(panel.validationLabel()->text().contains(QStringLiteral("not billed")));

    panel.automaticEpochs()->setChecked(false);
    panel.epochsBox()->setValue(2);
    QCOMPARE(panel.estimate().billedTokens, perEpoch * 2);
    QCOMPARE(panel.epochs(), 2);

    panel.selectModel(QStringLiteral("gpt-3.5-turbo-0125"));
    QVERIFY(modelChanged.count() >= 1);
    QCOMPARE(panel.checkOptions().encoding, TokenEncoding::Cl100kBase);
    QCOMPARE(*panel.checkOptions().trainingContext, 16385);
    // A model whose price the table does not know says so.
    panel.selectModel(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
    QVERIFY(panel.priceLabel()->text().contains(QStringLiteral("unknown")));
    panel.selectModel(QStringLiteral("gpt-4o"));
    panel.resize(520, 320);
    saveShot(&panel, QStringLiteral("costpanel"));
}

void TestCheckPanels::moneyInTheUsersLocale()
{
    const QLocale brazil(QLocale::Portuguese, QLocale::Brazil);
    QCOMPARE(plainSpaces(CostPanel::formatUsd(25.0, brazil)), QStringLiteral("US$ 25,00"));
    QCOMPARE(plainSpaces(CostPanel::formatUsd(1234.5, brazil)), QStringLiteral("US$ 1.234,50"));
    QVERIFY(plainSpaces(CostPanel::formatUsd(25.0, QLocale(QLocale::English, QLocale::UnitedStates)))
                .contains(QStringLiteral("25.00")));

    QLocale::setDefault(brazil);
    CostPanel panel(PriceTable::load(QString()));
    panel.setReport(fixtureReport());
    QVERIFY2(plainSpaces(panel.priceLabel()->text()).startsWith(QStringLiteral("US$ 0,")),
             qPrintable(panel.priceLabel()->text()));
}

void TestCheckPanels::histogramDrawsTheLengths()
{
    TokenHistogram histogram;
    histogram.resize(500, 360);
    histogram.show();
    const DatasetReport report = fixtureReport();
    histogram.setStatistics(report.tokens, report.messages);
    QCOMPARE(histogram.chart()->series().size(), 1);
    QVERIFY(histogram.chart()->localizeNumbers());
    QCOMPARE(histogram.chart()->axes().size(), 2);
    QVERIFY(histogram.summaryLabel()->text().contains(QStringLiteral("median %1").arg(report.tokens.median)));
    QVERIFY(!histogram.grab().isNull());
    saveShot(&histogram, QStringLiteral("histogram"));
    histogram.setStatistics({}, {});
    QCOMPARE(histogram.chart()->series().size(), 0);
}

void TestCheckPanels::histogramBarsAreRoundAndTheirLabelsFit()
{
    // 40 examples from 618 to 1,249 tokens, as the sample: the checker makes 20 bins of 50.
    QList<qint64> lengths;
    for (int i = 0; i < 40; ++i)
        lengths.append(618 + (i * 631) / 39);
    const TokenStatistics stats = TokenStatistics::of(lengths);
    QCOMPARE(stats.bins.first().to - stats.bins.first().from, 50);
    const QLocale locale(QLocale::Portuguese, QLocale::Brazil);
    const QFontMetrics metrics(QApplication::font());
    int previousBars = 0;
    for (const int plotWidth : {300, 560, 1200}) {
        const TokenHistogram::Bars bars =
            TokenHistogram::regroup(stats.bins, plotWidth, metrics, locale);
        // Round widths (1, 2, 2.5 or 5 × 10ⁿ) that start on a multiple of themselves.
        QVERIFY2(QList<qint64>({50, 100, 200, 250, 500, 1000}).contains(bars.width),
                 qPrintable(QString::number(bars.width)));
        QCOMPARE(bars.start % bars.width, 0);
        QVERIFY(bars.start <= 618 && bars.start + bars.width * bars.counts.size() > 1249);
        int total = 0;
        for (const int count : bars.counts)
            total += count;
        QCOMPARE(total, 40);
        // Every label fits the room QtCharts gives it, and a wider chart shows more bars.
        QVERIFY(bars.counts.size() <= 12);
        for (int i = 0; i < bars.counts.size(); ++i) {
            const qint64 from = bars.start + i * bars.width;
            QVERIFY(metrics.horizontalAdvance(
                        TokenHistogram::rangeLabel(from, from + bars.width, locale))
                    < plotWidth / (bars.counts.size() + 1));
        }
        QVERIFY(bars.counts.size() >= previousBars);
        previousBars = int(bars.counts.size());
    }
    QCOMPARE(TokenHistogram::rangeLabel(1000, 1250, locale), QStringLiteral("1.000–1.250"));

    // Drawn: the labels QtCharts puts on the axis are whole, not cut to "...".
    QLocale::setDefault(locale);
    TokenHistogram histogram;
    histogram.resize(420, 300);
    histogram.show();
    QVERIFY(QTest::qWaitForWindowExposed(&histogram));
    histogram.setStatistics(stats, TokenStatistics::of({3, 3, 5}));
    QTest::qWait(50);
    const auto axes = histogram.chart()->axes(Qt::Horizontal);
    QCOMPARE(axes.size(), 1);
    const QStringList categories = static_cast<QBarCategoryAxis *>(axes.first())->categories();
    QVERIFY(categories.size() >= 2 && categories.size() <= 12);
    QVERIFY2(categories.first().contains(QStringLiteral("–")), qPrintable(categories.first()));
    const auto items = histogram.findChild<QChartView *>()->scene()->items();
    int labels = 0;
    for (QGraphicsItem *item : items) {
        if (auto text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            QVERIFY2(!text->toPlainText().contains(QStringLiteral("...")),
                     qPrintable(text->toPlainText()));
            labels += categories.contains(text->toPlainText()) ? 1 : 0;
        }
    }
    QCOMPARE(labels, categories.size());
}

void TestCheckPanels::pricesPageSavesAndRestores()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("prices.json"));
    {
        PricesPage page(path);
        QTableWidget *table = page.table();
        QVERIFY(table->rowCount() >= 3);
        QCOMPARE(table->item(0, PricesPage::Model)->text(), QStringLiteral("gpt-4o-2024-08-06"));
        table->item(0, PricesPage::Training)->setText(QStringLiteral("20.5"));
        QVERIFY(page.apply());
        QVERIFY(QFile::exists(path));
        page.resize(760, 360);
        saveShot(&page, QStringLiteral("pricespage"));
    }
    QCOMPARE(*PriceTable::load(path).find(QStringLiteral("gpt-4o"))->trainingPerMillion, 20.5);
    QCOMPARE(PriceTable::load(path).overrides().size(), 1);
    {
        PricesPage page(path);
        QCOMPARE(page.table()->item(0, PricesPage::Training)->text(), QStringLiteral("20.50"));
        page.restoreButton()->click();
        QCOMPARE(page.table()->item(0, PricesPage::Training)->text(), QStringLiteral("25"));
        QVERIFY(page.apply());
    }
    QVERIFY(!QFile::exists(path));
}

void TestCheckPanels::openCostPanelFollowsPriceChanges()
{
    QTemporaryDir dir;
    PriceCatalog catalog(dir.filePath(QStringLiteral("prices.json")));
    CostPanel panel(PriceTable::load(QString()));
    panel.followCatalog(&catalog);
    panel.show();
    panel.setReport(fixtureReport());
    panel.selectModel(QStringLiteral("gpt-4o-mini"));
    const double before = *panel.estimate().trainingPrice;
    QCOMPARE(panel.priceLabel()->text(), CostPanel::formatUsd(before));

    // Settings ▸ Prices doubles the training price; the open panel shows it at once.
    QSignalSpy changed(&catalog, &PriceCatalog::pricesChanged);
    PricesPage page(&catalog);
    QTableWidget *table = page.table();
    int row = 0;
    while (row < table->rowCount() &&
           table->item(row, PricesPage::Model)->text() != u"gpt-4o-mini-2024-07-18")
        ++row;
    QVERIFY(row < table->rowCount());
    table->item(row, PricesPage::Training)->setText(QStringLiteral("6"));
    QVERIFY(page.apply());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.currentPrice().model, QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(*panel.currentPrice().trainingPerMillion, 6.0);
    QVERIFY(qFuzzyCompare(*panel.estimate().trainingPrice, 2 * before));
    QCOMPARE(panel.priceLabel()->text(), CostPanel::formatUsd(2 * before));

    // Restoring the shipped prices is followed too.
    QVERIFY(catalog.restoreShipped());
    QVERIFY(qFuzzyCompare(*panel.estimate().trainingPrice, before));
}

void TestCheckPanels::costPanelShowsTheProvidersDeadlines()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CostPanel panel(PriceTable::load(QString()));
    panel.show();
    panel.selectModel(QStringLiteral("gpt-4o"));
    // Tense follows the calendar; the dates do not.
    QVERIFY(panel.deadlineLabel()->isVisibleTo(&panel));
    const QString notice = panel.deadlineLabel()->text();
    QVERIFY2(notice.contains(QStringLiteral("OpenAI stop")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("accepting new fine-tuning jobs on 6 January 2027.")),
             qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("answering on 14 January 2027.")), qPrintable(notice));
    panel.resize(520, 360);
    saveShot(&panel, QStringLiteral("costpanel-deadline"));

    panel.selectModel(QStringLiteral("Qwen/Qwen2.5-72B-Instruct"));
    QVERIFY(!panel.deadlineLabel()->isVisibleTo(&panel));
    QVERIFY(panel.deadlineLabel()->text().isEmpty());
}

QTEST_MAIN(TestCheckPanels)
#include "tst_checkpanels.moc"
