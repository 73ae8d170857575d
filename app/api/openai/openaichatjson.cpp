#include "openaichatjson.h"

#include "core/jobs/jsonvalues.h"

#include <QJsonArray>

namespace OpenAiChatJson {

QJsonObject toolCallJson(const ChatToolCall &call)
{
    return {
        {QStringLiteral("id"), call.id},
        {QStringLiteral("type"), call.type},
        {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                 {QStringLiteral("arguments"), call.arguments}}}};
}

ChatToolCall toolCall(const QJsonObject &object)
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

QJsonObject messageJson(const ChatMessage &message)
{
    QJsonObject object{{QStringLiteral("role"), message.role}};
    const bool callsOnly = !message.toolCalls.isEmpty() && message.content.isEmpty();
    object.insert(QStringLiteral("content"),
                  callsOnly ? QJsonValue(QJsonValue::Null) : QJsonValue(message.content));
    JsonValues::insertOptional(object, QLatin1String("name"), message.name);
    JsonValues::insertOptional(object, QLatin1String("tool_call_id"), message.toolCallId);
    if (!message.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ChatToolCall &call : message.toolCalls)
            calls.append(toolCallJson(call));
        object.insert(QStringLiteral("tool_calls"), calls);
    }
    return object;
}

QJsonObject requestBody(const ChatRequest &request, bool stream)
{
    QJsonArray messageArray;
    for (const ChatMessage &message : request.messages)
        messageArray.append(messageJson(message));
    QJsonObject body{{QStringLiteral("model"), request.model},
                     {QStringLiteral("messages"), messageArray}};
    if (request.temperature)
        body.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.topP)
        body.insert(QStringLiteral("top_p"), *request.topP);
    if (request.maxCompletionTokens)
        body.insert(QStringLiteral("max_completion_tokens"), *request.maxCompletionTokens);
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    if (request.seed)
        body.insert(QStringLiteral("seed"), *request.seed);
    if (!request.tools.isEmpty())
        body.insert(QStringLiteral("tools"), request.tools);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return body;
}

ChatUsage usage(const QJsonObject &object)
{
    ChatUsage usage;
    usage.promptTokens = JsonValues::integer(object, QLatin1String("prompt_tokens")).value_or(0);
    usage.completionTokens =
        JsonValues::integer(object, QLatin1String("completion_tokens")).value_or(0);
    usage.totalTokens = JsonValues::integer(object, QLatin1String("total_tokens"))
                            .value_or(usage.promptTokens + usage.completionTokens);
    return usage;
}

ChatResult result(const QJsonObject &object)
{
    ChatResult result;
    result.id = JsonValues::string(object, QLatin1String("id"));
    result.model = JsonValues::string(object, QLatin1String("model"));
    const QJsonObject choice = object.value(QLatin1String("choices")).toArray().at(0).toObject();
    const QJsonObject message = choice.value(QLatin1String("message")).toObject();
    result.content = JsonValues::string(message, QLatin1String("content"));
    result.refusal = JsonValues::string(message, QLatin1String("refusal"));
    const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
    for (const QJsonValue &call : calls)
        result.toolCalls.append(toolCall(call.toObject()));
    result.finishReason = JsonValues::string(choice, QLatin1String("finish_reason"));
    const QJsonValue usageValue = object.value(QLatin1String("usage"));
    if (usageValue.isObject())
        result.usage = usage(usageValue.toObject());
    return result;
}

} // namespace OpenAiChatJson
