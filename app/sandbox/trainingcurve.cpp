#include "trainingcurve.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

TrainingCurve::TrainingCurve(quint64 seed, int totalSteps, bool preference)
    : m_seed(seed), m_totalSteps(std::max(1, totalSteps))
      // Chat fine-tunes start near 2 nats a token; DPO's loss starts at ln 2 (no preference yet).
      ,
      m_start(preference ? 0.693 : 2.1), m_floor(preference ? 0.08 : 0.22)
{
}

double TrainingCurve::trend(int step) const
{
    const double progress = double(step) / m_totalSteps;
    return m_floor + (m_start - m_floor) * std::exp(-4.0 * progress);
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
    return point(std::max(0.001, trend(step) * (1.0 + 0.15 * noise(step, 1))));
}

TrainingCurve::Point TrainingCurve::validation(int step) const
{
    return point(std::max(0.001, trend(step) * (1.12 + 0.12 * noise(step, 2))));
}

TrainingCurve::Point TrainingCurve::fullValidation(int step) const
{
    return point(std::max(0.001, trend(step) * (1.15 + 0.03 * noise(step, 3))));
}
