// Several runs on one chart offscreen: three Sandbox runs over datasets of different sizes,
// one colour and one legend entry each, aligned by step or by epoch; a checkpoint compared as
// its run up to that step; a run toggled from the legend; hover over all runs; nothing cut at
// a job page's size. AJUSTE_SHOTS=DIR saves pictures for a person to review.
#include "chartlayout.h"
#include "sandboxruns.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/runcomparisonchart.h"

#include <QChart>
#include <QComboBox>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AJUSTE_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

void showAtJobPageSize(RunComparisonChart &chart)
{
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        chart.refreshNow();
    }
}

QValueAxis *xAxis(const RunComparisonChart &chart)
{
    return qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).first());
}

QStringList visibleLegend(const RunComparisonChart &chart)
{
    QStringList names;
    for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
        if (marker->isVisible())
            names.append(marker->label());
    }
    return names;
}

// 20, 50 and 200 examples, three epochs each: 60, 150 and 600 steps.
void addThreeRuns(RunComparisonChart &chart)
{
    chart.addRun(QStringLiteral("20 examples"), sandboxRun(20, 3, 1).run);
    chart.addRun(QStringLiteral("50 examples"), sandboxRun(50, 3, 2).run);
    chart.addRun(QStringLiteral("200 examples"), sandboxRun(200, 3, 3).run);
}

} // namespace

class TestRunComparisonChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeRunsEachWithColourNameAndLegend();
    void alignsByEpoch();
    void comparesACheckpoint();
    void legendTogglesARun();
    void hoverShowsEveryRun();
    void logScaleAndAccuracy();
    void savesAPicture();
    void nothingIsCutAtJobPageSize();
};

void TestRunComparisonChart::threeRunsEachWithColourNameAndLegend()
{
    RunComparisonChart chart;
    addThreeRuns(chart);
    showAtJobPageSize(chart);
    QCOMPARE(chart.runCount(), 3);
    QCOMPARE(visibleLegend(chart),
             (QStringList{QStringLiteral("20 examples"), QStringLiteral("50 examples"),
                          QStringLiteral("200 examples")}));
    QSet<QRgb> colours;
    for (int run = 0; run < 3; ++run) {
        QVERIFY(chart.trainingSeries(run));
        QVERIFY(chart.validationSeries(run));
        QCOMPARE(chart.validationSeries(run)->color(), chart.trainingSeries(run)->color());
        QCOMPARE(chart.validationSeries(run)->pen().style(), Qt::DashLine);
        QCOMPARE(chart.validationSeries(run)->count(), 3); // the full validation of each epoch
        colours.insert(chart.trainingSeries(run)->color().rgb());
    }
    QCOMPARE(colours.size(), 3);
    // Aligned by step, the longest run sets the range.
    QCOMPARE(xAxis(chart)->min(), 0.0);
    QCOMPARE(xAxis(chart)->max(), 600.0);
    QCOMPARE(chart.trainingSeries(0)->points().last().x(), 60.0);
    saveShot(&chart, QStringLiteral("comparison-steps"));
}

void TestRunComparisonChart::alignsByEpoch()
{
    RunComparisonChart chart;
    addThreeRuns(chart);
    QVERIFY(chart.canShowEpochs());
    chart.controls()->axisBox()->setCurrentIndex(1);
    Q_EMIT chart.controls()->axisBox()->activated(1);
    showAtJobPageSize(chart);
    QCOMPARE(chart.axis(), PlotAxis::Epochs);
    QCOMPARE(xAxis(chart)->max(), 3.0);
    QCOMPARE(xAxis(chart)->titleText(), QStringLiteral("Epoch"));
    for (int run = 0; run < 3; ++run) {
        // Every run ends at epoch 3, and its epochs' full validations sit on 1, 2, 3.
        QCOMPARE(chart.trainingSeries(run)->points().last().x(), 3.0);
        QCOMPARE(chart.validationSeries(run)->at(1).x(), 2.0);
    }
    saveShot(&chart, QStringLiteral("comparison-epochs"));

    // A run whose epochs are unknown cannot be aligned by epoch: steps only.
    QList<MetricPoint> points;
    for (int step = 1; step <= 30; ++step) {
        MetricPoint point;
        point.step = step;
        point.trainLoss = 2.0 / step;
        points.append(point);
    }
    chart.addRun(QStringLiteral("no epochs"), TrainingRun(points));
    chart.refreshNow();
    QVERIFY(!chart.canShowEpochs());
    QVERIFY(!chart.controls()->axisBox()->isEnabled());
    QCOMPARE(xAxis(chart)->titleText(), QStringLiteral("Step"));
}

void TestRunComparisonChart::comparesACheckpoint()
{
    const SandboxRun sandbox = sandboxRun(50, 3, 2);
    RunComparisonChart chart;
    chart.addRun(QStringLiteral("Final model"), sandbox.run);
    chart.addRun(QStringLiteral("Checkpoint at step 100"), sandbox.run.upToStep(100));
    showAtJobPageSize(chart);
    QCOMPARE(chart.trainingSeries(1)->points().last().x(), 100.0);
    QCOMPARE(chart.trainingSeries(0)->points().last().x(), 150.0);
    QCOMPARE(chart.validationSeries(1)->count(), 2);
}

void TestRunComparisonChart::legendTogglesARun()
{
    RunComparisonChart chart;
    addThreeRuns(chart);
    showAtJobPageSize(chart);
    QLegendMarker *marker = chart.chart()->legend()->markers(chart.trainingSeries(2)).first();
    Q_EMIT marker->clicked();
    chart.refreshNow();
    QVERIFY(!chart.isRunShown(2));
    QVERIFY(!chart.trainingSeries(2)->isVisible());
    QVERIFY(!chart.validationSeries(2)->isVisible());
    QVERIFY(marker->isVisible());
    QVERIFY(!chart.valuesAt(30).contains(QStringLiteral("200 examples")));
    Q_EMIT marker->clicked();
    chart.refreshNow();
    QVERIFY(chart.isRunShown(2));
}

void TestRunComparisonChart::hoverShowsEveryRun()
{
    RunComparisonChart chart;
    addThreeRuns(chart);
    showAtJobPageSize(chart);
    const QStringList lines = chart.valuesAt(30).split(u'\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.first(), QStringLiteral("Step 30"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("20 examples: ")));
    QVERIFY(lines.at(1).contains(QStringLiteral("(validation ")));
    // Past the shortest run's end only the longer runs have values.
    QCOMPARE(chart.valuesAt(400).split(u'\n').size(), 2);
}

void TestRunComparisonChart::logScaleAndAccuracy()
{
    RunComparisonChart chart;
    addThreeRuns(chart);
    chart.setLogScale(true);
    showAtJobPageSize(chart);
    QVERIFY(qobject_cast<QLogValueAxis *>(chart.chart()->axes(Qt::Vertical).first()));
    chart.setQuantity(PlotQuantity::Accuracy);
    chart.refreshNow();
    auto *y = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).first());
    QVERIFY(y); // accuracy is never on a log scale
    QVERIFY(y->max() <= 105 && y->min() > 0);
}

void TestRunComparisonChart::savesAPicture()
{
    QTemporaryDir dir;
    RunComparisonChart chart;
    addThreeRuns(chart);
    showAtJobPageSize(chart);
    QString error;
    QVERIFY(chart.savePicture(dir.filePath(QStringLiteral("compared.png")), &error));
    QVERIFY(!QImage(dir.filePath(QStringLiteral("compared.png"))).isNull());
}

void TestRunComparisonChart::nothingIsCutAtJobPageSize()
{
    RunComparisonChart chart;
    addThreeRuns(chart);
    showAtJobPageSize(chart);
    const QStringList cut = cutTexts(&chart);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

QTEST_MAIN(TestRunComparisonChart)
#include "tst_runcomparisonchart.moc"
