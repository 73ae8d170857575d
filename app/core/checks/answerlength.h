#pragma once

#include "core/tokenizer/chattokencount.h"
#include "core/tokenizer/tokenizer.h"

#include <QJsonObject>

// How long the tuned model's replies will typically be, from one example: the tokens of its
// last answer. The cost estimate prices the output of inference with it.
class AnswerLength
{
public:
    // When the only answer is the one trained on, the counter already has its tokens
    // (content and tool calls); otherwise the last answer's text is counted.
    static qint64 lastAnswerTokens(const QJsonObject &example, const ChatTokenCount &count,
                                   const Tokenizer &tokenizer);
};
