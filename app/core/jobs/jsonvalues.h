#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small readers for provider JSON, where a field may be missing, null or of an unexpected
// type: they return "no value" instead of a misleading zero.
namespace JsonValues {
QString string(const QJsonObject &object, QLatin1StringView key);
std::optional<double> number(const QJsonValue &value);
std::optional<double> number(const QJsonObject &object, QLatin1StringView key);
std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key);
// Unix seconds (OpenAI) or an ISO 8601 date-time string (Together); invalid when absent.
QDateTime time(const QJsonObject &object, QLatin1StringView key);
void insertOptional(QJsonObject &object, QLatin1StringView key, const QString &value);
} // namespace JsonValues
