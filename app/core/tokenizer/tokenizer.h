#pragma once

#include "bperanks.h"
#include "tokenencoding.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>
#include <memory>

// Turns text into OpenAI tokens with exactly tiktoken's result for encode_ordinary: text
// that looks like a special token ("<|endoftext|>") is ordinary text. Cheap to copy and safe
// to use from many threads at once (the rank data is shared and never changes).
//
// Text is UTF-8. A QString holding a lone surrogate is converted as QString::toUtf8 does
// (U+FFFD), and bytes that are not valid UTF-8 count as U+FFFD too, which is what tiktoken
// gives for the same text after a lossy decode.
class Tokenizer
{
public:
    explicit Tokenizer(TokenEncoding encoding = TokenEncoding::O200kBase);

    TokenEncoding encoding() const { return m_encoding; }

    QList<int> encode(QStringView text) const;
    QList<int> encodeUtf8(QByteArrayView utf8) const;
    qsizetype count(QStringView text) const;
    qsizetype countUtf8(QByteArrayView utf8) const;

    // The bytes of the tokens, joined (UTF-8 text when they came from encode()).
    QByteArray decode(const QList<int> &tokens) const;

private:
    TokenEncoding m_encoding;
    std::shared_ptr<const BpeRanks> m_ranks;
};
