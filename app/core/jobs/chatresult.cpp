#include "chatresult.h"

#include "jsonvalues.h"

#include <QJsonArray>

ChatUsage ChatUsage::fromOpenAiJson(const QJsonObject &object)
{
    ChatUsage usage;
    usage.promptTokens = JsonValues::integer(object, QLatin1String("prompt_tokens")).value_or(0);
    usage.completionTokens = JsonValues::integer(object, QLatin1String("completion_tokens")).value_or(0);
    usage.totalTokens = JsonValues::integer(object, QLatin1String("total_tokens"))
                            .value_or(usage.promptTokens + usage.completionTokens);
    return usage;
}

ChatResult ChatResult::fromOpenAiJson(const QJsonObject &object)
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
        result.toolCalls.append(ChatToolCall::fromOpenAiJson(call.toObject()));
    result.finishReason = JsonValues::string(choice, QLatin1String("finish_reason"));
    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (usage.isObject())
        result.usage = ChatUsage::fromOpenAiJson(usage.toObject());
    return result;
}
