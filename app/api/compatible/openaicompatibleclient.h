#pragma once

#include "api/client/providerclient.h"

// Any server that speaks OpenAI's chat API (Ollama, LM Studio, vLLM, llama.cpp...): list
// models and chat, plain or streamed. OpenAI's and Together's clients build on it.
class OpenAiCompatibleClient : public ProviderClient
{
    Q_OBJECT

public:
    OpenAiCompatibleClient(QNetworkAccessManager *network, ApiEndpoint endpoint, QObject *parent = nullptr);

    ProviderCapabilities capabilities() const override;
    ApiCall *listModels(ApiDone<QList<ModelInfo>> done) override;
    ApiCall *chat(const ChatRequest &request, ApiDone<ChatResult> done) override;
    ApiCall *chatStream(const ChatRequest &request, ChatStreamHandlers handlers) override;

protected:
    // The JSON body; local servers understand max_tokens better than max_completion_tokens.
    virtual QJsonObject chatBody(const ChatRequest &request, bool stream) const;
    ApiRequest chatRequest(const ChatRequest &request, bool stream) const;
    // In chat, a missing resource is the model.
    static ApiError chatError(ApiError error);
};
