#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// OpenAI's byte-pair encodings Ajuste can count with. o200k_base serves GPT-4o and later
// models (4.1, o-series); cl100k_base serves GPT-3.5 and GPT-4.
enum class TokenEncoding {
    O200kBase,
    Cl100kBase,
};

// The encoding's name as OpenAI and tiktoken spell it: "o200k_base", "cl100k_base".
QString tokenEncodingName(TokenEncoding encoding);

// The encoding named by tiktoken's name, or nothing for an unknown name.
std::optional<TokenEncoding> tokenEncodingFromName(QStringView name);

// The encoding a model uses, from its id (also fine-tuned ids such as
// "ft:gpt-4o-mini-2024-07-18:org::abc"). GPT-3.5, GPT-4 (not 4o, not 4.1), davinci-002 and
// babbage-002 use cl100k_base; everything else, including unknown models, o200k_base, which is what
// every model still offered for fine-tuning uses.
TokenEncoding tokenEncodingForModel(QStringView model);
