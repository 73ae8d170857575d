#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <optional>

// How far a run has come and how long it still needs, in words: "Step 120 of 300, about 4
// minutes left." The pace comes from when steps were seen (the time each poll brought its
// new steps, or the measurements' own times), over the recent part of the run so a job that
// waited in a queue or was paused does not skew it; the provider's own estimate stands in
// until two moments are known.
class TrainingProgress
{
    Q_DECLARE_TR_FUNCTIONS(TrainingProgress)

public:
    explicit TrainingProgress(const QLocale &locale = QLocale());

    // `step` was reached at `at`. Moments are kept in time order; older ones are dropped.
    void record(int step, const QDateTime &at);
    void clear();
    void setProviderEstimate(const QDateTime &finish) { m_providerFinish = finish; }

    // Seconds until `totalSteps`, seen from `now`; nothing while the pace is unknown.
    std::optional<qint64> secondsLeft(int step, int totalSteps, const QDateTime &now) const;
    // The sentence for the chart. A finished run says how many steps it took.
    QString describe(int step, std::optional<int> totalSteps, bool finished,
                     const QDateTime &now) const;
    QString timeLeft(qint64 seconds) const;

    static constexpr int keptMoments = 30;

private:
    struct Moment
    {
        int step;
        QDateTime at;
    };

    QLocale m_locale;
    QList<Moment> m_moments;
    QDateTime m_providerFinish;
};
