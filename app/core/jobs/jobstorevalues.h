#pragma once

// How JobStore writes the core/jobs types into the workspace's columns and reads them back:
// times as milliseconds since the epoch (NULL when unknown), lists and objects as compact
// JSON, optional numbers as NULL when missing.

#include "checkpoint.h"
#include "jobevent.h"
#include "jobrecord.h"
#include "metricpoint.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVariant>
#include <optional>

class QSqlQuery;

namespace JobStoreValues {

QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
// The SQLite driver binds a null QString as NULL; NOT NULL text columns need "".
QVariant text(const QString &value);
template <typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
std::optional<double> optionalDouble(const QVariant &value);
std::optional<int> optionalInt(const QVariant &value);
QString compact(const QJsonObject &object);
QString compact(const QJsonArray &array);
QJsonObject objectFrom(const QVariant &value);
QJsonArray arrayFrom(const QVariant &value);
QString levelId(JobEvent::Level level);
// An event's id, or one made of the event itself when the provider sent none.
QString eventKey(const JobEvent &event);
// A checkpoint's measurements in OpenAI's words, so MetricPoint::fromOpenAiJson reads them.
QJsonObject metricsJson(const MetricPoint &point);
QJsonObject metadataJson(const QMap<QString, QString> &metadata);
QMap<QString, QString> metadataFrom(const QJsonObject &object);
// The jobs columns recordFrom() reads, in its order.
const QString &jobColumns();
JobRecord recordFrom(const QSqlQuery &query);

} // namespace JobStoreValues
