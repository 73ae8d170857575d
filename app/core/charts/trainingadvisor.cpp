#include "trainingadvisor.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const qsizetype middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + middle, values.end());
    const double upper = values.at(middle);
    if (values.size() % 2 == 1)
        return upper;
    return (upper + *std::max_element(values.begin(), values.begin() + middle)) / 2;
}

// How many of the last values to take as "where the loss is now".
qsizetype tailLength(qsizetype count)
{
    return std::clamp<qsizetype>(count / 10, 3, 50);
}

struct EpochValues
{
    QList<double> validation; // per completed epoch; NaN where none was measured
    QList<double> training;
};

EpochValues perEpoch(const TrainingRun &run, const EpochMapping &mapping)
{
    EpochValues values;
    qsizetype completed = 0;
    for (const int end : mapping.epochEnds())
        completed += end <= run.lastStep() ? 1 : 0;
    if (completed == 0)
        return values;
    struct Sum
    {
        double total = 0;
        int count = 0;
        double mean() const { return count == 0 ? std::nan("") : total / count; }
    };
    QList<Sum> train(completed);
    QList<Sum> valid(completed);
    QList<double> full(completed, std::nan(""));
    const auto epochIndex = [&](double step) { return qsizetype(mapping.epochOf(int(step))) - 1; };
    const auto add = [&](QList<Sum> &sums, const MetricSeries &series) {
        for (const QPointF &point : series.points()) {
            const qsizetype e = epochIndex(point.x());
            if (e >= completed)
                break; // in step order: the rest is in the epoch still running
            sums[e].total += point.y();
            ++sums[e].count;
        }
    };
    add(train, run.series(Metric::TrainLoss));
    add(valid, run.series(Metric::ValidLoss));
    for (const QPointF &point : run.series(Metric::FullValidLoss).points()) {
        if (const qsizetype e = epochIndex(point.x()); e < completed)
            full[e] = point.y();
    }
    for (qsizetype e = 0; e < completed; ++e) {
        // The whole validation set at the epoch's end is the better measure; the small batches
        // of the epoch, averaged, stand in for it.
        values.validation.append(!std::isnan(full.at(e)) ? full.at(e) : valid.at(e).mean());
        values.training.append(train.at(e).mean());
    }
    return values;
}

} // namespace

TrainingAdvisor::TrainingAdvisor(const QLocale &locale) : m_locale(locale) {}

QString TrainingAdvisor::number(double value) const
{
    // Two significant digits read best ("2.1", "0.62"); large losses need no decimals.
    return std::abs(value) >= 10 ? m_locale.toString(value, 'f', 0)
                                 : m_locale.toString(value, 'g', 2);
}

QList<TrainingAdvisor::Reading> TrainingAdvisor::read(const TrainingRun &run,
                                                      const Context &context) const
{
    const QList<double> loss = run.series(Metric::TrainLoss).values();
    if (loss.size() < minimumPoints) {
        if (context.finished && !loss.isEmpty())
            return {{Finding::Waiting, Tone::Neutral,
                     tr("The run has too few measurements to say how training went."), 0, 0}};
        if (context.finished)
            return {};
        return {{Finding::Waiting, Tone::Neutral,
                 tr("The first measurements are coming in. After about %n steps this will say "
                    "how training is going.",
                    nullptr, minimumPoints),
                 0, 0}};
    }
    const double start = median(loss.first(3));
    const double end = median(loss.last(tailLength(loss.size())));
    const std::optional<int> total = run.totalSteps();
    const double progress = total ? double(run.lastStep()) / *total : 0;

    QList<Reading> readings;
    const std::optional<Overfit> overfit = overfitting(run);
    if (overfit)
        readings.append(overfittingReading(*overfit, run, context.checkpointSteps));
    else
        readings.append(headline(loss, start, end, progress, context.finished));
    if (context.finished && !overfit && start > 0 && (start - end) / start >= someFall &&
        stillFalling(loss, start)) {
        readings.append({Finding::StillFalling, Tone::Neutral,
                         tr("The loss is still falling at the end: more epochs could help."), 0,
                         0});
    }
    if (noiseLevel(loss) > noisyDeviation) {
        readings.append({Finding::Noisy, Tone::Warning,
                         tr("The loss jumps around a lot: more examples or a smaller learning "
                            "rate may help."),
                         0, 0});
    }
    return readings;
}

TrainingAdvisor::Reading TrainingAdvisor::headline(const QList<double> &loss, double start,
                                                   double end, double progress, bool finished) const
{
    const double fall = start > 0 ? (start - end) / start : 0;
    if (fall >= goingWellFall)
        return {Finding::GoingWell, Tone::Good,
                tr("Training is going well: the loss has fallen from %1 to %2.")
                    .arg(number(start), number(end)),
                0, 0};
    if (fall >= someFall)
        return {Finding::SlowProgress, Tone::Neutral,
                tr("The loss has fallen only a little so far, from %1 to %2.")
                    .arg(number(start), number(end)),
                0, 0};
    // Early in a run the loss may not have moved yet: wait before calling it flat.
    const bool longEnough = finished || progress >= 0.3 || loss.size() >= 50;
    if (!longEnough)
        return {Finding::Waiting, Tone::Neutral,
                tr("The loss has not fallen yet (%1 now). It usually starts to fall within the "
                   "first part of the run.")
                    .arg(number(end)),
                0, 0};
    if (fall <= -someFall)
        return {Finding::NotLearning, Tone::Warning,
                tr("The loss has risen from %1 to %2: training is not working. A smaller "
                   "learning rate may help.")
                    .arg(number(start), number(end)),
                0, 0};
    return {Finding::NotLearning, Tone::Warning,
            tr("The loss has hardly changed (from %1 to %2): the model is not learning much from "
               "these examples. Check that the answers follow a clear pattern, or try a larger "
               "learning rate.")
                .arg(number(start), number(end)),
            0, 0};
}

std::optional<TrainingAdvisor::Overfit> TrainingAdvisor::overfitting(const TrainingRun &run)
{
    const EpochMapping mapping = run.epochMapping();
    if (!mapping.isValid())
        return std::nullopt;
    const EpochValues epochs = perEpoch(run, mapping);
    const QList<double> &valid = epochs.validation;
    const qsizetype count = valid.size();
    if (count < risingEpochsNeeded + 1)
        return std::nullopt;
    int rising = 0;
    for (qsizetype e = count - 1; e > 0; --e) {
        if (std::isnan(valid.at(e)) || std::isnan(valid.at(e - 1)) ||
            valid.at(e) <= valid.at(e - 1) * (1 + risingMargin))
            break;
        ++rising;
    }
    if (rising < risingEpochsNeeded)
        return std::nullopt;
    const double trainNow = epochs.training.last();
    const double trainBefore = epochs.training.at(count - 1 - rising);
    if (std::isnan(trainNow) || std::isnan(trainBefore) || !(trainNow < trainBefore))
        return std::nullopt;
    qsizetype best = 0;
    for (qsizetype e = 1; e < count; ++e) {
        if (!std::isnan(valid.at(e)) &&
            (std::isnan(valid.at(best)) || valid.at(e) < valid.at(best)))
            best = e;
    }
    return Overfit{rising, int(best) + 1};
}

TrainingAdvisor::Reading
TrainingAdvisor::overfittingReading(const Overfit &overfit, const TrainingRun &run,
                                    const QList<int> &checkpointSteps) const
{
    const EpochMapping mapping = run.epochMapping();
    const bool checkpointAtBest =
        std::any_of(checkpointSteps.cbegin(), checkpointSteps.cend(),
                    [&](int step) { return mapping.epochOf(step) == overfit.bestEpoch; });
    const QString text =
        checkpointAtBest
            ? tr("The validation loss has risen for the last %n epochs while the training loss "
                 "keeps falling: the model may be memorising your examples; the checkpoint from "
                 "epoch %1 may answer better.",
                 nullptr, overfit.rising)
                  .arg(overfit.bestEpoch)
            : tr("The validation loss has risen for the last %n epochs while the training loss "
                 "keeps falling: the model may be memorising your examples. It did best after "
                 "epoch %1: training again with %1 epochs may answer better.",
                 nullptr, overfit.rising)
                  .arg(overfit.bestEpoch);
    return {Finding::Overfitting, Tone::Warning, text, overfit.bestEpoch, overfit.rising};
}

bool TrainingAdvisor::stillFalling(const QList<double> &loss, double start)
{
    // Where the loss stood about three quarters in, against where it ends.
    const qsizetype count = loss.size();
    const qsizetype from = count * 7 / 10;
    const qsizetype to = std::max(from + 1, count * 8 / 10);
    const double then = median(loss.mid(from, to - from));
    const double now = median(loss.last(tailLength(count)));
    const double lateFall = then - now;
    return lateFall >= stillFallingShare * (start - now) && lateFall >= 0.05 * then;
}

double TrainingAdvisor::noiseLevel(const QList<double> &loss)
{
    // The mean distance, relative to the local trend, of the second half's points from a
    // centred moving average: jumps, not the fall itself.
    const qsizetype count = loss.size();
    if (count < 2 * minimumPoints)
        return 0;
    const qsizetype half = std::clamp<qsizetype>(count / 40, 2, 50); // window of 2*half+1
    QList<double> prefix(count + 1, 0.0);
    for (qsizetype i = 0; i < count; ++i)
        prefix[i + 1] = prefix.at(i) + loss.at(i);
    double deviation = 0;
    qsizetype measured = 0;
    for (qsizetype i = count / 2; i < count; ++i) {
        const qsizetype lo = std::max<qsizetype>(0, i - half);
        const qsizetype hi = std::min(count, i + half + 1);
        const double trend = (prefix.at(hi) - prefix.at(lo)) / double(hi - lo);
        if (trend <= 0)
            continue;
        deviation += std::abs(loss.at(i) - trend) / trend;
        ++measured;
    }
    return measured == 0 ? 0 : deviation / double(measured);
}
