#include "jsonvalues.h"

#include <cmath>

namespace JsonValues {

QString string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble() && std::isfinite(value.toDouble()))
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonObject &object, QLatin1StringView key)
{
    return number(object.value(key));
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    // Seconds since 1970 up to the end of year 9999. A number beyond (milliseconds sent by
    // mistake, garbage) is no time: shown as such it would read "year 56000", and the
    // workspace, which keeps ISO 8601 text, could not store it (found by fuzzing).
    constexpr qint64 lastSecond = 253402300799; // 9999-12-31T23:59:59Z
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!(seconds >= 0 && seconds <= double(lastSecond)))
            return {};
        return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
    }
    if (value.isString())
        return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return {};
}

void insertOptional(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace JsonValues
