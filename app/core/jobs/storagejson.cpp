#include "storagejson.h"

namespace StorageJson {

void insertText(QJsonObject &object, QLatin1StringView key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertTime(QJsonObject &object, QLatin1StringView key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, time.toUTC().toString(Qt::ISODateWithMs));
}

void insertNumber(QJsonObject &object, QLatin1StringView key, const std::optional<double> &value)
{
    if (value)
        object.insert(key, *value);
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QDateTime time(const QJsonObject &object, QLatin1StringView key)
{
    const QString value = object.value(key).toString();
    if (value.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

std::optional<double> number(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

} // namespace StorageJson
