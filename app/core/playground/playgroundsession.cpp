#include "playgroundsession.h"

QJsonObject PlaygroundColumn::toJson() const
{
    return {{QStringLiteral("profile"), profileId},
            {QStringLiteral("model"), model},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("conversation"), conversation}};
}

PlaygroundColumn PlaygroundColumn::fromJson(const QJsonObject &object)
{
    PlaygroundColumn column;
    column.profileId = object.value(QLatin1String("profile")).toString();
    column.model = object.value(QLatin1String("model")).toString();
    column.settings = object.value(QLatin1String("settings")).toObject();
    column.conversation = object.value(QLatin1String("conversation")).toArray();
    return column;
}

QJsonArray PlaygroundSession::columnsJson() const
{
    QJsonArray array;
    for (const PlaygroundColumn &column : columns)
        array.append(column.toJson());
    return array;
}

QList<PlaygroundColumn> PlaygroundSession::columnsFrom(const QJsonArray &array)
{
    QList<PlaygroundColumn> result;
    for (const QJsonValue &value : array)
        result.append(PlaygroundColumn::fromJson(value.toObject()));
    return result;
}
