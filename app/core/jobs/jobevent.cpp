#include "jobevent.h"

#include "storagejson.h"

QJsonObject JobEvent::toStorageJson() const
{
    using namespace StorageJson;
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("level"), levelId(level)}};
    insertTime(object, QLatin1String("createdAt"), createdAt);
    insertText(object, QLatin1String("message"), message);
    if (type == Type::Metrics)
        object.insert(QStringLiteral("type"), QStringLiteral("metrics"));
    if (metricPoint)
        object.insert(QStringLiteral("metrics"), metricPoint->toStorageJson());
    if (announcesCheckpoint)
        object.insert(QStringLiteral("announcesCheckpoint"), true);
    if (!data.isEmpty())
        object.insert(QStringLiteral("provider"), data);
    return object;
}

JobEvent JobEvent::fromStorageJson(const QJsonObject &object)
{
    using namespace StorageJson;
    JobEvent event;
    event.id = text(object, QLatin1String("id"));
    event.createdAt = time(object, QLatin1String("createdAt"));
    event.level = levelFromId(text(object, QLatin1String("level")));
    event.message = text(object, QLatin1String("message"));
    event.type = text(object, QLatin1String("type")) == QLatin1String("metrics") ? Type::Metrics
                                                                                 : Type::Message;
    event.metricPoint =
        MetricPoint::fromStorageJson(object.value(QLatin1String("metrics")).toObject());
    event.announcesCheckpoint = object.value(QLatin1String("announcesCheckpoint")).toBool();
    event.data = object.value(QLatin1String("provider")).toObject();
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

QString JobEvent::levelId(Level level)
{
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}
