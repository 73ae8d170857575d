#pragma once

#include "trainingrun.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// Reads a training curve in plain words, for people who do not program: whether training is
// going well, whether the model starts memorising its examples (validation loss rising for
// epochs while the training loss keeps falling, naming the best epoch and its checkpoint),
// whether more epochs could help, whether the loss jumps around too much, or whether the model
// is not learning. The rules are fixed and deterministic, so the same run always reads the
// same; they are tested on crafted curves.
class TrainingAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(TrainingAdvisor)

public:
    enum class Finding {
        Waiting,      // too few measurements yet
        GoingWell,    // the loss has fallen clearly
        SlowProgress, // it has fallen a little
        NotLearning,  // flat, or rising
        Overfitting,  // validation rising for epochs while training falls
        StillFalling, // a finished run whose loss was still going down
        Noisy,        // the loss jumps around a lot
    };
    enum class Tone { Good, Neutral, Warning };

    struct Reading
    {
        Finding finding = Finding::Waiting;
        Tone tone = Tone::Neutral;
        QString text;
        int bestEpoch = 0;    // Overfitting: the epoch with the lowest validation loss
        int risingEpochs = 0; // Overfitting: how many epochs it has risen for
    };

    struct Context
    {
        QList<int> checkpointSteps; // steps where the provider saved a usable model
        bool finished = false;      // the job has ended: no more points will come
    };

    // The rules' thresholds, named so the tests and the reader know them.
    static constexpr int minimumPoints = 10;
    static constexpr double goingWellFall = 0.30;     // the loss fell by at least 30 %
    static constexpr double someFall = 0.05;          // below 5 % it has hardly changed
    static constexpr int risingEpochsNeeded = 2;      // validation up for 2 epochs in a row
    static constexpr double risingMargin = 0.005;     // a rise smaller than 0.5 % is no rise
    static constexpr double stillFallingShare = 0.10; // of the whole fall, in the last 25 %
    static constexpr double noisyDeviation = 0.20;    // mean jump around the local trend

    explicit TrainingAdvisor(const QLocale &locale = QLocale());

    // In the order to show them: the main reading first.
    QList<Reading> read(const TrainingRun &run, const Context &context) const;
    QList<Reading> read(const TrainingRun &run) const { return read(run, Context()); }

private:
    struct Overfit
    {
        int rising = 0;
        int bestEpoch = 0;
    };

    Reading headline(const QList<double> &loss, double start, double end, double progress,
                     bool finished) const;
    static std::optional<Overfit> overfitting(const TrainingRun &run);
    Reading overfittingReading(const Overfit &overfit, const TrainingRun &run,
                               const QList<int> &checkpointSteps) const;
    static bool stillFalling(const QList<double> &loss, double start);
    static double noiseLevel(const QList<double> &loss);
    QString number(double value) const;

    QLocale m_locale;
};
