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
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC);
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
