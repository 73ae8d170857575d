#pragma once

#include <QtGlobal>

// The metrics of a simulated run: a loss that falls quickly then flattens, with noise like a
// real run's, and a token accuracy that rises as the loss falls. Every value depends only on
// the seed and the step, so a job replays identically and points can be asked in any order.
class TrainingCurve
{
public:
    struct Point
    {
        double loss = 0;
        double accuracy = 0;
    };

    TrainingCurve(quint64 seed, int totalSteps, bool preference);

    Point train(int step) const;
    // A small validation batch: noisier and a little above the training loss.
    Point validation(int step) const;
    // The whole validation set at the end of an epoch: smooth, above the training loss.
    Point fullValidation(int step) const;

private:
    double trend(int step) const;
    double noise(int step, int stream) const; // uniform in [-1, 1]
    Point point(double loss) const;

    quint64 m_seed;
    int m_totalSteps;
    double m_start;
    double m_floor;
};
