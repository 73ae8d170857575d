#include "openaicompatibleclient.h"

#include "api/client/chatstreamassembler.h"
#include "api/openai/openaichatjson.h"
#include "api/openai/openaijson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

OpenAiCompatibleClient::OpenAiCompatibleClient(QNetworkAccessManager *network, ApiEndpoint endpoint,
                                               QObject *parent)
    : ProviderClient(network, std::move(endpoint), parent)
{
}

ProviderCapabilities OpenAiCompatibleClient::capabilities() const
{
    return {};
}

ApiCall *OpenAiCompatibleClient::listModels(ApiDone<QList<ModelInfo>> done)
{
    const ApiRequest request = ApiRequest::get(service()->url(QStringLiteral("/models")), tr("list models"));
    return sendForJson(request, [done = std::move(done)](const QJsonDocument &json, const ApiError &error) {
        ApiResult<QList<ModelInfo>> result;
        result.error = error;
        // OpenAI wraps the list in {"data": [...]}; Together answers with the array itself.
        const QJsonArray models = json.isArray() ? json.array()
                                                 : json.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &model : models)
            result.value.append(OpenAiJson::model(model.toObject()));
        done(result);
    });
}

QJsonObject OpenAiCompatibleClient::chatBody(const ChatRequest &request, bool stream) const
{
    QJsonObject body = OpenAiChatJson::requestBody(request, stream);
    const QJsonValue limit = body.take(QLatin1String("max_completion_tokens"));
    if (!limit.isUndefined())
        body.insert(QStringLiteral("max_tokens"), limit);
    return body;
}

ApiRequest OpenAiCompatibleClient::chatRequest(const ChatRequest &request, bool stream) const
{
    // Not idempotent: a resent chat is answered (and billed) twice.
    ApiRequest http = ApiRequest::postJson(service()->url(QStringLiteral("/chat/completions")),
                                           chatBody(request, stream), tr("chat"), false);
    http.totalTimeoutMs = stream ? 0 : 300000;
    http.idleTimeoutMs = 120000;
    http.streaming = stream;
    return http;
}

ApiError OpenAiCompatibleClient::chatError(ApiError error)
{
    if (error.kind == ApiError::Kind::NotFound) {
        const ApiError model = ApiError::make(ApiError::Kind::ModelNotFound);
        error.kind = model.kind;
        error.userMessage = model.userMessage;
    }
    return error;
}

ApiCall *OpenAiCompatibleClient::chat(const ChatRequest &request, ApiDone<ChatResult> done)
{
    return sendForJson(chatRequest(request, false), [done = std::move(done)](const QJsonDocument &json,
                                                                             const ApiError &error) {
        ApiResult<ChatResult> result;
        result.error = chatError(error);
        if (!error)
            result.value = OpenAiChatJson::result(json.object());
        done(result);
    });
}

ApiCall *OpenAiCompatibleClient::chatStream(const ChatRequest &request, ChatStreamHandlers handlers)
{
    auto assembler = std::make_shared<ChatStreamAssembler>();
    auto streamError = std::make_shared<ApiError>();
    auto shared = std::make_shared<ChatStreamHandlers>(std::move(handlers));
    auto onChunk = [assembler, streamError, shared](const QByteArray &chunk) {
        const ChatStreamAssembler::Update update = assembler->feed(chunk);
        if (update.error && !streamError->isError())
            *streamError = update.error;
        if (update.toolCallsChanged && shared->onToolCalls)
            shared->onToolCalls(assembler->result().toolCalls);
        if (!update.text.isEmpty() && shared->onText)
            shared->onText(update.text);
    };
    const QString key = service()->endpoint().key;
    auto onDone = [assembler, streamError, shared, key](const ApiResponse &response, const ApiError &error) {
        ApiResult<ChatResult> result{assembler->result(), {}};
        const bool receivedSome = !result.value.content.isEmpty() || !result.value.toolCalls.isEmpty();
        if (error.kind == ApiError::Kind::Interrupted
            || (error.kind == ApiError::Kind::Timeout && receivedSome)) {
            result.error = ApiError::make(ApiError::Kind::StreamCut, error.details);
        } else if (error) {
            result.error = chatError(error);
        } else if (response.isWebPage() && !receivedSome) {
            // Not a stream at all (a sign-in portal, a proxy): "cut off" would mislead.
            result.error = ApiService::unreadableAnswer(response, {});
        } else if (streamError->isError()) {
            result.error = *streamError;
        } else {
            result.error = assembler->finish();
        }
        if (result.error) {
            result.error.httpStatus = result.error.httpStatus ? result.error.httpStatus : response.httpStatus;
            if (result.error.requestId.isEmpty())
                result.error.requestId = response.requestId();
            result.error.redact(key); // an error event in the stream is the server's words too
        }
        if (shared->done)
            shared->done(result);
    };
    return service()->send(chatRequest(request, true), onDone, onChunk);
}
