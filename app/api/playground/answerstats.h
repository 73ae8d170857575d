#pragma once

#include <QJsonObject>
#include <QtGlobal>
#include <optional>

// What one answer took and cost: the figures shown under it in the Playground.
struct AnswerStats
{
    qint64 firstTokenMs = -1; // from sending to the first piece of text; -1: none arrived
    qint64 totalMs = 0;       // from sending to the end of the answer
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    // The provider sent no usage (a cut or stopped stream, or a server that never does): the
    // tokens were counted here with the tokenizer, so they are close but not the bill.
    bool tokensEstimated = false;
    std::optional<double> costUsd; // none when the price table does not know the model

    // Kept with the answer in the session's conversation ("answer_stats").
    QJsonObject toJson() const;
    static AnswerStats fromJson(const QJsonObject &object);

    friend bool operator==(const AnswerStats &, const AnswerStats &) = default;
};
