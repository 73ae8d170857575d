#pragma once

#include "chattokencount.h"
#include "tokenizer.h"

#include <QJsonArray>
#include <QJsonObject>

// Counts the tokens of one training example the way OpenAI's data-prep notebook
// ("Data preparation and analysis for chat model fine-tuning") does:
//   3 tokens per message, plus the tokens of every string value of the message (role and
//   name included), plus 1 per "name", plus 3 that prime the reply, once per example.
// "Trained" tokens are those of assistant messages whose weight is not 0 (no weight means 1),
// as the notebook's num_assistant_tokens_from_messages counts them: the content only.
//
// Where the notebook has no rule (it would fail on these), Ajuste counts:
// - content given as a list of parts: the text of each text part; any other part by the
//   tokens of its compact JSON text;
// - tool_calls (and the older function_call) of an assistant message: the tokens of their
//   compact JSON text, in the total and, for a trained message, in trained;
// - the example's "tools" list: the tokens of its compact JSON text.
// OpenAI renders tools and tool calls into the prompt in its own hidden format, so for
// examples with tools these figures are an ESTIMATE (usually within a few percent); for
// plain chat they are exactly the notebook's.
// - "weight" is a setting, not text: it adds nothing. null adds nothing; other numbers and
//   true/false add the tokens of their JSON text.
//
// Preference (DPO) examples {"input": {"messages", "tools"}, "preferred_output": [...],
// "non_preferred_output": [...]} (also the older *_completion names): total counts the input
// and both answers as one conversation; trained counts both answers.
//
// Counting is pure and thread-safe; one counter may serve many threads.
class ChatTokenCounter
{
public:
    static constexpr int TokensPerMessage = 3;
    static constexpr int TokensPerName = 1;
    static constexpr int ReplyPrimingTokens = 3;

    explicit ChatTokenCounter(TokenEncoding encoding = TokenEncoding::O200kBase);

    TokenEncoding encoding() const { return m_tokenizer.encoding(); }
    const Tokenizer &tokenizer() const { return m_tokenizer; }

    ChatTokenCount count(const QJsonObject &example) const;

private:
    // Adds one message's tokens to count; trainable: assistant replies count as trained
    // unless their weight is 0.
    void addMessage(const QJsonObject &message, ChatTokenCount &count) const;
    void addMessages(const QJsonArray &messages, ChatTokenCount &count) const;
    qint64 valueTokens(const QJsonValue &value) const;
    qint64 contentTokens(const QJsonValue &content) const;
    qint64 jsonTokens(const QJsonValue &value) const;
    qint64 replyTokens(const QJsonObject &message) const;

    Tokenizer m_tokenizer;
};
