#include "hyperparameters.h"

#include <QJsonValue>
#include <cmath>

std::optional<int> Hyperparameters::integer(QLatin1StringView key) const
{
    const QVariant value = values.value(key);
    const auto type = value.typeId();
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
        type == QMetaType::ULongLong)
        return value.toInt();
    if (type == QMetaType::Double) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number))
            return int(number);
    }
    return std::nullopt;
}

std::optional<double> Hyperparameters::number(QLatin1StringView key) const
{
    const QVariant value = values.value(key);
    const auto type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::Float || type == QMetaType::Int ||
        type == QMetaType::LongLong || type == QMetaType::UInt || type == QMetaType::ULongLong) {
        const double number = value.toDouble();
        if (std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

std::optional<bool> Hyperparameters::flag(QLatin1StringView key) const
{
    const QVariant value = values.value(key);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return std::nullopt;
}

QString Hyperparameters::choice(QLatin1StringView key) const
{
    const QVariant value = values.value(key);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

QJsonObject Hyperparameters::toStorageJson() const
{
    return QJsonObject::fromVariantMap(values);
}

Hyperparameters Hyperparameters::fromStorageJson(const QJsonObject &object)
{
    Hyperparameters result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isBool())
            result.values.insert(it.key(), value.toBool());
        else if (value.isDouble() && value.toDouble() == std::floor(value.toDouble()) &&
                 std::abs(value.toDouble()) < 1e9)
            result.values.insert(it.key(), int(value.toDouble()));
        else if (value.isDouble())
            result.values.insert(it.key(), value.toDouble());
        else if (value.isString())
            result.values.insert(it.key(), value.toString());
    }
    return result;
}
