#pragma once

#include "core/jobs/checkpoint.h"
#include "core/jobs/finetunerequest.h"
#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"
#include "core/jobs/remotefile.h"
#include "core/jobs/tunablemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

// Together AI's fine-tuning JSON (together-openapi.yaml) mapped onto Ajuste's job types. The
// settings are Together's own (TogetherHyperparameters): nothing is converted from another
// provider's knobs.
namespace TogetherJson {
JobStatus status(const QString &status);
Job job(const QJsonObject &object);
// The settings a job reports it used, under Ajuste's keys.
Hyperparameters hyperparameters(const QJsonObject &object);

// POST /fine-tunes. A LoRA add-on's strength needs its size: pass `loraRank` when the request
// leaves the size automatic but sets the strength (see needsLoraRank).
QJsonObject createBody(const FineTuneRequest &request, std::optional<int> loraRank = std::nullopt);
QJsonObject estimateBody(const FineTuneRequest &request,
                         std::optional<int> loraRank = std::nullopt);
QJsonObject trainingMethod(const FineTuneRequest &request);
// Whether the request sets LoRA strength with an automatic size: the size must be looked up
// (the model's largest) before the body can be written.
bool needsLoraRank(const FineTuneRequest &request);

// Events have no id: the hash when present, otherwise time and position stand in for one.
// A checkpoint_save event announces a checkpoint.
QList<JobEvent> events(const QJsonArray &array);
Checkpoint checkpoint(const QJsonObject &object, const QString &jobId);
// One object of GET /fine-tunes/{id}/metrics ({"train/loss", "train/global_step"} or
// {"eval/loss", "eval/global_step"}; older answers say loss, eval_loss, global_step).
std::optional<MetricPoint> metricPoint(const QJsonObject &object);
// The whole answer: train and eval objects of the same step merged, oldest step first.
QList<MetricPoint> metricPoints(const QJsonArray &array);
RemoteFile file(const QJsonObject &object);
// GET /fine-tunes/models/limits
TunableModel::Limits limits(const QJsonObject &object);
} // namespace TogetherJson
