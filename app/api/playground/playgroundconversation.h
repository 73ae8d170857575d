#pragma once

#include "answerstats.h"
#include "api/client/apierror.h"
#include "core/jobs/chatmessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A Playground column's conversation as the session keeps it: the chat messages' own JSON
// ({"role", "content"}), each answer with Ajuste's figures beside it ("answer_stats") and,
// when it did not end well, what happened ("answer_error": {"kind", "message", "details"}).
// Only role and content are ever sent to a provider.
class PlaygroundConversation
{
public:
    static constexpr auto StatsKey = "answer_stats";
    static constexpr auto ErrorKey = "answer_error";

    static QJsonObject userMessage(const QString &text);
    static QJsonObject answerMessage(const QString &text, const AnswerStats &stats,
                                     const ApiError &error);

    static QString role(const QJsonValue &message);
    static QString text(const QJsonValue &message);
    static bool isUser(const QJsonValue &message);
    static bool isAnswer(const QJsonValue &message);
    // The figures kept with an answer; default ones for a message without.
    static AnswerStats stats(const QJsonValue &message);
    // What went wrong with an answer (kind, userMessage and details only); None when it ended.
    static ApiError error(const QJsonValue &message);

    // What a provider is sent: the system prompt (when not blank), then every message.
    static QList<ChatMessage> requestMessages(const QString &systemPrompt,
                                              const QJsonArray &conversation);
    // The same as training-example JSON ({"messages": [...]}), for counting its tokens.
    static QJsonObject exampleJson(const QList<ChatMessage> &messages);
    // `conversation` with its message at `index` replaced by `text` (role and figures kept).
    static QJsonArray withText(QJsonArray conversation, int index, const QString &text);
};
