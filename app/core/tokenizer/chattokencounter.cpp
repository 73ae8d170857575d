#include "chattokencounter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonValue firstPresent(const QJsonObject &object, QLatin1StringView name,
                        QLatin1StringView olderName)
{
    const QJsonValue value = object.value(name);
    return value.isUndefined() ? object.value(olderName) : value;
}

} // namespace

ChatTokenCounter::ChatTokenCounter(TokenEncoding encoding) : m_tokenizer(encoding) {}

ChatTokenCount ChatTokenCounter::count(const QJsonObject &example) const
{
    ChatTokenCount result;
    QJsonValue tools = example.value("tools"_L1);
    if (example.contains("messages"_L1)) {
        addMessages(example.value("messages"_L1).toArray(), result);
    } else if (example.value("input"_L1).isObject()) {
        const QJsonObject input = example.value("input"_L1).toObject();
        addMessages(input.value("messages"_L1).toArray(), result);
        if (tools.isUndefined())
            tools = input.value("tools"_L1);
        addMessages(
            firstPresent(example, "preferred_output"_L1, "preferred_completion"_L1).toArray(),
            result);
        addMessages(firstPresent(example, "non_preferred_output"_L1, "non_preferred_completion"_L1)
                        .toArray(),
                    result);
    } else {
        return result; // not a chat example: nothing the notebook would count
    }
    result.total += ReplyPrimingTokens;
    if (tools.isArray() && !tools.toArray().isEmpty())
        result.total += jsonTokens(tools);
    return result;
}

void ChatTokenCounter::addMessages(const QJsonArray &messages, ChatTokenCount &count) const
{
    for (const QJsonValue &message : messages)
        addMessage(message.toObject(), count);
}

void ChatTokenCounter::addMessage(const QJsonObject &message, ChatTokenCount &count) const
{
    ++count.messages;
    count.total += TokensPerMessage;
    for (auto it = message.begin(); it != message.end(); ++it) {
        if (it.key() == "weight"_L1)
            continue;
        count.total +=
            it.key() == "content"_L1 ? contentTokens(it.value()) : valueTokens(it.value());
        if (it.key() == "name"_L1)
            count.total += TokensPerName;
    }
    const bool assistant = message.value("role"_L1).toString() == "assistant"_L1;
    if (assistant && message.value("weight"_L1).toDouble(1.0) != 0.0)
        count.trained += replyTokens(message);
}

// What the model learns from an assistant reply: its content and its tool calls.
qint64 ChatTokenCounter::replyTokens(const QJsonObject &message) const
{
    qint64 tokens = contentTokens(message.value("content"_L1));
    for (const auto key : {"tool_calls"_L1, "function_call"_L1}) {
        const QJsonValue calls = message.value(key);
        if (calls.isArray() || calls.isObject())
            tokens += jsonTokens(calls);
    }
    return tokens;
}

qint64 ChatTokenCounter::contentTokens(const QJsonValue &content) const
{
    if (!content.isArray())
        return valueTokens(content);
    qint64 tokens = 0;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonValue text = part.toObject().value("text"_L1);
        tokens += text.isString() ? m_tokenizer.count(text.toString()) : jsonTokens(part);
    }
    return tokens;
}

qint64 ChatTokenCounter::valueTokens(const QJsonValue &value) const
{
    switch (value.type()) {
    case QJsonValue::String:
        return m_tokenizer.count(value.toString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return 0;
    default:
        return jsonTokens(value);
    }
}

// The tokens of the value written as compact JSON: the estimate for tools and tool calls.
qint64 ChatTokenCounter::jsonTokens(const QJsonValue &value) const
{
    QByteArray json;
    if (value.isArray())
        json = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else // a number or true/false: as JSON writes it, without the brackets around it
        json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    return m_tokenizer.countUtf8(json);
}
