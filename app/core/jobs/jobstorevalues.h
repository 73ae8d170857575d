#pragma once

// How JobStore writes the core/jobs types into the workspace's columns and reads them back
// (the general rules are SqlValues', in core/workspace/sqlvalues.h).

#include "checkpoint.h"
#include "jobevent.h"
#include "jobrecord.h"
#include "metricpoint.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
class QSqlQuery;

namespace JobStoreValues {

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
