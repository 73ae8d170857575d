#include "chatstreamassembler.h"

#include "api/openai/openaichatjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

ChatStreamAssembler::Update ChatStreamAssembler::feed(const QByteArray &bytes)
{
    Update update;
    const QList<SseStreamParser::Event> events = m_parser.feed(bytes);
    for (const SseStreamParser::Event &event : events) {
        if (m_done)
            break;
        if (event.data.trimmed() == QLatin1String("[DONE]")) {
            m_done = true;
            break;
        }
        applyChunk(event.data, update);
    }
    if (update.toolCallsChanged)
        m_result.toolCalls = m_toolCalls.values();
    return update;
}

void ChatStreamAssembler::applyChunk(const QString &data, Update &update)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return; // keep-alive noise; a real problem shows as a missing [DONE]
    const QJsonObject chunk = document.object();
    if (chunk.contains(QLatin1String("error"))) {
        const QJsonObject error = chunk.value(QLatin1String("error")).toObject();
        const QString message = error.value(QLatin1String("message")).toString();
        update.error = ApiError::make(ApiError::Kind::ServerError, message);
        update.error.code = error.value(QLatin1String("code")).toVariant().toString();
        return;
    }
    if (m_result.id.isEmpty())
        m_result.id = chunk.value(QLatin1String("id")).toString();
    if (m_result.model.isEmpty())
        m_result.model = chunk.value(QLatin1String("model")).toString();
    const QJsonValue usage = chunk.value(QLatin1String("usage"));
    if (usage.isObject())
        m_result.usage = OpenAiChatJson::usage(usage.toObject());
    const QJsonObject choice = chunk.value(QLatin1String("choices")).toArray().at(0).toObject();
    if (choice.isEmpty())
        return;
    const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
    if (finish.isString())
        m_result.finishReason = finish.toString();
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    const QString text = delta.value(QLatin1String("content")).toString();
    if (!text.isEmpty()) {
        m_result.content += text;
        update.text += text;
    }
    m_result.refusal += delta.value(QLatin1String("refusal")).toString();
    const QJsonArray calls = delta.value(QLatin1String("tool_calls")).toArray();
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        ChatToolCall &target = m_toolCalls[call.value(QLatin1String("index")).toInt()];
        const QString id = call.value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            target.id = id;
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        const QString name = function.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            target.name = name;
        target.arguments += function.value(QLatin1String("arguments")).toString();
        update.toolCallsChanged = true;
    }
}

ApiError ChatStreamAssembler::finish() const
{
    if (m_done)
        return {};
    return ApiError::make(ApiError::Kind::StreamCut);
}
