#pragma once

#include <QtGlobal>

// The metrics of a simulated run, shaped like a real fine-tune's so the chart and its advice
// have something worth reading: the loss falls fast in the first steps (the model picks up
// the format), then flattens; each new epoch lowers the training loss a little more as the
// model starts to remember the examples it has seen, and with few examples trained for many
// epochs the validation loss turns up after a couple of epochs while the training loss keeps
// falling (overfitting). Noise like a real run's on top; token accuracy rises as the loss
// falls. Every value depends only on the seed, the run's shape and the step, so a job replays
// identically and points can be asked in any order.
class TrainingCurve
{
public:
    struct Point
    {
        double loss = 0;
        double accuracy = 0;
    };

    struct Shape
    {
        int totalSteps = 1;
        int epochs = 1;
        int examples = 10;
        bool preference = false; // DPO: the loss starts at ln 2
    };

    TrainingCurve(quint64 seed, const Shape &shape);

    Point train(int step) const;
    // A small validation batch: noisier, and above the training loss.
    Point validation(int step) const;
    // The whole validation set at the end of an epoch: smooth, above the training loss.
    Point fullValidation(int step) const;

    // The epoch (fractional, from 0) from which the validation loss rises: earlier with fewer
    // examples; far beyond any run with thousands of them.
    double overfitOnset() const { return m_onset; }

private:
    double epochAt(int step) const;
    double general(int step) const;           // what the model learned that carries over
    double memorised(int step) const;         // 0..1: how much it remembers its own examples
    double overfitting(int step) const;       // what validation loses to that
    double noise(int step, int stream) const; // uniform in [-1, 1]
    Point point(double loss) const;

    quint64 m_seed;
    Shape m_shape;
    double m_start;
    double m_floor;
    double m_fastSteps;
    double m_memoryShare;
    double m_onset;
    double m_overfitRate;
};
