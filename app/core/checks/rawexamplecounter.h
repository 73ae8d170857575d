#pragma once

#include "core/tokenizer/tokenizer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The token figures and fingerprint of a plain chat example, read straight from its JSON
// line's UTF-8 bytes: no QString, no copy of texts without escapes. This is the hot path of
// checking 100,000 examples; it gives exactly what ChatTokenCounter and ExampleFingerprint
// give on the parsed object (the checks' tests compare them), and declines (nothing) for
// anything it does not handle — tools, tool calls, content as parts, preference examples,
// repeated fields, odd escapes — so the caller falls back to the parsed object.
// Call it only on lines that parsed as a JSON object. One per thread (it keeps a buffer).
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

    explicit RawExampleCounter(const Tokenizer &tokenizer) : m_tokenizer(tokenizer)
    {
        m_buffer.reserve(64 * 1024);
    }

    std::optional<Result> count(QByteArrayView json);

private:
    bool skipSpace();
    bool expect(char c);
    // Reads a string at the cursor; view points into the line or into m_buffer.
    bool readString(QByteArrayView *view);
    bool skipValue(int depth = 0);
    bool readMessages(Result *result);
    bool readMessage(Result *result);
    // Whether a text has something a person would see (an ASCII character that is not a
    // space); texts with only non-ASCII characters are left to the full checks.
    static bool hasVisibleAscii(QByteArrayView text);

    const Tokenizer &m_tokenizer;
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    QByteArray m_buffer;
    QByteArray m_keyBuffer;
    bool m_plain = true;
    bool m_hasSystem = false;
    bool m_hasUser = false;
    bool m_learns = false;
};
