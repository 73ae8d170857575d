// A run's points kept whole, in step order, without duplicates; the step-to-epoch mapping; and
// what the chart asks of a run (RunPlot): lines per quantity and axis, incremental smoothing,
// the x range of a live run, epoch boundaries.
#include "core/charts/runplot.h"
#include "core/charts/smoothing.h"
#include "core/charts/trainingrun.h"

#include <QTest>

namespace {

MetricPoint trainPoint(int step, double loss)
{
    MetricPoint point;
    point.step = step;
    point.trainLoss = loss;
    return point;
}

QList<MetricPoint> trainPoints(int from, int to, double loss = 1.0)
{
    QList<MetricPoint> points;
    for (int step = from; step <= to; ++step)
        points.append(trainPoint(step, loss + step * 0.001));
    return points;
}

QList<int> stepsOf(const TrainingRun &run)
{
    QList<int> steps;
    for (const MetricPoint &point : run.points())
        steps.append(point.step);
    return steps;
}

} // namespace

class TestTrainingRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendsBatchesInStepOrder();
    void completesKnownStepsWithoutDuplicates();
    void mergesAWholeHistoryIntoALiveRun();
    void keepsTheWholeRun();
    void seriesHoldOnlyMeasuredSteps();
    void totalStepsFromPointsOrCaller();
    void upToStepCutsAtACheckpoint();
    void epochsFromTotals();
    void epochsFromFullValidationSteps();
    void epochMappingRoundTrips();
    void runPrefersTotalsOverFullValidation();
    void plotSmoothsIncrementally();
    void plotLinesFollowQuantityAndAxis();
    void plotXRangeCoversTheWholeRun();
    void plotBoundariesLeaveOutTheLastEpochEnd();
    void valueRangeIsPadded();
};

void TestTrainingRun::appendsBatchesInStepOrder()
{
    TrainingRun run;
    QCOMPARE(run.append(trainPoints(1, 3)), 3);
    QCOMPARE(run.append({trainPoint(6, 0.5), trainPoint(4, 0.7), trainPoint(5, 0.6)}), 3);
    QCOMPARE(stepsOf(run), (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(run.firstStep(), 1);
    QCOMPARE(run.lastStep(), 6);
    QCOMPARE(run.series(Metric::TrainLoss).points().at(3), QPointF(4, 0.7));
}

void TestTrainingRun::completesKnownStepsWithoutDuplicates()
{
    TrainingRun run(trainPoints(1, 10));
    MetricPoint again = trainPoint(10, 99); // a repeated poll: the known value stays
    QCOMPARE(run.append({again}), 0);
    QCOMPARE(run.pointAt(10)->trainLoss, std::optional<double>(1.01));

    MetricPoint validation;
    validation.step = 5;
    validation.validLoss = 1.2;
    validation.validAccuracy = 0.6;
    QCOMPARE(run.append({validation}), 1);
    QCOMPARE(run.size(), 10);
    QCOMPARE(run.pointAt(5)->validLoss, std::optional<double>(1.2));
    QCOMPARE(run.pointAt(5)->trainLoss, std::optional<double>(1.005)); // kept
    QCOMPARE(run.series(Metric::ValidLoss).points(), (QList<QPointF>{QPointF(5, 1.2)}));
    QVERIFY(!run.pointAt(11));
}

void TestTrainingRun::mergesAWholeHistoryIntoALiveRun()
{
    // Events brought every other step with a full validation at the end of epochs; the
    // result file, once the job ends, brings every step with accuracies.
    TrainingRun run;
    for (int step = 2; step <= 20; step += 2) {
        MetricPoint point = trainPoint(step, 2.0 - step * 0.05);
        if (step % 10 == 0)
            point.fullValidLoss = 1.5;
        run.append({point});
    }
    QList<MetricPoint> history;
    for (int step = 1; step <= 20; ++step) {
        MetricPoint point = trainPoint(step, 2.0 - step * 0.05);
        point.trainAccuracy = 0.5 + step * 0.01;
        history.append(point);
    }
    QCOMPARE(run.append(history), 20); // 10 new steps, 10 completed with an accuracy
    QCOMPARE(run.size(), 20);
    const QList<int> steps = stepsOf(run);
    QCOMPARE(steps.first(), 1);
    QCOMPARE(steps.last(), 20);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QCOMPARE(run.pointAt(10)->fullValidLoss, std::optional<double>(1.5));
    QCOMPARE(run.pointAt(10)->trainAccuracy, std::optional<double>(0.6));
    QCOMPARE(run.series(Metric::TrainAccuracy).size(), 20);
    QCOMPARE(run.series(Metric::FullValidLoss).size(), 2);
    QCOMPARE(run.append(history), 0); // nothing new the second time
}

void TestTrainingRun::keepsTheWholeRun()
{
    TrainingRun run;
    for (int from = 1; from <= 100000; from += 50)
        run.append(trainPoints(from, from + 49));
    QCOMPARE(run.size(), 100000);
    QCOMPARE(run.series(Metric::TrainLoss).size(), 100000);
    QCOMPARE(run.firstStep(), 1);
    QCOMPARE(run.lastStep(), 100000);
}

void TestTrainingRun::seriesHoldOnlyMeasuredSteps()
{
    TrainingRun run(trainPoints(1, 4));
    QVERIFY(run.has(Metric::TrainLoss));
    QVERIFY(!run.has(Metric::TrainAccuracy));
    QVERIFY(!run.has(Metric::ValidLoss));
    QCOMPARE(MetricSeries(run.series(Metric::TrainLoss)).nearest(2.4)->x(), 2.0);
    QCOMPARE(MetricSeries(run.series(Metric::TrainLoss)).nearest(2.6)->x(), 3.0);
    QCOMPARE(MetricSeries(run.series(Metric::TrainLoss)).nearest(99)->x(), 4.0);
}

void TestTrainingRun::totalStepsFromPointsOrCaller()
{
    TrainingRun run;
    QVERIFY(!run.totalSteps());
    MetricPoint point = trainPoint(1, 2);
    point.totalSteps = 300;
    run.append({point});
    QCOMPARE(run.totalSteps(), std::optional<int>(300));
    run.setTotalSteps(330);
    QCOMPARE(run.totalSteps(), std::optional<int>(330));
}

void TestTrainingRun::upToStepCutsAtACheckpoint()
{
    const TrainingRun run(trainPoints(1, 30));
    const TrainingRun cut = run.upToStep(20);
    QCOMPARE(cut.size(), 20);
    QCOMPARE(cut.lastStep(), 20);
    QCOMPARE(cut.series(Metric::TrainLoss).size(), 20);
    QCOMPARE(run.size(), 30); // the original is untouched
}

void TestTrainingRun::epochsFromTotals()
{
    const EpochMapping mapping = EpochMapping::fromTotals(300, 3);
    QVERIFY(mapping.isValid());
    QCOMPARE(mapping.epochEnds(), (QList<int>{100, 200, 300}));
    QCOMPARE(mapping.epochAt(0), 0.0);
    QCOMPARE(mapping.epochAt(50), 0.5);
    QCOMPARE(mapping.epochAt(100), 1.0);
    QCOMPARE(mapping.epochAt(150), 1.5);
    QCOMPARE(mapping.epochAt(300), 3.0);
    QCOMPARE(mapping.epochOf(1), 1);
    QCOMPARE(mapping.epochOf(100), 1); // the last step of an epoch belongs to it
    QCOMPARE(mapping.epochOf(101), 2);
    QCOMPARE(mapping.epochOf(300), 3);
    QCOMPARE(mapping.endOfEpoch(2), 200);
    // Uneven: 10 steps over 3 epochs end at the rounded thirds.
    QCOMPARE(EpochMapping::fromTotals(10, 3).epochEnds(), (QList<int>{3, 7, 10}));
    QVERIFY(!EpochMapping::fromTotals(0, 3).isValid());
    QVERIFY(!EpochMapping().isValid());
}

void TestTrainingRun::epochsFromFullValidationSteps()
{
    // Only two epochs measured so far, 10 steps each; the third goes on at that length.
    const EpochMapping mapping = EpochMapping::fromEpochEnds({20, 10, 10, 0});
    QCOMPARE(mapping.epochEnds(), (QList<int>{10, 20}));
    QCOMPARE(mapping.epochAt(15), 1.5);
    QCOMPARE(mapping.epochAt(25), 2.5);
    QCOMPARE(mapping.epochOf(25), 3);
    QCOMPARE(mapping.epochOf(30), 3);
    QCOMPARE(mapping.epochOf(31), 4);
    QCOMPARE(mapping.endOfEpoch(3), 30);
}

void TestTrainingRun::epochMappingRoundTrips()
{
    const EpochMapping mapping = EpochMapping::fromEpochEnds({7, 20, 26});
    for (double step : {0.0, 3.0, 7.0, 11.5, 20.0, 23.0, 26.0, 40.0})
        QCOMPARE(mapping.stepAt(mapping.epochAt(step)), step);
}

void TestTrainingRun::runPrefersTotalsOverFullValidation()
{
    TrainingRun run;
    MetricPoint point = trainPoint(10, 1);
    point.fullValidLoss = 1.1;
    run.append({point});
    QCOMPARE(run.epochMapping().epochEnds(), (QList<int>{10}));
    run.setTotalSteps(40);
    run.setEpochs(4);
    QCOMPARE(run.epochMapping().epochEnds(), (QList<int>{10, 20, 30, 40}));
}

void TestTrainingRun::plotSmoothsIncrementally()
{
    RunPlot plot;
    plot.setSmoothing(0.9);
    QList<MetricPoint> all;
    for (int step = 1; step <= 200; ++step)
        all.append(trainPoint(step, 1.0 + ((step * 7919) % 13) / 10.0));
    for (qsizetype from = 0; from < all.size(); from += 50)
        plot.append(all.mid(from, 50));
    const QList<QPointF> whole =
        Smoothing::smooth(TrainingRun(all).series(Metric::TrainLoss).points(), 0.9);
    QCOMPARE(plot.smoothed(), whole);
    plot.setSmoothing(0.5);
    QCOMPARE(plot.smoothed(),
             Smoothing::smooth(TrainingRun(all).series(Metric::TrainLoss).points(), 0.5));
}

void TestTrainingRun::plotLinesFollowQuantityAndAxis()
{
    QList<MetricPoint> points = trainPoints(1, 40);
    for (MetricPoint &point : points) {
        point.trainAccuracy = 0.5;
        if (point.step % 10 == 0)
            point.fullValidLoss = 1.2;
    }
    RunPlot plot{TrainingRun(points)};
    QVERIFY(plot.hasLine(PlotLine::TrainRaw));
    QVERIFY(plot.hasLine(PlotLine::TrainSmoothed));
    QVERIFY(!plot.hasLine(PlotLine::Validation));
    QVERIFY(plot.hasLine(PlotLine::FullValidation));
    QVERIFY(plot.hasAccuracy());
    plot.setQuantity(PlotQuantity::Accuracy);
    QVERIFY(plot.hasLine(PlotLine::TrainRaw));
    QVERIFY(!plot.hasLine(PlotLine::FullValidation)); // no full validation accuracy reported
    QCOMPARE(plot.smoothed().first().y(), 0.5);

    plot.setQuantity(PlotQuantity::Loss);
    QVERIFY(plot.canShowEpochs());
    plot.setAxis(PlotAxis::Epochs);
    const QList<QPointF> full = plot.line(PlotLine::FullValidation, plot.xRange(), 100);
    QCOMPARE(full.size(), 4);
    QCOMPARE(full.first().x(), 1.0);
    QCOMPARE(full.last().x(), 4.0);
    QCOMPARE(plot.toStep(2.5), 25.0);
}

void TestTrainingRun::plotXRangeCoversTheWholeRun()
{
    RunPlot plot{TrainingRun(trainPoints(1, 120))};
    QCOMPARE(plot.xRange(), (PlotRange{0, 120}));
    plot.setTotalSteps(300); // live: the chart leaves room for the steps to come
    QCOMPARE(plot.xRange(), (PlotRange{0, 300}));
    plot.setEpochs(3);
    plot.setAxis(PlotAxis::Epochs);
    QCOMPARE(plot.xRange().max, 3.0);
    QCOMPARE(plot.xRange().min, 0.0);
    QVERIFY(!RunPlot().xRange().isValid());
}

void TestTrainingRun::plotBoundariesLeaveOutTheLastEpochEnd()
{
    RunPlot plot{TrainingRun(trainPoints(1, 300))};
    plot.setTotalSteps(300);
    plot.setEpochs(3);
    QCOMPARE(plot.epochBoundaries(), (QList<double>{100, 200}));
    plot.setAxis(PlotAxis::Epochs);
    QCOMPARE(plot.epochBoundaries(), (QList<double>{1, 2}));
}

void TestTrainingRun::valueRangeIsPadded()
{
    const QList<QList<QPointF>> lines{{QPointF(0, 1), QPointF(1, 2)}, {QPointF(0, 3)}};
    const PlotRange linear = RunPlot::valueRange(lines, false);
    QCOMPARE(linear.min, 0.9);
    QCOMPARE(linear.max, 3.1);
    const PlotRange log =
        RunPlot::valueRange({{QPointF(0, 0), QPointF(1, 0.1), QPointF(2, 10)}}, true);
    QVERIFY(log.min < 0.1 && log.min > 0.07); // zero does not count on a log scale
    QVERIFY(log.max > 10 && log.max < 13);
    QVERIFY(!RunPlot::valueRange({}, false).isValid());
}

QTEST_GUILESS_MAIN(TestTrainingRun)
#include "tst_trainingrun.moc"
