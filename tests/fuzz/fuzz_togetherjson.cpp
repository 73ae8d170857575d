// Together AI's answers: a job, events (no ids: hashes or time and position stand in), a
// checkpoint, a file, model limits, and the metrics answer (train and eval objects of one step
// merged, oldest step first), from any JSON.
#include "api/together/togetherjson.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

AJUSTE_FUZZ_TARGET(togetherjson)
{
    Fuzz::ensureApplication();
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    const Job job = TogetherJson::job(object);
    Fuzz::check(Job::fromStorageJson(job.toStorageJson()).sameState(job),
                "a job changes through the storage form",
                [&] { return QJsonDocument(object).toJson(); });
    TogetherJson::hyperparameters(object);
    TogetherJson::checkpoint(object, QStringLiteral("ft-1"));
    TogetherJson::file(object);
    TogetherJson::limits(object);
    TogetherJson::metricPoint(object);
    const QJsonArray items = object.value(QLatin1String("data")).toArray();
    TogetherJson::events(items);
    for (const QJsonValue &item : items) {
        TogetherJson::job(item.toObject());
        TogetherJson::checkpoint(item.toObject(), QStringLiteral("ft-1"));
        TogetherJson::file(item.toObject());
    }
    const QList<MetricPoint> points =
        TogetherJson::metricPoints(object.value(QLatin1String("metrics")).toArray());
    for (qsizetype i = 1; i < points.size(); ++i)
        Fuzz::check(points.at(i - 1).step < points.at(i).step,
                    "metric points out of step order or repeated",
                    [&] { return QJsonDocument(object).toJson(); });
    return 0;
}
