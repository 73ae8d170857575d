#pragma once

// How the workspace's stores put values into SQLite columns and read them back: times as
// milliseconds since the epoch (NULL when unknown), objects and lists as compact JSON,
// optional numbers as NULL when missing.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <optional>

namespace SqlValues {

// The SQLite driver binds a null QString as NULL; NOT NULL text columns need "".
QVariant text(const QString &value);

template <typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
std::optional<double> optionalDouble(const QVariant &value);
std::optional<int> optionalInt(const QVariant &value);
std::optional<qint64> optionalInteger(const QVariant &value);

QVariant time(const QDateTime &time);
QDateTime timeFrom(const QVariant &value); // invalid for NULL or 0

QString compact(const QJsonObject &object);
QString compact(const QJsonArray &array);
QJsonObject objectFrom(const QVariant &value);
QJsonArray arrayFrom(const QVariant &value);

} // namespace SqlValues
