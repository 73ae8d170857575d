#pragma once

#include <QList>
#include <QString>

// A function call the model asked for. `arguments` is the JSON text as the model wrote it
// (it may be incomplete while a stream is still arriving).
struct ChatToolCall
{
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments;

    friend bool operator==(const ChatToolCall &, const ChatToolCall &) = default;
};

// One turn of a conversation sent to a chat model.
struct ChatMessage
{
    QString role; // system, developer, user, assistant, tool
    QString content;
    QString name;
    QList<ChatToolCall> toolCalls; // assistant turns only
    QString toolCallId;            // tool turns only

    static ChatMessage system(const QString &text)
    {
        return {QStringLiteral("system"), text, {}, {}, {}};
    }
    static ChatMessage user(const QString &text)
    {
        return {QStringLiteral("user"), text, {}, {}, {}};
    }
    static ChatMessage assistant(const QString &text)
    {
        return {QStringLiteral("assistant"), text, {}, {}, {}};
    }

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};
