// The training chart offscreen, as a person would see it on a job page (about 900×400): the
// lines present (and no legend entry for one the provider does not report), axis ranges,
// steps and epochs, log scale, accuracy, epoch and checkpoint marks, hover, zoom, legend
// toggles, the palette, pt_BR numbers, the advice under it, saving, nothing cut; and the
// jobs list's small loss curve. AJUSTE_SHOTS=DIR saves pictures for a person to review.
#include "chartlayout.h"
#include "sandboxruns.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/losssparkline.h"
#include "ui/charts/trainingchart.h"
#include "ui/charts/zoomablechartview.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

namespace {

void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AJUSTE_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// Shown at a job page's size and laid out, with every pending change applied.
void showAtJobPageSize(TrainingChart &chart)
{
    chart.resize(900, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (int i = 0; i < 3; ++i) { // the chart lays its axes out on the event loop
        QCoreApplication::processEvents();
        chart.refreshNow();
    }
}

// A plain mouse move, no button held (QTest::mouseMove moves the cursor, which the offscreen
// platform does not turn into events).
void hover(QWidget *viewport, QPoint at)
{
    QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
}

QValueAxis *xAxis(const TrainingChart &chart)
{
    return qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).first());
}

QAbstractAxis *yAxis(const TrainingChart &chart)
{
    return chart.chart()->axes(Qt::Vertical).first();
}

std::pair<double, double> yRange(const TrainingChart &chart)
{
    if (auto *log = qobject_cast<QLogValueAxis *>(yAxis(chart)))
        return {log->min(), log->max()};
    auto *linear = qobject_cast<QValueAxis *>(yAxis(chart));
    return {linear->min(), linear->max()};
}

QStringList legendNames(const TrainingChart &chart)
{
    QStringList names;
    for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
        if (marker->isVisible())
            names.append(marker->label());
    }
    return names;
}

std::pair<double, double> lossExtremes(const TrainingRun &run)
{
    double low = 1e9;
    double high = -1e9;
    for (const Metric metric : {Metric::TrainLoss, Metric::ValidLoss, Metric::FullValidLoss}) {
        for (const QPointF &point : run.series(metric).points()) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    }
    return {low, high};
}

SandboxRun validatedRun()
{
    return sandboxRun(50, 3); // 150 steps, validation every 5, full validation per epoch
}

} // namespace

class TestTrainingChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void drawsEveryReportedLineWithRightRanges();
    void absentLinesHaveNoLegendEntry();
    void switchesToTokenAccuracy();
    void epochsAndMarkers();
    void logScale();
    void fillsInLive();
    void completedFromTheFullHistory();
    void zoomsByDraggingAndResets();
    void hoverShowsTheValuesAtAStep();
    void legendTogglesALine();
    void smoothingSliderRedrawsTheSmoothedLine();
    void followsTheDarkPalette();
    void numbersInPortuguese();
    void adviceUnderTheChart();
    void savesPictureAndCsv();
    void drawsAHundredThousandStepsDownsampled();
    void nothingIsCutAtJobPageSize();
    void sparklineDrawsTheCurve();
};

void TestTrainingChart::drawsEveryReportedLineWithRightRanges()
{
    const SandboxRun sandbox = validatedRun();
    TrainingChart chart;
    chart.setRun(sandbox.run);
    showAtJobPageSize(chart);
    for (const PlotLine line : {PlotLine::TrainRaw, PlotLine::TrainSmoothed, PlotLine::Validation,
                                PlotLine::FullValidation})
        QVERIFY(chart.series(line));
    QCOMPARE(chart.series(PlotLine::TrainRaw)->count(), 150);     // few points: all drawn
    QCOMPARE(chart.series(PlotLine::FullValidation)->count(), 3); // one per epoch
    QCOMPARE(chart.series(PlotLine::Validation)->count(), 30);
    QCOMPARE(
        legendNames(chart),
        (QStringList{QStringLiteral("Training loss"), QStringLiteral("Training loss, smoothed"),
                     QStringLiteral("Validation loss"), QStringLiteral("Full validation loss")}));
    QCOMPARE(xAxis(chart)->min(), 0.0);
    QCOMPARE(xAxis(chart)->max(), 150.0);
    QCOMPARE(xAxis(chart)->titleText(), QStringLiteral("Step"));
    const auto [low, high] = lossExtremes(sandbox.run);
    const auto [bottom, top] = yRange(chart);
    QVERIFY(bottom <= low && bottom > low - 0.2 * (high - low));
    QVERIFY(top >= high && top < high + 0.2 * (high - low));
    // The offscreen picture shows the curves: the training colour is there.
    const QImage picture = chart.view()->grab().toImage();
    const QColor training = chart.series(PlotLine::TrainSmoothed)->color();
    bool found = false;
    for (int y = 0; y < picture.height() && !found; y += 1)
        for (int x = 0; x < picture.width() && !found; x += 1)
            found = QColor(picture.pixel(x, y)) == training;
    QVERIFY(found);
    saveShot(&chart, QStringLiteral("trainingchart-steps"));
}

void TestTrainingChart::absentLinesHaveNoLegendEntry()
{
    TrainingChart chart;
    // Only the points, as a provider without validation or epoch counts reports them.
    chart.setRun(TrainingRun(sandboxRun(50, 3, 7, /*withValidation*/ false).run.points()));
    showAtJobPageSize(chart);
    QVERIFY(!chart.series(PlotLine::Validation));
    QVERIFY(!chart.series(PlotLine::FullValidation));
    QCOMPARE(chart.chart()->series().size(), 2);
    QCOMPARE(chart.chart()->legend()->markers().size(), 2);
    QCOMPARE(legendNames(chart), (QStringList{QStringLiteral("Training loss"),
                                              QStringLiteral("Training loss, smoothed")}));
    // Without validation no full-validation steps tell the epochs: steps only, until the
    // job says how many epochs it runs (the points carry the total steps).
    QVERIFY(!chart.controls()->axisBox()->isEnabled());
    chart.setEpochs(3);
    chart.refreshNow();
    QVERIFY(chart.controls()->axisBox()->isEnabled());
}

void TestTrainingChart::switchesToTokenAccuracy()
{
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    showAtJobPageSize(chart);
    QVERIFY(chart.controls()->quantityBox()->isEnabled());
    chart.controls()->quantityBox()->setCurrentIndex(1);
    Q_EMIT chart.controls()->quantityBox()->activated(1);
    chart.refreshNow();
    QCOMPARE(chart.quantity(), PlotQuantity::Accuracy);
    QCOMPARE(legendNames(chart).first(), QStringLiteral("Training accuracy"));
    const auto [bottom, top] = yRange(chart);
    QVERIFY(bottom > 0 && top <= 105); // per cent
    QCOMPARE(yAxis(chart)->titleText(), QStringLiteral("Tokens right (%)"));
    QVERIFY(!chart.controls()->logBox()->isEnabled());

    // A provider that reports no accuracy: the switch is off.
    QList<MetricPoint> points;
    for (int step = 1; step <= 20; ++step) {
        MetricPoint point;
        point.step = step;
        point.trainLoss = 2.0 / step;
        points.append(point);
    }
    TrainingChart lossOnly;
    lossOnly.setRun(TrainingRun(points));
    showAtJobPageSize(lossOnly);
    QVERIFY(!lossOnly.controls()->quantityBox()->isEnabled());
}

void TestTrainingChart::epochsAndMarkers()
{
    const SandboxRun sandbox = validatedRun();
    TrainingChart chart;
    chart.setRun(sandbox.run);
    QList<Checkpoint> checkpoints;
    for (const int step : sandbox.checkpointSteps) {
        Checkpoint checkpoint;
        checkpoint.stepNumber = step;
        checkpoint.modelName = QStringLiteral("ft:gpt-4o-mini:sandbox::ckpt-step-%1").arg(step);
        checkpoints.append(checkpoint);
    }
    chart.setCheckpoints(checkpoints);
    chart.setAxis(PlotAxis::Epochs);
    showAtJobPageSize(chart);
    QCOMPARE(xAxis(chart)->min(), 0.0);
    QCOMPARE(xAxis(chart)->max(), 3.0);
    QCOMPARE(xAxis(chart)->titleText(), QStringLiteral("Epoch"));
    QCOMPARE(chart.series(PlotLine::FullValidation)->at(0).x(), 1.0);
    int epochEnds = 0;
    int flags = 0;
    for (const ZoomableChartView::Marker &marker : chart.view()->markers()) {
        epochEnds += marker.kind == ZoomableChartView::Marker::Kind::EpochEnd ? 1 : 0;
        flags += marker.kind == ZoomableChartView::Marker::Kind::Checkpoint ? 1 : 0;
    }
    QCOMPARE(epochEnds, 2); // the ends of epochs 1 and 2; the run's end is the frame
    QCOMPARE(flags, 3);
    QVERIFY(chart.valuesAt(2.0).contains(QStringLiteral("Checkpoint saved here: "
                                                        "ft:gpt-4o-mini:sandbox::ckpt-step-100")));
    saveShot(&chart, QStringLiteral("trainingchart-epochs"));
}

void TestTrainingChart::logScale()
{
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    chart.controls()->logBox()->setChecked(true);
    showAtJobPageSize(chart);
    QVERIFY(chart.logScale());
    auto *log = qobject_cast<QLogValueAxis *>(yAxis(chart));
    QVERIFY(log);
    QVERIFY(log->min() > 0);
    QCOMPARE(log->titleText(), QStringLiteral("Loss (log scale)"));
    QCOMPARE(chart.series(PlotLine::TrainRaw)->attachedAxes().size(), 2);
    saveShot(&chart, QStringLiteral("trainingchart-log"));
    chart.setLogScale(false);
    chart.refreshNow();
    QVERIFY(qobject_cast<QValueAxis *>(yAxis(chart)));
}

void TestTrainingChart::fillsInLive()
{
    const SandboxRun sandbox = validatedRun();
    TrainingChart chart;
    chart.setTotalSteps(150);
    chart.setEpochs(3);
    showAtJobPageSize(chart);
    QVERIFY(!chart.series(PlotLine::TrainRaw));
    QVERIFY(chart.progressText().startsWith(QStringLiteral("No measurements yet")));
    QSignalSpy advice(&chart, &TrainingChart::adviceChanged);
    const QList<MetricPoint> &points = sandbox.run.points();
    for (qsizetype from = 0; from < 60; from += 20) {
        chart.appendPoints(points.mid(from, 20));
        chart.refreshNow();
        QCOMPARE(chart.series(PlotLine::TrainRaw)->count(), from + 20);
        QCOMPARE(xAxis(chart)->max(), 150.0); // room for the steps to come
    }
    QVERIFY(advice.count() >= 1);
    QVERIFY(chart.progressText().startsWith(QStringLiteral("Step 60 of 150")));
    QVERIFY(chart.adviceLabel()->text().contains(chart.progressText()));
}

void TestTrainingChart::completedFromTheFullHistory()
{
    // Live: the metrics events of some steps. Finished: the result file brings every step.
    const SandboxRun sandbox = validatedRun();
    TrainingChart chart;
    QList<MetricPoint> someSteps;
    for (const MetricPoint &point : sandbox.run.points()) {
        if (point.step % 3 == 0)
            someSteps.append(point);
    }
    chart.setRun(TrainingRun(someSteps));
    showAtJobPageSize(chart);
    QCOMPARE(chart.series(PlotLine::TrainRaw)->count(), 50);
    chart.appendPoints(sandbox.run.points());
    chart.setFinished(true);
    chart.refreshNow();
    QCOMPARE(chart.run().size(), 150);
    QCOMPARE(chart.series(PlotLine::TrainRaw)->count(), 150);
    QCOMPARE(chart.progressText(), QStringLiteral("Training is over: all 150 steps are done."));
}

void TestTrainingChart::zoomsByDraggingAndResets()
{
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    showAtJobPageSize(chart);
    QVERIFY(!chart.controls()->resetButton()->isEnabled());
    const QWidget *viewport = chart.view()->viewport();
    const auto from = chart.view()->positionOf(30);
    const auto to = chart.view()->positionOf(60);
    QVERIFY(from && to);
    const int middle = viewport->height() / 3;
    QTest::mousePress(chart.view()->viewport(), Qt::LeftButton, {}, QPoint(*from, middle));
    QTest::mouseMove(chart.view()->viewport(), QPoint((*from + *to) / 2, middle));
    QTest::mouseRelease(chart.view()->viewport(), Qt::LeftButton, {}, QPoint(*to, middle));
    chart.refreshNow();
    QVERIFY(chart.isZoomed());
    QVERIFY(std::abs(xAxis(chart)->min() - 30) < 1.0);
    QVERIFY(std::abs(xAxis(chart)->max() - 60) < 1.0);
    QVERIFY(chart.controls()->resetButton()->isEnabled());
    // The y axis fits what is visible: the first steps' high loss is out of view.
    QVERIFY(yRange(chart).second < lossExtremes(chart.run()).second);
    saveShot(&chart, QStringLiteral("trainingchart-zoomed"));
    chart.controls()->resetButton()->click();
    chart.refreshNow();
    QVERIFY(!chart.isZoomed());
    QCOMPARE(xAxis(chart)->max(), 150.0);
    // A double click on the plot resets too.
    chart.zoomTo(10, 20);
    chart.refreshNow();
    QTest::mouseDClick(chart.view()->viewport(), Qt::LeftButton, {}, QPoint(*from, middle));
    chart.refreshNow();
    QVERIFY(!chart.isZoomed());
}

void TestTrainingChart::hoverShowsTheValuesAtAStep()
{
    const SandboxRun sandbox = validatedRun();
    TrainingChart chart;
    chart.setRun(sandbox.run);
    chart.setEpochs(3);
    showAtJobPageSize(chart);
    const QString values = chart.valuesAt(50);
    const QString loss = QLocale::c().toString(*sandbox.run.pointAt(50)->trainLoss, 'f', 3);
    QVERIFY2(values.startsWith(QStringLiteral("Step 50, epoch 1\nTraining loss: ") + loss),
             qPrintable(values));
    QVERIFY(values.contains(QStringLiteral("Training loss, smoothed: ")));
    QVERIFY(values.contains(QStringLiteral("Validation loss: ")));
    QVERIFY(values.contains(QStringLiteral("Full validation loss: ")));
    // Between validation steps, the nearest one is named with its step.
    QVERIFY2(chart.valuesAt(52).contains(QStringLiteral("Validation loss (step 50): ")),
             qPrintable(chart.valuesAt(52)));

    const auto at = chart.view()->positionOf(75);
    QVERIFY(at);
    hover(chart.view()->viewport(), QPoint(*at, chart.view()->viewport()->height() / 2));
    QVERIFY(chart.hoverLabel()->isVisible());
    QVERIFY(chart.hoverLabel()->text().startsWith(QStringLiteral("Step 75")));
    saveShot(&chart, QStringLiteral("trainingchart-hover"));
}

void TestTrainingChart::legendTogglesALine()
{
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    showAtJobPageSize(chart);
    QLegendMarker *marker =
        chart.chart()->legend()->markers(chart.series(PlotLine::Validation)).first();
    Q_EMIT marker->clicked();
    chart.refreshNow();
    QVERIFY(!chart.isLineShown(PlotLine::Validation));
    QVERIFY(!chart.series(PlotLine::Validation)->isVisible());
    QVERIFY(marker->isVisible()); // still there, to bring the line back
    QVERIFY(!chart.valuesAt(50).contains(QStringLiteral("Validation loss: ")));
    Q_EMIT marker->clicked();
    chart.refreshNow();
    QVERIFY(chart.isLineShown(PlotLine::Validation));
    QVERIFY(chart.series(PlotLine::Validation)->isVisible());
}

void TestTrainingChart::smoothingSliderRedrawsTheSmoothedLine()
{
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    showAtJobPageSize(chart);
    const QList<QPointF> before = chart.series(PlotLine::TrainSmoothed)->points();
    chart.controls()->smoothingSlider()->setValue(0); // no smoothing: the raw line
    chart.refreshNow();
    QCOMPARE(chart.smoothing(), 0.0);
    QCOMPARE(chart.series(PlotLine::TrainSmoothed)->points(),
             chart.series(PlotLine::TrainRaw)->points());
    chart.controls()->smoothingSlider()->setValue(95);
    chart.refreshNow();
    QCOMPARE(chart.smoothing(), 0.95);
    QVERIFY(chart.series(PlotLine::TrainSmoothed)->points() != before);
}

void TestTrainingChart::followsTheDarkPalette()
{
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    showAtJobPageSize(chart);
    const QColor lightLine = chart.series(PlotLine::TrainSmoothed)->color();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::Window, QColor(0x2a2a2a));
    dark.setColor(QPalette::Text, QColor(0xeeeeee));
    dark.setColor(QPalette::WindowText, QColor(0xeeeeee));
    chart.setPalette(dark);
    chart.refreshNow();
    QVERIFY(chart.chart()->backgroundBrush().color().lightness() < 80);
    QVERIFY(xAxis(chart)->labelsColor().lightness() > 180);
    QVERIFY(chart.series(PlotLine::TrainSmoothed)->color() != lightLine);
    QVERIFY(chart.series(PlotLine::TrainSmoothed)->color().lightness() > lightLine.lightness());
    saveShot(&chart, QStringLiteral("trainingchart-dark"));
}

void TestTrainingChart::numbersInPortuguese()
{
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    QList<MetricPoint> points;
    for (int step = 1; step <= 3000; ++step) {
        MetricPoint point;
        point.step = step;
        point.trainLoss = 0.4 + 1.6 * std::exp(-step / 400.0);
        points.append(point);
    }
    TrainingChart chart;
    chart.setRun(TrainingRun(points));
    showAtJobPageSize(chart);
    const QStringList texts = chartTexts(chart.view());
    // Decimal commas on the loss axis, and thousands with a dot on the steps axis.
    QVERIFY2(texts.contains(QStringLiteral("0,5")) || texts.contains(QStringLiteral("1,0")),
             qPrintable(texts.join(u'|')));
    QVERIFY2(texts.contains(QStringLiteral("1.000")), qPrintable(texts.join(u'|')));
    for (const QString &text : texts)
        QVERIFY2(!QRegularExpression(QStringLiteral("^\\d+\\.\\d$")).match(text).hasMatch(),
                 qPrintable(text));
    QVERIFY(chart.valuesAt(1000).contains(QStringLiteral("Step 1.000")));
    saveShot(&chart, QStringLiteral("trainingchart-ptBR"));
}

void TestTrainingChart::adviceUnderTheChart()
{
    const SandboxRun sandbox = sandboxRun(10, 10); // few examples, many epochs: it overfits
    TrainingChart chart;
    QSignalSpy advice(&chart, &TrainingChart::adviceChanged);
    chart.setRun(sandbox.run);
    QList<Checkpoint> checkpoints;
    for (const int step : sandbox.checkpointSteps) {
        Checkpoint checkpoint;
        checkpoint.stepNumber = step;
        checkpoints.append(checkpoint);
    }
    chart.setCheckpoints(checkpoints);
    chart.setFinished(true);
    showAtJobPageSize(chart);
    QVERIFY(!chart.readings().isEmpty());
    QCOMPARE(chart.readings().first().finding, TrainingAdvisor::Finding::Overfitting);
    QVERIFY(advice.count() >= 1);
    QVERIFY(advice.last().first().toStringList().first().startsWith(
        QStringLiteral("The validation loss has risen")));
    QVERIFY(chart.adviceLabel()->text().contains(QStringLiteral("memorising your examples")));
    saveShot(&chart, QStringLiteral("trainingchart-overfitting"));
}

void TestTrainingChart::savesPictureAndCsv()
{
    QTemporaryDir dir;
    TrainingChart chart;
    chart.setRun(validatedRun().run);
    showAtJobPageSize(chart);
    QString error;
    const QString picture = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(chart.savePicture(picture, &error));
    const QImage image(picture);
    QCOMPARE(image.size(), chart.view()->size() * chart.view()->devicePixelRatio());
    // Through the Save menu, with a path chooser answering for the file dialog.
    QString asked;
    chart.setPathChooser([&](const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return dir.filePath(QStringLiteral("metrics"));
    });
    const QList<QAction *> actions = chart.controls()->saveButton()->menu()->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(1)->trigger();
    QVERIFY(asked.endsWith(QStringLiteral("training-metrics.csv")));
    QFile csv(dir.filePath(QStringLiteral("metrics.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("step,epoch,train_loss,train_accuracy,valid_loss"));
    QVERIFY(!chart.savePicture(QStringLiteral("/nonexistent-folder/chart.png"), &error));
    QVERIFY(error.contains(QStringLiteral("could not save the picture")));
}

void TestTrainingChart::drawsAHundredThousandStepsDownsampled()
{
    QList<MetricPoint> points;
    points.reserve(100000);
    for (int step = 1; step <= 100000; ++step) {
        MetricPoint point;
        point.step = step;
        point.trainLoss =
            0.3 + 1.8 * std::exp(-step / 8000.0) + 0.05 * (((step * 7919) % 200) / 100.0 - 1);
        if (step % 10 == 0)
            point.validLoss = 0.35 + 1.8 * std::exp(-step / 8000.0);
        points.append(point);
    }
    points[77777].trainLoss = 9.0; // one spike must stay visible
    TrainingChart chart;
    chart.setRun(TrainingRun(points));
    showAtJobPageSize(chart);
    const int width = int(chart.chart()->plotArea().width());
    QVERIFY(chart.series(PlotLine::TrainRaw)->count() <= 4 * width + 2);
    QVERIFY(chart.series(PlotLine::TrainRaw)->points().contains(QPointF(77778, 9.0)));
    QVERIFY(yRange(chart).second >= 9.0);
    QCOMPARE(xAxis(chart)->max(), 100000.0);
    chart.zoomTo(50000, 50100);
    chart.refreshNow();
    QCOMPARE(chart.series(PlotLine::TrainRaw)->count(), 103); // every step there, and neighbours
}

void TestTrainingChart::nothingIsCutAtJobPageSize()
{
    const SandboxRun sandbox = validatedRun();
    TrainingChart chart;
    chart.setRun(sandbox.run);
    chart.setFinished(true);
    QList<Checkpoint> checkpoints;
    for (const int step : sandbox.checkpointSteps) {
        Checkpoint checkpoint;
        checkpoint.stepNumber = step;
        checkpoints.append(checkpoint);
    }
    chart.setCheckpoints(checkpoints);
    showAtJobPageSize(chart);
    const QStringList cut = cutTexts(&chart);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    saveShot(&chart, QStringLiteral("trainingchart-900x400"));
}

void TestTrainingChart::sparklineDrawsTheCurve()
{
    const QList<QPointF> curve = LossSparkline::curve(validatedRun().run, 80);
    QVERIFY(curve.size() >= 2 && curve.size() <= 4 * 80 + 2);
    QVERIFY(curve.first().y() > curve.last().y()); // the loss fell
    QVERIFY(LossSparkline::curve(TrainingRun()).isEmpty());

    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QVariant::fromValue(curve), Qt::UserRole + 1);
    LossSparkline delegate(Qt::UserRole + 1);
    QImage image(120, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette.setColor(QPalette::Link, Qt::blue);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    int blue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            blue += qBlue(image.pixel(x, y)) > 200 && qRed(image.pixel(x, y)) < 100 ? 1 : 0;
    QVERIFY(blue > 40);
    QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() >= 90);
}

QTEST_MAIN(TestTrainingChart)
#include "tst_trainingchart.moc"
