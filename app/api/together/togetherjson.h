#pragma once

#include "core/jobs/checkpoint.h"
#include "core/jobs/finetunerequest.h"
#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"
#include "core/jobs/remotefile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

// Together AI's fine-tuning JSON (together-openapi.yaml) mapped onto Ajuste's job types.
namespace TogetherJson {
// Together's learning_rate is absolute; Ajuste speaks OpenAI's multiplier of this default.
constexpr double DefaultLearningRate = 1e-5;

JobStatus status(const QString &status);
Job job(const QJsonObject &object);
QJsonObject createBody(const FineTuneRequest &request);
QJsonObject estimateBody(const FineTuneRequest &request);
QJsonObject trainingMethod(const FineTuneRequest &request);
// Events have no id: the hash when present, otherwise time and position stand in for one.
QList<JobEvent> events(const QJsonArray &array);
Checkpoint checkpoint(const QJsonObject &object, const QString &jobId);
std::optional<MetricPoint> metricPoint(const QJsonObject &object);
RemoteFile file(const QJsonObject &object);
} // namespace TogetherJson
