#include "trainingprogress.h"

#include <algorithm>
#include <cmath>

TrainingProgress::TrainingProgress(const QLocale &locale) : m_locale(locale) {}

void TrainingProgress::record(int step, const QDateTime &at)
{
    if (!at.isValid())
        return;
    if (!m_moments.isEmpty()) {
        const Moment &last = m_moments.last();
        if (step <= last.step || at < last.at)
            return; // nothing new, or out of order: the pace needs steps forward in time
    }
    m_moments.append({step, at});
    if (m_moments.size() > keptMoments)
        m_moments.removeFirst();
}

void TrainingProgress::clear()
{
    m_moments.clear();
    m_providerFinish = {};
}

std::optional<qint64> TrainingProgress::secondsLeft(int step, int totalSteps,
                                                    const QDateTime &now) const
{
    if (step >= totalSteps)
        return 0;
    if (m_moments.size() >= 2) {
        const Moment &first = m_moments.first();
        const Moment &last = m_moments.last();
        const double seconds = first.at.msecsTo(last.at) / 1000.0;
        const int steps = last.step - first.step;
        if (seconds > 0 && steps > 0) {
            const double perStep = seconds / steps;
            // Time already spent since the last moment counts against what is left.
            const double sinceLast = std::max(0.0, last.at.msecsTo(now) / 1000.0);
            const double left = (totalSteps - last.step) * perStep - sinceLast;
            return qint64(std::llround(std::max(0.0, left)));
        }
    }
    if (m_providerFinish.isValid() && now.isValid())
        return std::max<qint64>(0, now.secsTo(m_providerFinish));
    return std::nullopt;
}

QString TrainingProgress::timeLeft(qint64 seconds) const
{
    if (seconds < 45)
        return tr("less than a minute left");
    const qint64 minutes = std::max<qint64>(1, (seconds + 30) / 60);
    if (minutes < 90)
        return tr("about %n minutes left", nullptr, int(minutes));
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 36)
        return tr("about %n hours left", nullptr, int(hours));
    return tr("about %n days left", nullptr, int((hours + 12) / 24));
}

QString TrainingProgress::describe(int step, std::optional<int> totalSteps, bool finished,
                                   const QDateTime &now) const
{
    if (finished)
        return tr("Training is over: all %Ln steps are done.", nullptr, step);
    if (step <= 0)
        return tr("Waiting for the first step.");
    if (!totalSteps || *totalSteps <= 0)
        return tr("Step %1.").arg(m_locale.toString(step));
    if (step >= *totalSteps)
        return tr("All %1 steps are done: the provider is finishing the model.")
            .arg(m_locale.toString(*totalSteps));
    const QString where =
        tr("Step %1 of %2").arg(m_locale.toString(step), m_locale.toString(*totalSteps));
    const std::optional<qint64> left = secondsLeft(step, *totalSteps, now);
    if (!left)
        return where + QLatin1Char('.');
    return tr("%1, %2.").arg(where, timeLeft(*left));
}
