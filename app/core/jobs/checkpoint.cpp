#include "checkpoint.h"

#include "jsonvalues.h"

Checkpoint Checkpoint::fromOpenAiJson(const QJsonObject &object)
{
    Checkpoint checkpoint;
    checkpoint.id = JsonValues::string(object, QLatin1String("id"));
    checkpoint.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    checkpoint.modelName = JsonValues::string(object, QLatin1String("fine_tuned_model_checkpoint"));
    checkpoint.stepNumber = int(JsonValues::integer(object, QLatin1String("step_number")).value_or(0));
    checkpoint.jobId = JsonValues::string(object, QLatin1String("fine_tuning_job_id"));
    QJsonObject metrics = object.value(QLatin1String("metrics")).toObject();
    if (!metrics.contains(QLatin1String("step")))
        metrics.insert(QStringLiteral("step"), checkpoint.stepNumber);
    checkpoint.metrics = MetricPoint::fromOpenAiJson(metrics).value_or(MetricPoint{});
    return checkpoint;
}
