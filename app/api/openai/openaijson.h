#pragma once

#include "core/jobs/checkpoint.h"
#include "core/jobs/finetunerequest.h"
#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"
#include "core/jobs/modelinfo.h"
#include "core/jobs/remotefile.h"

#include <QJsonObject>
#include <optional>

// OpenAI's fine-tuning, files and models JSON (openai-openapi.yaml) mapped onto Ajuste's
// provider-neutral job types. Azure OpenAI, the Sandbox and OpenAI-compatible fine-tuning
// services (Nebius...) speak the same JSON. Chat lives in OpenAiChatJson.
namespace OpenAiJson {
// OpenAI's status words; "paused" too, which OpenAI's own enum omits. Unknown words give
// JobStatus::Unknown (Job::statusText keeps the word).
JobStatus status(const QString &status);
QString statusText(JobStatus status);

// A fine_tuning.job object.
Job job(const QJsonObject &object);
// method.{type}.hyperparameters (or the deprecated top-level form): "auto" is left out.
Hyperparameters hyperparameters(const QJsonObject &object);
// The hyperparameters object for `method`: every setting OpenAI takes, "auto" where no value
// was chosen; beta only for DPO.
QJsonObject hyperparametersBody(const Hyperparameters &values, FineTuneMethod method);
// POST /fine_tuning/jobs body, with `method` (the top-level hyperparameters are deprecated).
QJsonObject createBody(const FineTuneRequest &request);

// A fine_tuning.job.event; metrics events carry their measurements, and OpenAI's
// "Checkpoint created at step N" message announces a checkpoint.
JobEvent event(const QJsonObject &object);
// A metrics event's data or a checkpoint's metrics (train_mean_token_accuracy...); nothing
// when the object has no step.
std::optional<MetricPoint> metricPoint(const QJsonObject &data);
Checkpoint checkpoint(const QJsonObject &object);

// A model of GET /models (with shutdown_date, YYYY-MM-DD or null; Azure's capabilities).
ModelInfo model(const QJsonObject &object);
RemoteFile file(const QJsonObject &object);
} // namespace OpenAiJson
