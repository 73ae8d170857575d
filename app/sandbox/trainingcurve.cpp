#include "trainingcurve.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace {

// How strongly a dataset of n examples can be memorised: most of it for ten examples, almost
// nothing for thousands.
double smallDatasetShare(int examples)
{
    return 30.0 / (30.0 + std::max(1, examples));
}

} // namespace

TrainingCurve::TrainingCurve(quint64 seed, const Shape &shape)
    : m_seed(seed), m_shape(shape),
      // Chat fine-tunes start near 2 nats a token; DPO's loss starts at ln 2 (no preference yet).
      m_start(shape.preference ? 0.693 : 2.1), m_floor(shape.preference ? 0.2 : 0.45)
{
    m_shape.totalSteps = std::max(1, shape.totalSteps);
    m_shape.epochs = std::max(1, shape.epochs);
    const double stepsPerEpoch = double(m_shape.totalSteps) / m_shape.epochs;
    m_fastSteps = std::clamp(0.15 * stepsPerEpoch, 3.0, 60.0);
    const double small = smallDatasetShare(shape.examples);
    m_memoryShare = 0.95 * std::sqrt(small);
    m_onset = 1.0 + 0.5 * std::log10(std::max(1, shape.examples));
    m_overfitRate = 0.25 * m_floor * small;
}

double TrainingCurve::epochAt(int step) const
{
    return double(step) * m_shape.epochs / m_shape.totalSteps;
}

double TrainingCurve::general(int step) const
{
    // A fast fall over the first steps, then a slow one over the first epochs.
    const double epoch = epochAt(step);
    const double settled = m_floor * (1.0 + 0.3 * std::exp(-epoch / 0.8));
    return settled + (m_start - m_floor * 1.3) * std::exp(-(step - 1) / m_fastSteps);
}

double TrainingCurve::memorised(int step) const
{
    // Mostly in steps at each epoch's start, when the examples come round again.
    const double epoch = epochAt(step);
    const double seen = 0.7 * std::floor(epoch) + 0.3 * epoch;
    return m_memoryShare * (1.0 - std::exp(-seen / 3.0));
}

double TrainingCurve::overfitting(int step) const
{
    const double past = epochAt(step) - m_onset;
    return past > 0 ? m_overfitRate * std::pow(past, 1.2) : 0.0;
}

double TrainingCurve::noise(int step, int stream) const
{
    QRandomGenerator random(
        quint32(m_seed * 2654435761u + quint64(step) * 40503u + quint64(stream) * 97u));
    return random.generateDouble() * 2.0 - 1.0;
}

TrainingCurve::Point TrainingCurve::point(double loss) const
{
    const double accuracy = std::clamp(0.98 - 0.25 * loss / (m_start / 2.1), 0.0, 1.0);
    return {loss, accuracy};
}

TrainingCurve::Point TrainingCurve::train(int step) const
{
    const double trend = general(step) * (1.0 - memorised(step));
    return point(std::max(0.001, trend * (1.0 + 0.15 * noise(step, 1))));
}

TrainingCurve::Point TrainingCurve::validation(int step) const
{
    const double trend = general(step) * 1.08 + overfitting(step);
    return point(std::max(0.001, trend * (1.0 + 0.10 * noise(step, 2))));
}

TrainingCurve::Point TrainingCurve::fullValidation(int step) const
{
    const double trend = general(step) * 1.08 + overfitting(step);
    return point(std::max(0.001, trend * (1.0 + 0.02 * noise(step, 3))));
}
