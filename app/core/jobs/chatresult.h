#pragma once

#include "chatmessage.h"

#include <QList>
#include <QString>
#include <optional>

struct ChatUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;

    friend bool operator==(const ChatUsage &, const ChatUsage &) = default;
};

// A model's answer: its text, the tools it wants called, why it stopped and what it cost.
// A streamed answer cut short has no usage (providers send it last).
struct ChatResult
{
    QString id;
    QString model;
    QString content;
    QString refusal;
    QList<ChatToolCall> toolCalls;
    QString finishReason; // stop, length, tool_calls, content_filter; empty if cut short
    std::optional<ChatUsage> usage;
};
