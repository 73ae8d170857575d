#pragma once

#include "tokenencoding.h"

#include <QtGlobal>

// Splits UTF-8 text into the pieces tiktoken's pre-tokenizer regex would match, before
// byte-pair merging. Each encoding's pattern is implemented by hand (see pretokenizer.cpp)
// because a general regex engine is several times slower and differs in details that change
// token counts (JavaScript's \s matching U+FEFF, for one).
//
// Usage: for (pos = 0; pos < size; pos = end) end = splitter.pieceEnd(pos);
class PreTokenizer
{
public:
    PreTokenizer(TokenEncoding encoding, const uchar *text, qsizetype size)
        : m_text(text), m_size(size), m_o200k(encoding == TokenEncoding::O200kBase)
    {
    }

    // The end (exclusive byte offset) of the piece that starts at pos; pos < size.
    qsizetype pieceEnd(qsizetype pos) { return m_o200k ? pieceEndO200k(pos) : pieceEndCl100k(pos); }

    // True once a byte sequence that is not valid UTF-8 was met. The pieces are then not
    // meaningful; the caller repairs the text (invalid bytes become U+FFFD) and starts again.
    bool sawInvalidUtf8() const { return m_invalid; }

    // Character classes the patterns test, as bit flags (public for the tests).
    enum Class : quint8 {
        Letter = 0x01,    // \p{L}
        Number = 0x02,    // \p{N}
        Mark = 0x04,      // \p{M}
        Space = 0x08,     // \s: Unicode White_Space (not U+FEFF, not U+180E)
        UpperSet = 0x10,  // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
        LowerSet = 0x20,  // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
        LineBreak = 0x40, // [\r\n]
    };
    static quint8 classOf(char32_t codePoint);

private:
    struct Char
    {
        quint8 classes;
        quint8 length; // bytes
    };
    Char charAt(qsizetype pos);

    qsizetype pieceEndO200k(qsizetype pos);
    qsizetype pieceEndCl100k(qsizetype pos);
    qsizetype upperThenLowerEnd(qsizetype pos);            // [UpperSet]*[LowerSet]+, or -1
    qsizetype upperFirstEnd(qsizetype pos);                // [UpperSet]+[LowerSet]*, or -1
    qsizetype letterRunEnd(qsizetype pos);                 // \p{L}+ (pos is a letter)
    qsizetype contractionEnd(qsizetype pos);               // (?i:'s|'t|'re|'ve|'m|'ll|'d), or pos
    qsizetype punctuationEnd(qsizetype pos, bool slashes); // [^\s\p{L}\p{N}]+[\r\n/]*
    qsizetype whitespaceEnd(qsizetype pos);                // \s*[\r\n]+ | \s+(?!\S) | \s+

    const uchar *m_text;
    qsizetype m_size;
    bool m_o200k;
    bool m_invalid = false;
};
