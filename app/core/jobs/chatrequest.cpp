#include "chatrequest.h"

QJsonObject ChatRequest::toOpenAiJson(bool stream) const
{
    QJsonArray messageArray;
    for (const ChatMessage &message : messages)
        messageArray.append(message.toOpenAiJson());
    QJsonObject body{{QStringLiteral("model"), model}, {QStringLiteral("messages"), messageArray}};
    if (temperature)
        body.insert(QStringLiteral("temperature"), *temperature);
    if (topP)
        body.insert(QStringLiteral("top_p"), *topP);
    if (maxCompletionTokens)
        body.insert(QStringLiteral("max_completion_tokens"), *maxCompletionTokens);
    if (!stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(stop));
    if (seed)
        body.insert(QStringLiteral("seed"), *seed);
    if (!tools.isEmpty())
        body.insert(QStringLiteral("tools"), tools);
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    }
    return body;
}
