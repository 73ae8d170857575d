#include "tokenizer.h"

#include "bytepairencoder.h"
#include "pretokenizer.h"

#include <QString>

namespace {

// Runs the pre-tokenizer over the text and hands every piece to onPiece. False when the
// text is not valid UTF-8 (then the pieces seen so far are meaningless).
template<typename OnPiece>
bool forEachPiece(TokenEncoding encoding, QByteArrayView utf8, OnPiece onPiece)
{
    const auto *text = reinterpret_cast<const uchar *>(utf8.data());
    const qsizetype size = utf8.size();
    PreTokenizer splitter(encoding, text, size);
    for (qsizetype pos = 0; pos < size;) {
        const qsizetype end = splitter.pieceEnd(pos);
        onPiece(text + pos, end - pos);
        pos = end;
    }
    return !splitter.sawInvalidUtf8();
}

// UTF-8 of the text, with every lone surrogate as U+FFFD (QString::toUtf8 would write "?";
// tiktoken called from JavaScript sees U+FFFD). The scan for surrogates is far cheaper than
// tokenizing, and a copy is made only when a lone one is found.
QByteArray utf8Of(QStringView text)
{
    const char16_t *begin = text.utf16();
    const char16_t *end = begin + text.size();
    for (const char16_t *p = begin; p < end; ++p) {
        if (!QChar::isSurrogate(*p))
            continue;
        if (QChar::isHighSurrogate(*p) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            ++p;
            continue;
        }
        QString repaired = text.toString();
        for (qsizetype i = p - begin; i < repaired.size(); ++i) {
            const char16_t c = repaired.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < repaired.size() && repaired.at(i + 1).isLowSurrogate())
                ++i;
            else if (QChar::isSurrogate(c))
                repaired[i] = QChar::ReplacementCharacter;
        }
        return repaired.toUtf8();
    }
    return text.toUtf8();
}

// Invalid UTF-8 becomes U+FFFD, as QString::fromUtf8 (and a lossy decode) makes it.
QByteArray repairedUtf8(QByteArrayView utf8)
{
    return QString::fromUtf8(utf8).toUtf8();
}

} // namespace

Tokenizer::Tokenizer(TokenEncoding encoding)
    : m_encoding(encoding), m_ranks(BpeRanks::shipped(encoding))
{
    if (!m_ranks)
        qFatal("Ajuste cannot count tokens: its tokenizer data is missing from this build.");
}

QList<int> Tokenizer::encode(QStringView text) const
{
    return encodeUtf8(utf8Of(text));
}

QList<int> Tokenizer::encodeUtf8(QByteArrayView utf8) const
{
    const BytePairEncoder merger(*m_ranks);
    QList<int> tokens;
    tokens.reserve(utf8.size() / 4 + 1);
    const auto onPiece = [&](const uchar *piece, qsizetype length) { merger.encode(piece, length, tokens); };
    if (forEachPiece(m_encoding, utf8, onPiece))
        return tokens;
    tokens.clear();
    forEachPiece(m_encoding, repairedUtf8(utf8), onPiece);
    return tokens;
}

qsizetype Tokenizer::count(QStringView text) const
{
    return countUtf8(utf8Of(text));
}

qsizetype Tokenizer::countUtf8(QByteArrayView utf8) const
{
    const BytePairEncoder merger(*m_ranks);
    qsizetype total = 0;
    const auto onPiece = [&](const uchar *piece, qsizetype length) { total += merger.count(piece, length); };
    if (forEachPiece(m_encoding, utf8, onPiece))
        return total;
    total = 0;
    forEachPiece(m_encoding, repairedUtf8(utf8), onPiece);
    return total;
}

QByteArray Tokenizer::decode(const QList<int> &tokens) const
{
    QByteArray bytes;
    for (const int token : tokens)
        bytes.append(m_ranks->bytes(quint32(token)));
    return bytes;
}
