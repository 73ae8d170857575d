#include "chatmessage.h"

#include "jsonvalues.h"

#include <QJsonArray>

QJsonObject ChatToolCall::toOpenAiJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("type"), type},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}}};
}

ChatToolCall ChatToolCall::fromOpenAiJson(const QJsonObject &object)
{
    ChatToolCall call;
    call.id = JsonValues::string(object, QLatin1String("id"));
    const QString type = JsonValues::string(object, QLatin1String("type"));
    if (!type.isEmpty())
        call.type = type;
    const QJsonObject function = object.value(QLatin1String("function")).toObject();
    call.name = JsonValues::string(function, QLatin1String("name"));
    call.arguments = JsonValues::string(function, QLatin1String("arguments"));
    return call;
}

QJsonObject ChatMessage::toOpenAiJson() const
{
    QJsonObject object{{QStringLiteral("role"), role}};
    const bool callsOnly = !toolCalls.isEmpty() && content.isEmpty();
    object.insert(QStringLiteral("content"), callsOnly ? QJsonValue(QJsonValue::Null) : QJsonValue(content));
    JsonValues::insertOptional(object, QLatin1String("name"), name);
    JsonValues::insertOptional(object, QLatin1String("tool_call_id"), toolCallId);
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ChatToolCall &call : toolCalls)
            calls.append(call.toOpenAiJson());
        object.insert(QStringLiteral("tool_calls"), calls);
    }
    return object;
}
