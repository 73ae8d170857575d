// OpenAI's answers (also Azure's, the Sandbox's and compatible services'): a job, an event,
// a checkpoint, a file, a model, a metrics object, a whole chat completion, and lists of them
// under "data", decoded from any JSON; jobs, events, checkpoints and metrics also survive
// Ajuste's own storage form unchanged (what the workspace keeps is what the provider said).
#include "api/openai/openaichatjson.h"
#include "api/openai/openaijson.h"
#include "api/openai/openaitunablemodels.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

void decodeAll(const QJsonObject &object)
{
    const Job job = OpenAiJson::job(object);
    Fuzz::check(Job::fromStorageJson(job.toStorageJson()).sameState(job),
                "a job changes through the storage form",
                [&] { return QJsonDocument(object).toJson(QJsonDocument::Compact); });
    const JobEvent event = OpenAiJson::event(object);
    JobEvent::fromStorageJson(event.toStorageJson());
    const Checkpoint checkpoint = OpenAiJson::checkpoint(object);
    Fuzz::check(Checkpoint::fromStorageJson(checkpoint.toStorageJson()) == checkpoint,
                "a checkpoint changes through the storage form",
                [&] { return QJsonDocument(object).toJson(QJsonDocument::Compact); });
    if (const std::optional<MetricPoint> point = OpenAiJson::metricPoint(object)) {
        Fuzz::check(MetricPoint::fromStorageJson(point->toStorageJson()) == point,
                    "a metric point changes through the storage form",
                    [&] { return QJsonDocument(object).toJson(QJsonDocument::Compact); });
    }
    OpenAiJson::file(object);
    OpenAiJson::hyperparameters(object);
    OpenAiChatJson::result(object);
    OpenAiChatJson::usage(object);
    OpenAiChatJson::toolCall(object);
}

} // namespace

AJUSTE_FUZZ_TARGET(openaijson)
{
    Fuzz::ensureApplication();
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject page = document.object();
    decodeAll(page);
    QList<ModelInfo> models;
    for (const QJsonValue &item : page.value(QLatin1String("data")).toArray()) {
        decodeAll(item.toObject());
        models.append(OpenAiJson::model(item.toObject()));
    }
    OpenAiTunableModels::listedAndAdded(models, {QStringLiteral("gpt-4o-mini-2024-07-18")});
    return 0;
}
