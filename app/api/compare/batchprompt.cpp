#include "batchprompt.h"

#include "api/openai/openaichatjson.h"

#include <QJsonArray>

namespace {

ChatMessage messageFrom(const QJsonObject &object)
{
    ChatMessage message;
    message.role = object.value(QLatin1String("role")).toString();
    message.content = BatchPrompt::contentText(object.value(QLatin1String("content")));
    message.name = object.value(QLatin1String("name")).toString();
    message.toolCallId = object.value(QLatin1String("tool_call_id")).toString();
    const QJsonArray calls = object.value(QLatin1String("tool_calls")).toArray();
    for (const QJsonValue &call : calls)
        message.toolCalls.append(OpenAiChatJson::toolCall(call.toObject()));
    return message;
}

// An assistant turn as text: its words, or the tools it calls when it only calls tools.
QString answerText(const ChatMessage &message)
{
    if (!message.content.isEmpty() || message.toolCalls.isEmpty())
        return message.content;
    QStringList calls;
    for (const ChatToolCall &call : message.toolCalls)
        calls.append(call.name + QLatin1Char('(') + call.arguments + QLatin1Char(')'));
    return calls.join(QLatin1Char('\n'));
}

} // namespace

QString BatchPrompt::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray array = content.toArray();
    for (const QJsonValue &part : array) {
        const QJsonObject object = part.toObject();
        if (object.value(QLatin1String("type")).toString() == QLatin1String("text"))
            parts.append(object.value(QLatin1String("text")).toString());
    }
    return parts.join(QLatin1Char('\n'));
}

QString BatchPrompt::promptText() const
{
    if (messages.size() == 1 && messages.first().role == QLatin1String("user"))
        return messages.first().content;
    QStringList paragraphs;
    for (const ChatMessage &message : messages)
        paragraphs.append(message.role + QStringLiteral(": ") + answerText(message));
    return paragraphs.join(QStringLiteral("\n\n"));
}

std::optional<BatchPrompt> BatchPrompt::fromExampleJson(const QJsonObject &json,
                                                        const QString &label, qint64 exampleId)
{
    BatchPrompt prompt;
    prompt.label = label;
    prompt.exampleId = exampleId;
    const bool preference = json.contains(QLatin1String("input"));
    const QJsonArray messages =
        preference ? json.value(QLatin1String("input"))[QLatin1String("messages")].toArray()
                   : json.value(QLatin1String("messages")).toArray();
    for (const QJsonValue &value : messages)
        prompt.messages.append(messageFrom(value.toObject()));
    if (preference) {
        QJsonValue preferred = json.value(QLatin1String("preferred_output"));
        if (preferred.isUndefined())
            preferred = json.value(QLatin1String("preferred_completion"));
        const QJsonArray answers = preferred.toArray();
        if (!answers.isEmpty())
            prompt.reference = answerText(messageFrom(answers.first().toObject()));
    } else {
        for (qsizetype i = prompt.messages.size() - 1; i >= 0; --i) {
            if (prompt.messages.at(i).role == QLatin1String("assistant")) {
                prompt.reference = answerText(prompt.messages.at(i));
                prompt.messages.resize(i);
                break;
            }
        }
    }
    // Something must be asked: a conversation of instructions alone gets no useful answer.
    const bool asks = std::any_of(prompt.messages.cbegin(), prompt.messages.cend(),
                                  [](const ChatMessage &message) {
                                      return message.role != QLatin1String("system") &&
                                             message.role != QLatin1String("developer");
                                  });
    if (!asks)
        return std::nullopt;
    return prompt;
}
