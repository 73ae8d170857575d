#pragma once

#include "metricpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A saved state of a job's model. On OpenAI it answers in chat under its own model name
// (`ft:...:ckpt-step-N`); elsewhere modelName may be empty (Together's checkpoints are files).
struct Checkpoint
{
    QString id;
    QDateTime createdAt;
    QString modelName;
    int stepNumber = 0;
    MetricPoint metrics;
    QString jobId;

    // Ajuste's own storage form (see Job::toStorageJson).
    QJsonObject toStorageJson() const;
    static Checkpoint fromStorageJson(const QJsonObject &object);

    friend bool operator==(const Checkpoint &, const Checkpoint &) = default;
};
