#pragma once

#include "core/jobs/chatmessage.h"
#include "core/jobs/chatrequest.h"
#include "core/jobs/chatresult.h"

#include <QJsonObject>

// OpenAI's chat completions JSON, which every OpenAI-compatible chat server (Together, Ollama,
// LM Studio, vLLM...) also speaks, mapped onto Ajuste's chat types.
namespace OpenAiChatJson {
QJsonObject toolCallJson(const ChatToolCall &call);
ChatToolCall toolCall(const QJsonObject &object);
QJsonObject messageJson(const ChatMessage &message);
// The body of POST /chat/completions; streaming asks for the usage in a last chunk.
QJsonObject requestBody(const ChatRequest &request, bool stream);
ChatUsage usage(const QJsonObject &object);
// A whole (non-streamed) chat.completion object.
ChatResult result(const QJsonObject &object);
} // namespace OpenAiChatJson
