#pragma once

#include "metricpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

// One line of a job's history: a message ("Step 300/300: training loss=0.15") or a metrics
// event that carries the measurements of a step. The provider's client fills the neutral
// fields (metricPoint, announcesCheckpoint); `data` keeps the provider's own object.
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
    std::optional<MetricPoint> metricPoint; // the measurements of a metrics event
    bool announcesCheckpoint = false;       // a new saved version of the model exists now

    // The measurements of a metrics event; nothing for a plain message.
    std::optional<MetricPoint> metrics() const
    {
        return type == Type::Metrics ? metricPoint : std::nullopt;
    }

    // Ajuste's own storage form (see Job::toStorageJson); `data` is kept under "provider".
    QJsonObject toStorageJson() const;
    static JobEvent fromStorageJson(const QJsonObject &object);

    static Level levelFromId(const QString &id);
    static QString levelId(Level level); // "info", "warning", "error"
};
