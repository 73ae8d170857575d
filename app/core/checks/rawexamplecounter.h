#pragma once

#include "core/tokenizer/tokenizer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

// The token figures and fingerprint of a plain chat example, read straight from its JSON
// line's UTF-8 bytes with simdjson's On-Demand parser: no QString, no JSON tree. This is the
// hot path of checking 100,000 examples; it gives exactly what ChatTokenCounter and
// ExampleFingerprint give on the parsed object (the checks' tests and fuzz targets compare
// them), and declines (nothing) for anything it does not handle — tools, tool calls, content
// as parts, preference examples, repeated fields, text simdjson refuses — so the caller
// falls back to the parsed object. One per thread (it keeps a parser and a buffer).
class RawExampleCounter
{
public:
    struct Result
    {
        qint64 total = 0;
        qint64 trained = 0;
        qint64 lastAnswer = 0; // tokens of the last assistant message's content
        int messages = 0;
        quint64 fingerprint = 0;
        // The line is strictly valid JSON of the simplest shape — {"messages": [...]} with an
        // answer to learn from, every message a known speaker with some text, learn/skip
        // marks 0 or 1 on answers only — so the checks of one example can find nothing but
        // the advice about missing instructions or user message (hasSystem, hasUser): the
        // caller may skip parsing it.
        bool plain = false;
        bool hasSystem = false;
        bool hasUser = false;
    };

    explicit RawExampleCounter(const Tokenizer &tokenizer);
    ~RawExampleCounter();
    RawExampleCounter(const RawExampleCounter &) = delete;
    RawExampleCounter &operator=(const RawExampleCounter &) = delete;

    std::optional<Result> count(QByteArrayView json);

private:
    struct Parser; // simdjson's parser, kept out of this header

    const Tokenizer &m_tokenizer;
    std::unique_ptr<Parser> m_parser;
    QByteArray m_padded; // the line, then the zero bytes simdjson may read past its end
};
