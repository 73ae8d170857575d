#include "playgroundconversation.h"

namespace {

const QString Role = QStringLiteral("role");
const QString Content = QStringLiteral("content");

ApiError::Kind kindFromId(const QString &id)
{
    // The stable ids of ApiError::kindId, searched rather than stored as numbers so a newer
    // Ajuste's order of kinds cannot change what an old session says.
    for (int kind = int(ApiError::Kind::None); kind <= int(ApiError::Kind::KeychainLocked);
         ++kind) {
        if (ApiError::kindId(ApiError::Kind(kind)) == id)
            return ApiError::Kind(kind);
    }
    return ApiError::Kind::BadResponse;
}

} // namespace

QJsonObject AnswerStats::toJson() const
{
    QJsonObject object{{QStringLiteral("first_token_ms"), firstTokenMs},
                       {QStringLiteral("total_ms"), totalMs},
                       {QStringLiteral("input_tokens"), inputTokens},
                       {QStringLiteral("output_tokens"), outputTokens},
                       {QStringLiteral("estimated"), tokensEstimated}};
    if (costUsd)
        object.insert(QStringLiteral("cost_usd"), *costUsd);
    return object;
}

AnswerStats AnswerStats::fromJson(const QJsonObject &object)
{
    AnswerStats stats;
    stats.firstTokenMs = object.value(QLatin1String("first_token_ms")).toInteger(-1);
    stats.totalMs = object.value(QLatin1String("total_ms")).toInteger();
    stats.inputTokens = object.value(QLatin1String("input_tokens")).toInteger();
    stats.outputTokens = object.value(QLatin1String("output_tokens")).toInteger();
    stats.tokensEstimated = object.value(QLatin1String("estimated")).toBool();
    const QJsonValue cost = object.value(QLatin1String("cost_usd"));
    if (cost.isDouble())
        stats.costUsd = cost.toDouble();
    return stats;
}

QJsonObject PlaygroundConversation::userMessage(const QString &text)
{
    return {{Role, QStringLiteral("user")}, {Content, text}};
}

QJsonObject PlaygroundConversation::answerMessage(const QString &text, const AnswerStats &stats,
                                                  const ApiError &error)
{
    QJsonObject message{{Role, QStringLiteral("assistant")},
                        {Content, text},
                        {QLatin1String(StatsKey), stats.toJson()}};
    if (error) {
        message.insert(QLatin1String(ErrorKey),
                       QJsonObject{{QStringLiteral("kind"), ApiError::kindId(error.kind)},
                                   {QStringLiteral("message"), error.userMessage},
                                   {QStringLiteral("details"), error.detailsText()}});
    }
    return message;
}

QString PlaygroundConversation::role(const QJsonValue &message)
{
    return message.toObject().value(Role).toString();
}

QString PlaygroundConversation::text(const QJsonValue &message)
{
    return message.toObject().value(Content).toString();
}

bool PlaygroundConversation::isUser(const QJsonValue &message)
{
    return role(message) == QLatin1String("user");
}

bool PlaygroundConversation::isAnswer(const QJsonValue &message)
{
    return role(message) == QLatin1String("assistant");
}

AnswerStats PlaygroundConversation::stats(const QJsonValue &message)
{
    return AnswerStats::fromJson(message.toObject().value(QLatin1String(StatsKey)).toObject());
}

ApiError PlaygroundConversation::error(const QJsonValue &message)
{
    const QJsonObject object = message.toObject().value(QLatin1String(ErrorKey)).toObject();
    if (object.isEmpty())
        return {};
    ApiError error;
    error.kind = kindFromId(object.value(QLatin1String("kind")).toString());
    error.userMessage = object.value(QLatin1String("message")).toString();
    error.details = object.value(QLatin1String("details")).toString();
    return error;
}

QList<ChatMessage> PlaygroundConversation::requestMessages(const QString &systemPrompt,
                                                           const QJsonArray &conversation)
{
    QList<ChatMessage> messages;
    if (!systemPrompt.trimmed().isEmpty())
        messages.append(ChatMessage::system(systemPrompt));
    for (const QJsonValue &value : conversation) {
        const QString kind = role(value);
        if (kind == QLatin1String("user"))
            messages.append(ChatMessage::user(text(value)));
        else if (kind == QLatin1String("assistant"))
            messages.append(ChatMessage::assistant(text(value)));
    }
    return messages;
}

QJsonObject PlaygroundConversation::exampleJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(QJsonObject{{Role, message.role}, {Content, message.content}});
    return {{QStringLiteral("messages"), array}};
}

QJsonArray PlaygroundConversation::withText(QJsonArray conversation, int index, const QString &text)
{
    if (index < 0 || index >= conversation.size())
        return conversation;
    QJsonObject message = conversation.at(index).toObject();
    message.insert(Content, text);
    conversation.replace(index, message);
    return conversation;
}
