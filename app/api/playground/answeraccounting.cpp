#include "answeraccounting.h"

#include "core/checks/pricecatalog.h"
#include "core/tokenizer/chattokencounter.h"
#include "playgroundconversation.h"

namespace {

// The price table's provider for a kind of profile. The Sandbox answers with OpenAI's model
// names and shows what the same answer would cost there; a local server's models have no
// price (nothing is billed).
QString priceProvider(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Sandbox:
    case ProviderKind::OpenAI:
    case ProviderKind::AzureOpenAI:
        return QStringLiteral("openai");
    case ProviderKind::Together:
        return QStringLiteral("together");
    case ProviderKind::OpenAICompatible:
        break;
    }
    return {};
}

} // namespace

AnswerAccounting::AnswerAccounting(PriceCatalog *prices) : m_prices(prices) {}

bool AnswerAccounting::isTuned(const AnswerRequest &request)
{
    return !request.baseModel.isEmpty() || request.model.startsWith(QLatin1String("ft:"));
}

qint64 AnswerAccounting::countInput(const AnswerRequest &request)
{
    const ChatTokenCounter counter(tokenEncodingForModel(
        request.baseModel.isEmpty() ? QStringView(request.model) : QStringView(request.baseModel)));
    return counter.count(PlaygroundConversation::exampleJson(request.messages)).total;
}

qint64 AnswerAccounting::countOutput(const QString &model, const QString &text)
{
    return Tokenizer(tokenEncodingForModel(model)).count(text);
}

std::optional<double> AnswerAccounting::cost(const AnswerRequest &request, qint64 inputTokens,
                                             qint64 outputTokens) const
{
    const QString provider = priceProvider(request.providerKind);
    if (!m_prices || provider.isEmpty())
        return std::nullopt;
    const QString model = request.baseModel.isEmpty() ? request.model : request.baseModel;
    const std::optional<ModelPrice> price = m_prices->table().find(model, provider);
    if (!price)
        return std::nullopt;
    const bool tuned = isTuned(request);
    const std::optional<double> input = tuned ? price->inputPerMillion : price->baseInputPerMillion;
    const std::optional<double> output =
        tuned ? price->outputPerMillion : price->baseOutputPerMillion;
    if (!input || !output)
        return std::nullopt;
    return (double(inputTokens) * *input + double(outputTokens) * *output) / 1e6;
}

AnswerStats AnswerAccounting::stats(const AnswerRequest &request,
                                    const StreamOutcome &outcome) const
{
    AnswerStats stats;
    stats.firstTokenMs = outcome.firstTokenMs;
    stats.totalMs = outcome.totalMs;
    const bool reached = outcome.firstTokenMs >= 0 || outcome.usage;
    if (outcome.usage) {
        stats.inputTokens = outcome.usage->promptTokens;
        stats.outputTokens = outcome.usage->completionTokens;
    } else if (reached || !outcome.text.isEmpty()) {
        // Cut, stopped, or a server that sends no usage: what was sent and what arrived,
        // counted here.
        stats.inputTokens = countInput(request);
        stats.outputTokens = countOutput(request.model, outcome.text);
        stats.tokensEstimated = true;
    } else {
        return stats; // nothing reached the model as far as we know: nothing to count
    }
    stats.costUsd = cost(request, stats.inputTokens, stats.outputTokens);
    return stats;
}
