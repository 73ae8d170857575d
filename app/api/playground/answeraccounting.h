#pragma once

#include "answerstats.h"
#include "api/client/apierror.h"
#include "core/jobs/chatmessage.h"
#include "core/jobs/chatresult.h"
#include "core/settings/providerprofile.h"

#include <QList>
#include <QString>
#include <optional>

class PriceCatalog;

// How one streamed answer ended, as ColumnStream saw it.
struct StreamOutcome
{
    QString text;                   // everything that arrived, also when cut or stopped
    std::optional<ChatUsage> usage; // the provider's figures, when it sent them
    qint64 firstTokenMs = -1;
    qint64 totalMs = 0;
    ApiError error; // None when the answer ended as the model meant
};

// What the column asked: the model (and the base it was tuned from, for its price), on which
// kind of provider, with which messages.
struct AnswerRequest
{
    QString model;
    QString baseModel; // the tuned model's base, when known (JobStore); empty for base models
    ProviderKind providerKind = ProviderKind::OpenAI;
    QList<ChatMessage> messages;
};

// Turns an outcome into the figures under an answer: the provider's usage when it sent one,
// otherwise the tokens counted here (tokensEstimated), and the cost from the price table —
// the tuned model's chat prices for a tuned model or checkpoint, the base model's otherwise.
// Counting runs on the calling thread: a prompt and one answer are small.
class AnswerAccounting
{
public:
    explicit AnswerAccounting(PriceCatalog *prices);

    AnswerStats stats(const AnswerRequest &request, const StreamOutcome &outcome) const;
    // US$ for these tokens, or none when the table has no chat price for the model there.
    std::optional<double> cost(const AnswerRequest &request, qint64 inputTokens,
                               qint64 outputTokens) const;
    // Tokens of the messages as sent (OpenAI's per-message overhead and reply priming).
    static qint64 countInput(const AnswerRequest &request);
    static qint64 countOutput(const QString &model, const QString &text);
    // A tuned model or checkpoint: "ft:…" ids and those whose base is known.
    static bool isTuned(const AnswerRequest &request);

private:
    PriceCatalog *m_prices;
};
