#include "jobevent.h"

#include "jsonvalues.h"

std::optional<MetricPoint> JobEvent::metrics() const
{
    if (type != Type::Metrics)
        return std::nullopt;
    return MetricPoint::fromOpenAiJson(data);
}

JobEvent JobEvent::fromOpenAiJson(const QJsonObject &object)
{
    JobEvent event;
    event.id = JsonValues::string(object, QLatin1String("id"));
    event.createdAt = JsonValues::time(object, QLatin1String("created_at"));
    event.level = levelFromId(JsonValues::string(object, QLatin1String("level")));
    event.message = JsonValues::string(object, QLatin1String("message"));
    event.data = object.value(QLatin1String("data")).toObject();
    const bool metrics = object.value(QLatin1String("type")).toString() == QLatin1String("metrics");
    event.type = metrics ? Type::Metrics : Type::Message;
    return event;
}

JobEvent::Level JobEvent::levelFromId(const QString &id)
{
    if (id.startsWith(QLatin1String("warn")))
        return Level::Warning;
    if (id == QLatin1String("error"))
        return Level::Error;
    return Level::Info;
}
