#pragma once

#include "metricpoint.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A saved state of a job's model, usable in chat under its own model name
// (`ft:...:ckpt-step-N` on OpenAI).
struct Checkpoint
{
    QString id;
    QDateTime createdAt;
    QString modelName;
    int stepNumber = 0;
    MetricPoint metrics;
    QString jobId;

    static Checkpoint fromOpenAiJson(const QJsonObject &object);
};
