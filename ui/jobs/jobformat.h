#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <optional>

// How the Jobs screens write times, durations, token counts and measurements: in the user's
// locale ("26/11/2026 14:05", "1.234.567"), durations in words ("1 h 12 min").
class JobFormat
{
    Q_DECLARE_TR_FUNCTIONS(JobFormat)

public:
    // Local time, the locale's short form; empty for an invalid time.
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
    // "45 s", "12 min", "1 h 12 min", "2 days 3 h"; empty when negative.
    static QString duration(qint64 seconds);
    // How long a job has run: from its start to its end, or to now while it runs.
    static qint64 elapsedSeconds(const QDateTime &created, const QDateTime &finished,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QString tokens(std::optional<qint64> tokens, const QLocale &locale = QLocale());
    // A loss or an accuracy with the locale's decimal sign, 4 significant decimals.
    static QString measurement(std::optional<double> value, const QLocale &locale = QLocale());
};
