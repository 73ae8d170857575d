// clang-format off
// The two pre-tokenizer patterns, exactly as the tiktoken build Ajuste is tested against
// (@dqbd/tiktoken 1.0.22, tiktoken's Rust core) defines them:
//
// o200k_base, alternatives tried in order at each position (leftmost-first, backtracking):
//   1  [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
//   2  [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
//   3  \p{N}{1,3}
//   4   ?[^\s\p{L}\p{N}]+[\r\n/]*
//   5  \s*[\r\n]+
//   6  \s+(?!\S)
//   7  \s+
// cl100k_base:
//   (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
//   |\s*[\r\n]+|\s+(?!\S)|\s+
//
// \s is Unicode White_Space (Rust regex), which does not include U+FEFF. The classes come
// from the generated table of the Unicode version tiktoken's regex engine uses (16.0.0).
// Case-insensitive 's also matches 'ſ (U+017F LATIN SMALL LETTER LONG S), whose simple case
// folding is "s". Each function below states which backtracking outcome of the pattern it
// computes.
// clang-format on
#include "pretokenizer.h"

#include "unicodeclasses.h"

#include <algorithm>
#include <array>
#include <memory>

namespace {

using Class = PreTokenizer::Class;

constexpr std::array<quint8, 128> asciiClasses()
{
    std::array<quint8, 128> classes{};
    for (int c = 'A'; c <= 'Z'; ++c)
        classes[c] = Class::Letter | Class::UpperSet;
    for (int c = 'a'; c <= 'z'; ++c)
        classes[c] = Class::Letter | Class::LowerSet;
    for (int c = '0'; c <= '9'; ++c)
        classes[c] = Class::Number;
    for (int c = '\t'; c <= '\r'; ++c)
        classes[c] = Class::Space;
    classes[' '] = Class::Space;
    classes['\r'] = Class::Space | Class::LineBreak;
    classes['\n'] = Class::Space | Class::LineBreak;
    return classes;
}
constexpr auto asciiTable = asciiClasses();

// Classes of every code point (1.1 MB), expanded once from the generated ranges: one
// indexed load per character instead of a search.
const quint8 *classTable()
{
    static const auto table = [] {
        auto classes = std::make_unique<quint8[]>(0x110000);
        const std::span<const UnicodeClassRange> ranges = unicodeClassRanges();
        for (size_t i = 0; i < ranges.size(); ++i) {
            const char32_t end = i + 1 < ranges.size() ? ranges[i + 1].start : char32_t(0x110000);
            std::fill(classes.get() + ranges[i].start, classes.get() + end, ranges[i].classes);
        }
        return classes;
    }();
    return table.get();
}

bool isContinuation(uchar byte)
{
    return (byte & 0xc0) == 0x80;
}

// Not whitespace, letter or number: [^\s\p{L}\p{N}].
bool isPunctuation(quint8 classes)
{
    return !(classes & (Class::Space | Class::Letter | Class::Number));
}

// May open a word as its single leading character: [^\r\n\p{L}\p{N}].
bool isWordPrefix(quint8 classes)
{
    return !(classes & (Class::LineBreak | Class::Letter | Class::Number));
}

} // namespace

quint8 PreTokenizer::classOf(char32_t codePoint)
{
    if (codePoint < 128)
        return asciiTable[codePoint];
    return codePoint < 0x110000 ? classTable()[codePoint] : quint8(0);
}

Q_ALWAYS_INLINE PreTokenizer::Char PreTokenizer::charAt(qsizetype pos)
{
    const uchar *p = m_text + pos;
    const uchar lead = p[0];
    if (lead < 0x80)
        return {asciiTable[lead], 1};
    const qsizetype left = m_size - pos;
    if (lead >= 0xc2 && lead < 0xe0 && left >= 2 && isContinuation(p[1]))
        return {classTable()[((lead & 0x1fu) << 6) | (p[1] & 0x3fu)], 2};
    if (lead >= 0xe0 && lead < 0xf0 && left >= 3 && isContinuation(p[1]) && isContinuation(p[2])) {
        const char32_t c = ((lead & 0x0fu) << 12) | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
        if (c >= 0x800 && (c < 0xd800 || c > 0xdfff))
            return {classTable()[c], 3};
    } else if (lead >= 0xf0 && lead < 0xf5 && left >= 4 && isContinuation(p[1]) &&
               isContinuation(p[2]) && isContinuation(p[3])) {
        const char32_t c = ((lead & 0x07u) << 18) | ((p[1] & 0x3fu) << 12) | ((p[2] & 0x3fu) << 6) |
                           (p[3] & 0x3fu);
        if (c >= 0x10000 && c <= 0x10ffff)
            return {classTable()[c], 4};
    }
    m_invalid = true;
    return {0, 1};
}

qsizetype PreTokenizer::pieceEndO200k(qsizetype pos)
{
    const Char first = charAt(pos);
    const qsizetype second = pos + first.length;
    const bool prefix = isWordPrefix(first.classes) && second < m_size;
    // 1: with the optional leading character first (greedy ?), then without it.
    if (prefix) {
        if (const qsizetype end = upperThenLowerEnd(second); end > 0)
            return contractionEnd(end);
    }
    if (first.classes & (UpperSet | LowerSet)) {
        if (const qsizetype end = upperThenLowerEnd(pos); end > 0)
            return contractionEnd(end);
    }
    // 2
    if (prefix) {
        if (const qsizetype end = upperFirstEnd(second); end > 0)
            return contractionEnd(end);
    }
    if (first.classes & UpperSet) {
        if (const qsizetype end = upperFirstEnd(pos); end > 0)
            return contractionEnd(end);
    }
    // 3: up to three digits.
    if (first.classes & Number) {
        qsizetype end = second;
        for (int digits = 1; digits < 3 && end < m_size; ++digits) {
            const Char next = charAt(end);
            if (!(next.classes & Number))
                break;
            end += next.length;
        }
        return end;
    }
    // 4
    if (m_text[pos] == ' ' && second < m_size && isPunctuation(charAt(second).classes))
        return punctuationEnd(second, true);
    if (isPunctuation(first.classes))
        return punctuationEnd(pos, true);
    return whitespaceEnd(pos);
}

qsizetype PreTokenizer::pieceEndCl100k(qsizetype pos)
{
    if (m_text[pos] == '\'') {
        if (const qsizetype end = contractionEnd(pos); end > pos)
            return end;
    }
    const Char first = charAt(pos);
    const qsizetype second = pos + first.length;
    if (isWordPrefix(first.classes) && second < m_size && (charAt(second).classes & Letter))
        return letterRunEnd(second);
    if (first.classes & Letter)
        return letterRunEnd(pos);
    if (first.classes & Number) {
        qsizetype end = second;
        for (int digits = 1; digits < 3 && end < m_size; ++digits) {
            const Char next = charAt(end);
            if (!(next.classes & Number))
                break;
            end += next.length;
        }
        return end;
    }
    if (m_text[pos] == ' ' && second < m_size && isPunctuation(charAt(second).classes))
        return punctuationEnd(second, false);
    if (isPunctuation(first.classes))
        return punctuationEnd(pos, false);
    return whitespaceEnd(pos);
}

// [U]*[L]+ where U and L overlap (Lm, Lo, M are in both). The greedy U* takes the whole run
// of U characters; if an L character (then necessarily Ll) follows, L+ takes the run of L
// characters from there. Otherwise U* backtracks to the last character of its run that is
// also in L, and the match ends just after it. No such character: no match (-1).
qsizetype PreTokenizer::upperThenLowerEnd(qsizetype pos)
{
    qsizetype end = pos;
    qsizetype afterLastLower = -1;
    while (end < m_size) {
        const Char c = charAt(end);
        if (!(c.classes & UpperSet)) {
            if (!(c.classes & LowerSet))
                break;
            end += c.length;
            while (end < m_size) {
                const Char next = charAt(end);
                if (!(next.classes & LowerSet))
                    break;
                end += next.length;
            }
            return end;
        }
        end += c.length;
        if (c.classes & LowerSet)
            afterLastLower = end;
    }
    return afterLastLower;
}

// [U]+[L]*: the run of U characters (at least one), then the run of L characters.
qsizetype PreTokenizer::upperFirstEnd(qsizetype pos)
{
    qsizetype end = pos;
    while (end < m_size) {
        const Char c = charAt(end);
        if (!(c.classes & UpperSet))
            break;
        end += c.length;
    }
    if (end == pos)
        return -1;
    while (end < m_size) {
        const Char c = charAt(end);
        if (!(c.classes & LowerSet))
            break;
        end += c.length;
    }
    return end;
}

qsizetype PreTokenizer::letterRunEnd(qsizetype pos)
{
    qsizetype end = pos;
    while (end < m_size) {
        const Char c = charAt(end);
        if (!(c.classes & Letter))
            break;
        end += c.length;
    }
    return end;
}

// (?i:'s|'t|'re|'ve|'m|'ll|'d) at pos: the end of the contraction, or pos when there is none.
qsizetype PreTokenizer::contractionEnd(qsizetype pos)
{
    if (pos + 1 >= m_size || m_text[pos] != '\'')
        return pos;
    const uchar first = m_text[pos + 1] | 0x20; // ASCII lower case (harmless for others)
    switch (first) {
    case 's':
    case 't':
    case 'm':
    case 'd':
        return pos + 2;
    default:
        break;
    }
    if (pos + 2 < m_size) {
        if (m_text[pos + 1] == 0xc5 && m_text[pos + 2] == 0xbf) // 'ſ: folds to 's
            return pos + 3;
        const uchar second = m_text[pos + 2] | 0x20;
        if ((first == 'r' && second == 'e') || (first == 'v' && second == 'e') ||
            (first == 'l' && second == 'l'))
            return pos + 3;
    }
    return pos;
}

// [^\s\p{L}\p{N}]+ then [\r\n/]* (o200k_base) or [\r\n]* (cl100k_base); pos starts the run.
qsizetype PreTokenizer::punctuationEnd(qsizetype pos, bool slashes)
{
    qsizetype end = pos;
    while (end < m_size) {
        const Char c = charAt(end);
        if (!isPunctuation(c.classes))
            break;
        end += c.length;
    }
    while (end < m_size &&
           (m_text[end] == '\r' || m_text[end] == '\n' || (slashes && m_text[end] == '/')))
        ++end;
    return end;
}

// The whitespace alternatives, over the run of whitespace that starts at pos:
// \s*[\r\n]+  ends right after the run's last line break, if it has one;
// \s+(?!\S)   otherwise takes the whole run at the end of the text, or all of it but the last
//             character (which then starts the next piece with the word after it);
// \s+         otherwise the single whitespace character.
qsizetype PreTokenizer::whitespaceEnd(qsizetype pos)
{
    qsizetype end = pos;
    qsizetype lastStart = pos;
    qsizetype afterLastBreak = -1;
    while (end < m_size) {
        const Char c = charAt(end);
        if (!(c.classes & Space))
            break;
        lastStart = end;
        end += c.length;
        if (c.classes & LineBreak)
            afterLastBreak = end;
    }
    if (end == pos) // not whitespace: cannot happen after the other alternatives
        return pos + charAt(pos).length;
    if (afterLastBreak > 0)
        return afterLastBreak;
    if (end == m_size || lastStart == pos)
        return end;
    return lastStart;
}
