#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// Helpers for Ajuste's own storage JSON of jobs, events, metrics and checkpoints (the
// toStorageJson/fromStorageJson pairs): empty values are left out, times are ISO 8601 UTC.
namespace StorageJson {
void insertText(QJsonObject &object, QLatin1StringView key, const QString &value);
void insertTime(QJsonObject &object, QLatin1StringView key, const QDateTime &time);
void insertNumber(QJsonObject &object, QLatin1StringView key, const std::optional<double> &value);
QString text(const QJsonObject &object, QLatin1StringView key);
QDateTime time(const QJsonObject &object, QLatin1StringView key);
std::optional<double> number(const QJsonObject &object, QLatin1StringView key);
} // namespace StorageJson
