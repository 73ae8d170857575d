#include "jobformat.h"

QString JobFormat::dateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString JobFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s", "seconds", int(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", "minutes", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min", "hours and minutes").arg(hours).arg(minutes % 60);
    return tr("%n day(s) %1 h", "days and hours", int(hours / 24)).arg(hours % 24);
}

qint64 JobFormat::elapsedSeconds(const QDateTime &created, const QDateTime &finished,
                                 const QDateTime &now)
{
    if (!created.isValid())
        return -1;
    const QDateTime end = finished.isValid() ? finished : now;
    return std::max<qint64>(0, created.secsTo(end));
}

QString JobFormat::tokens(std::optional<qint64> tokens, const QLocale &locale)
{
    return tokens ? locale.toString(*tokens) : QString();
}

QString JobFormat::measurement(std::optional<double> value, const QLocale &locale)
{
    return value ? locale.toString(*value, 'f', 4) : QString();
}
