#pragma once

#include "chatmessage.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A chat completion request. Unset options are left out so the provider's defaults apply.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxCompletionTokens;
    QStringList stop;
    std::optional<qint64> seed;
    QJsonArray tools; // OpenAI's tool definitions, passed through as written
};
