#pragma once

#include "metricpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One line of a job's history: a message ("Step 300/300: training loss=0.15") or a metrics
// event whose data holds the measurements of a step.
struct JobEvent
{
    enum class Level { Info, Warning, Error };
    enum class Type { Message, Metrics };

    QString id;
    QDateTime createdAt;
    Level level = Level::Info;
    QString message;
    Type type = Type::Message;
    QJsonObject data;

    // The measurements of a metrics event; nothing for a plain message.
    std::optional<MetricPoint> metrics() const;

    static JobEvent fromOpenAiJson(const QJsonObject &object);
    static Level levelFromId(const QString &id);
};
