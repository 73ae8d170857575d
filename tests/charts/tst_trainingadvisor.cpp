// The plain-words reading of a curve on crafted runs (going well, overfitting with and without
// a checkpoint at the best epoch, still falling, noisy, flat, rising, too short), the progress
// sentence from timestamps, and the Sandbox's curve read by the same rules: a healthy run, and
// visible overfitting with few examples over many epochs.
#include "core/charts/trainingadvisor.h"
#include "core/charts/trainingprogress.h"
#include "sandboxruns.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <numeric>

using Finding = TrainingAdvisor::Finding;

namespace {

// A run of `steps` training losses from a formula, with epochs of equal length.
TrainingRun crafted(int steps, int epochs, const std::function<double(int)> &loss)
{
    QList<MetricPoint> points;
    for (int step = 1; step <= steps; ++step) {
        MetricPoint point;
        point.step = step;
        point.totalSteps = steps;
        point.trainLoss = loss(step);
        points.append(point);
    }
    TrainingRun run(points);
    run.setEpochs(epochs);
    return run;
}

// Deterministic noise in [-1, 1].
double jitter(int step)
{
    return ((step * 7919) % 201) / 100.0 - 1.0;
}

// The whole validation set measured at each epoch's end.
void addFullValidation(TrainingRun &run, const QList<double> &perEpoch)
{
    const EpochMapping mapping = run.epochMapping();
    QList<MetricPoint> points;
    for (qsizetype e = 0; e < perEpoch.size(); ++e) {
        MetricPoint point;
        point.step = mapping.endOfEpoch(int(e) + 1);
        point.fullValidLoss = perEpoch.at(e);
        points.append(point);
    }
    run.append(points);
}

QList<Finding> findings(const QList<TrainingAdvisor::Reading> &readings)
{
    QList<Finding> found;
    for (const TrainingAdvisor::Reading &reading : readings)
        found.append(reading.finding);
    return found;
}

TrainingAdvisor::Context finishedWith(QList<int> checkpoints = {})
{
    TrainingAdvisor::Context context;
    context.finished = true;
    context.checkpointSteps = std::move(checkpoints);
    return context;
}

QString texts(const QList<TrainingAdvisor::Reading> &readings)
{
    QStringList all;
    for (const TrainingAdvisor::Reading &reading : readings)
        all.append(reading.text);
    return all.join(u'\n');
}

} // namespace

class TestTrainingAdvisor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goingWell();
    void overfittingNamesTheCheckpoint();
    void overfittingWithoutACheckpointSuggestsFewerEpochs();
    void oneRisingEpochIsNotOverfitting();
    void overfittingFromValidationBatches();
    void stillFalling();
    void noisy();
    void flat();
    void rising();
    void tooShort();
    void numbersFollowTheLocale();
    void sandboxRunWithManyExamplesReadsWell();
    void sandboxOverfitsWithFewExamplesAndManyEpochs();
    void sandboxIsDeterministicBySeed();
    void progressFromTimestamps();
    void progressFallsBackOnTheProvidersEstimate();
    void progressWithoutTotals();
};

void TestTrainingAdvisor::goingWell()
{
    // Falls from 2.1 to 0.6 and settles: no other reading.
    const TrainingRun run =
        crafted(300, 3, [](int s) { return 0.6 + 1.5 * std::exp(-(s - 1) / 30.0); });
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith());
    QCOMPARE(findings(readings), QList<Finding>{Finding::GoingWell});
    QCOMPARE(readings.first().tone, TrainingAdvisor::Tone::Good);
    QCOMPARE(readings.first().text,
             QStringLiteral("Training is going well: the loss has fallen from 2.1 to 0.6."));
}

void TestTrainingAdvisor::overfittingNamesTheCheckpoint()
{
    TrainingRun run = crafted(80, 4, [](int s) { return 0.3 + 1.8 * std::exp(-s / 12.0); });
    addFullValidation(run, {1.0, 0.8, 0.9, 1.0}); // best after epoch 2, then up twice
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith({40, 60, 80}));
    QCOMPARE(findings(readings), QList<Finding>{Finding::Overfitting});
    QCOMPARE(readings.first().bestEpoch, 2);
    QCOMPARE(readings.first().risingEpochs, 2);
    QCOMPARE(readings.first().text,
             QStringLiteral("The validation loss has risen for the last 2 epochs while the "
                            "training loss keeps falling: the model may be memorising your "
                            "examples; the checkpoint from epoch 2 may answer better."));
}

void TestTrainingAdvisor::overfittingWithoutACheckpointSuggestsFewerEpochs()
{
    TrainingRun run = crafted(100, 5, [](int s) { return 0.3 + 1.8 * std::exp(-s / 12.0); });
    addFullValidation(run, {1.0, 0.8, 0.85, 0.95, 1.1});
    // OpenAI keeps the last three epochs' checkpoints: none at epoch 2.
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith({60, 80, 100}));
    QCOMPARE(findings(readings), QList<Finding>{Finding::Overfitting});
    QCOMPARE(readings.first().risingEpochs, 3);
    QVERIFY2(readings.first().text.contains(QStringLiteral("risen for the last 3 epochs")),
             qPrintable(readings.first().text));
    QVERIFY2(readings.first().text.contains(QStringLiteral("training again with 2 epochs")),
             qPrintable(readings.first().text));
}

void TestTrainingAdvisor::oneRisingEpochIsNotOverfitting()
{
    TrainingRun run = crafted(80, 4, [](int s) { return 0.3 + 1.8 * std::exp(-s / 12.0); });
    addFullValidation(run, {1.0, 0.8, 0.7, 0.75});
    QCOMPARE(findings(TrainingAdvisor().read(run, finishedWith())),
             QList<Finding>{Finding::GoingWell});
    // Nor when the training loss rises with it: that is not memorising.
    TrainingRun both = crafted(80, 4, [](int s) { return 0.5 + 0.01 * s; });
    addFullValidation(both, {1.0, 0.8, 0.9, 1.0});
    QVERIFY(!findings(TrainingAdvisor().read(both, finishedWith())).contains(Finding::Overfitting));
}

void TestTrainingAdvisor::overfittingFromValidationBatches()
{
    // No full validation: the small batches of each epoch, averaged, tell the same.
    TrainingRun run = crafted(100, 5, [](int s) { return 0.3 + 1.8 * std::exp(-s / 12.0); });
    const QList<double> perEpoch{1.0, 0.7, 0.8, 0.9, 1.0};
    QList<MetricPoint> batches;
    for (int step = 5; step <= 100; step += 5) {
        MetricPoint point;
        point.step = step;
        point.validLoss = perEpoch.at((step - 1) / 20) * (1 + 0.02 * jitter(step));
        batches.append(point);
    }
    run.append(batches);
    const auto readings = TrainingAdvisor().read(run, finishedWith());
    QCOMPARE(findings(readings), QList<Finding>{Finding::Overfitting});
    QCOMPARE(readings.first().bestEpoch, 2);
}

void TestTrainingAdvisor::stillFalling()
{
    // A straight fall from 2 to 1: going well, and not done.
    const TrainingRun run = crafted(300, 3, [](int s) { return 2.0 - s / 300.0; });
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith());
    QCOMPARE(findings(readings), (QList<Finding>{Finding::GoingWell, Finding::StillFalling}));
    QCOMPARE(readings.at(1).text,
             QStringLiteral("The loss is still falling at the end: more epochs could help."));
    // While the job runs, falling is what it should do: no such advice yet.
    QCOMPARE(findings(TrainingAdvisor().read(run)), QList<Finding>{Finding::GoingWell});
}

void TestTrainingAdvisor::noisy()
{
    const TrainingRun run = crafted(
        300, 3, [](int s) { return (0.6 + 1.5 * std::exp(-s / 30.0)) * (1 + 0.6 * jitter(s)); });
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith());
    QVERIFY2(findings(readings).contains(Finding::Noisy), qPrintable(texts(readings)));
    QVERIFY(texts(readings).contains(
        QStringLiteral("The loss jumps around a lot: more examples or a smaller learning rate "
                       "may help.")));
    // The same curve with mild noise is not called noisy.
    const TrainingRun calm = crafted(
        300, 3, [](int s) { return (0.6 + 1.5 * std::exp(-s / 30.0)) * (1 + 0.1 * jitter(s)); });
    QVERIFY(!findings(TrainingAdvisor().read(calm, finishedWith())).contains(Finding::Noisy));
}

void TestTrainingAdvisor::flat()
{
    const TrainingRun run = crafted(200, 2, [](int s) { return 2.0 + 0.02 * jitter(s); });
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith());
    QCOMPARE(findings(readings), QList<Finding>{Finding::NotLearning});
    QCOMPARE(readings.first().tone, TrainingAdvisor::Tone::Warning);
    QVERIFY2(readings.first().text.startsWith(
                 QStringLiteral("The loss has hardly changed (from 2 to 2)")),
             qPrintable(readings.first().text));
    // Early in a live run a flat start is not yet a verdict.
    const TrainingRun early = crafted(20, 2, [](int s) { return 2.0 + 0.02 * jitter(s); });
    TrainingRun live = early;
    live.setTotalSteps(2000);
    QCOMPARE(findings(TrainingAdvisor().read(live)), QList<Finding>{Finding::Waiting});
}

void TestTrainingAdvisor::rising()
{
    const TrainingRun run = crafted(200, 2, [](int s) { return 1.0 + s / 100.0; });
    const auto readings = TrainingAdvisor(QLocale::c()).read(run, finishedWith());
    QCOMPARE(findings(readings), QList<Finding>{Finding::NotLearning});
    QVERIFY(readings.first().text.startsWith(QStringLiteral("The loss has risen from 1 to 2.9")));
}

void TestTrainingAdvisor::tooShort()
{
    const TrainingRun run = crafted(5, 1, [](int s) { return 2.0 - s * 0.1; });
    QCOMPARE(findings(TrainingAdvisor().read(run)), QList<Finding>{Finding::Waiting});
    QCOMPARE(findings(TrainingAdvisor().read(run, finishedWith())),
             QList<Finding>{Finding::Waiting});
    QVERIFY(TrainingAdvisor().read(TrainingRun(), finishedWith()).isEmpty());
}

void TestTrainingAdvisor::numbersFollowTheLocale()
{
    const TrainingRun run =
        crafted(300, 3, [](int s) { return 0.6 + 1.5 * std::exp(-(s - 1) / 30.0); });
    const QString text =
        TrainingAdvisor(QLocale(QLocale::Portuguese, QLocale::Brazil)).read(run).first().text;
    QVERIFY2(text.contains(QStringLiteral("2,1")) && text.contains(QStringLiteral("0,6")),
             qPrintable(text));
}

void TestTrainingAdvisor::sandboxRunWithManyExamplesReadsWell()
{
    const SandboxRun sandbox = sandboxRun(400, 3);
    const auto readings =
        TrainingAdvisor(QLocale::c()).read(sandbox.run, finishedWith(sandbox.checkpointSteps));
    QCOMPARE(findings(readings), QList<Finding>{Finding::GoingWell});
}

void TestTrainingAdvisor::sandboxOverfitsWithFewExamplesAndManyEpochs()
{
    // Ten examples get OpenAI's automatic ten epochs.
    const SandboxRun sandbox = sandboxRun(10, 10);
    const auto readings =
        TrainingAdvisor(QLocale::c()).read(sandbox.run, finishedWith(sandbox.checkpointSteps));
    QVERIFY2(findings(readings).contains(Finding::Overfitting), qPrintable(texts(readings)));
    const TrainingAdvisor::Reading &overfit = readings.first();
    QVERIFY2(overfit.bestEpoch >= 2 && overfit.bestEpoch <= 3, qPrintable(overfit.text));
    QVERIFY(overfit.risingEpochs >= 5);
    // The training loss keeps falling all along, the validation loss turns up.
    const MetricSeries &full = sandbox.run.series(Metric::FullValidLoss);
    QCOMPARE(full.size(), 10);
    QVERIFY(full.points().last().y() > 1.2 * full.points().at(overfit.bestEpoch - 1).y());
    const QList<double> train = sandbox.run.series(Metric::TrainLoss).values();
    const auto mean = [](const QList<double> &values) {
        return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    };
    QVERIFY(mean(train.last(10)) < 0.8 * mean(train.mid(train.size() / 2 - 5, 10)));
    // With the same few examples over 2 epochs there is no time to memorise yet.
    const SandboxRun shortRun = sandboxRun(10, 2);
    QVERIFY(!findings(TrainingAdvisor().read(shortRun.run, finishedWith()))
                 .contains(Finding::Overfitting));
}

void TestTrainingAdvisor::sandboxIsDeterministicBySeed()
{
    QCOMPARE(sandboxRun(50, 4, 11).run.points(), sandboxRun(50, 4, 11).run.points());
    QVERIFY(sandboxRun(50, 4, 11).run.points() != sandboxRun(50, 4, 12).run.points());
}

void TestTrainingAdvisor::progressFromTimestamps()
{
    TrainingProgress progress(QLocale::c());
    const QDateTime start(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    progress.record(20, start);
    progress.record(120, start.addSecs(200)); // 2 s a step
    // 180 steps to go: 360 s, 6 minutes; asked 2 minutes later: about 4 minutes left.
    const QDateTime now = start.addSecs(320);
    QCOMPARE(progress.secondsLeft(120, 300, now), std::optional<qint64>(240));
    QCOMPARE(progress.describe(120, 300, false, now),
             QStringLiteral("Step 120 of 300, about 4 minutes left."));
    QCOMPARE(progress.timeLeft(20), QStringLiteral("less than a minute left"));
    QCOMPARE(progress.timeLeft(3 * 3600), QStringLiteral("about 3 hours left"));
    QCOMPARE(progress.describe(300, 300, false, now),
             QStringLiteral("All 300 steps are done: the provider is finishing the model."));
    QCOMPARE(progress.describe(300, 300, true, now),
             QStringLiteral("Training is over: all 300 steps are done."));
    // A step seen again, or time going back, changes nothing.
    progress.record(120, start.addSecs(500));
    progress.record(130, start.addSecs(100));
    QCOMPARE(progress.secondsLeft(120, 300, now), std::optional<qint64>(240));
}

void TestTrainingAdvisor::progressFallsBackOnTheProvidersEstimate()
{
    TrainingProgress progress(QLocale::c());
    const QDateTime now(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    QCOMPARE(progress.describe(5, 300, false, now), QStringLiteral("Step 5 of 300."));
    progress.setProviderEstimate(now.addSecs(600));
    QCOMPARE(progress.describe(5, 300, false, now),
             QStringLiteral("Step 5 of 300, about 10 minutes left."));
}

void TestTrainingAdvisor::progressWithoutTotals()
{
    const TrainingProgress progress(QLocale(QLocale::Portuguese, QLocale::Brazil));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(progress.describe(0, std::nullopt, false, now),
             QStringLiteral("Waiting for the first step."));
    QCOMPARE(progress.describe(1200, std::nullopt, false, now), QStringLiteral("Step 1.200."));
}

QTEST_GUILESS_MAIN(TestTrainingAdvisor)
#include "tst_trainingadvisor.moc"
