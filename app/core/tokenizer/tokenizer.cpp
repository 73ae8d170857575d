#include "tokenizer.h"

#include "bytepairencoder.h"
#include "pretokenizer.h"

#include <QString>
#include <QStringDecoder>

namespace {

// Runs the pre-tokenizer over the text and hands every piece to onPiece. False when the
// text is not valid UTF-8 (then the pieces seen so far are meaningless).
template <typename OnPiece>
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

// Writes the UTF-8 of text to out (room for 3 bytes per UTF-16 unit) and returns its length.
// A lone surrogate becomes U+FFFD: QString::toUtf8 would write "?", while tiktoken called
// from JavaScript sees U+FFFD. Done here in one pass, into a reused buffer, because chat
// counting converts many short strings.
qsizetype writeUtf8(QStringView text, char *out)
{
    char *const begin = out;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            *out++ = char(c);
        } else if (c < 0x800) {
            *out++ = char(0xc0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *out++ = char(0xf0 | (u >> 18));
            *out++ = char(0x80 | ((u >> 12) & 0x3f));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        } else {
            const char16_t u = QChar::isSurrogate(c) ? char16_t(QChar::ReplacementCharacter) : c;
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    return out - begin;
}

// A per-thread buffer for the UTF-8 of QString input, so counting allocates nothing.
QByteArrayView utf8Of(QStringView text, std::vector<char> &buffer)
{
    buffer.resize(size_t(text.size()) * 3 + 1);
    return QByteArrayView(buffer.data(), writeUtf8(text, buffer.data()));
}

std::vector<char> &threadBuffer()
{
    thread_local std::vector<char> buffer;
    return buffer;
}

// Invalid UTF-8 becomes U+FFFD, as a lossy decode makes it (tiktoken's, Python's "replace").
// A byte-order mark at the start stays U+FEFF: QString::fromUtf8 drops it, which cost broken
// text that starts with one a token (found by fuzz_tokenizer).
QByteArray repairedUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return QString(decoder.decode(utf8)).toUtf8();
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
    std::vector<char> buffer;
    return encodeUtf8(utf8Of(text, buffer));
}

QList<int> Tokenizer::encodeUtf8(QByteArrayView utf8) const
{
    const BytePairEncoder merger(*m_ranks);
    QList<int> tokens;
    tokens.reserve(utf8.size() / 4 + 1);
    const auto onPiece = [&](const uchar *piece, qsizetype length) {
        merger.encode(piece, length, tokens);
    };
    if (forEachPiece(m_encoding, utf8, onPiece))
        return tokens;
    tokens.clear();
    forEachPiece(m_encoding, repairedUtf8(utf8), onPiece);
    return tokens;
}

qsizetype Tokenizer::count(QStringView text) const
{
    std::vector<char> &buffer = threadBuffer();
    const qsizetype result = countUtf8(utf8Of(text, buffer));
    if (buffer.capacity() > (size_t(1) << 20))
        std::vector<char>().swap(buffer); // do not keep a large file's worth per thread
    return result;
}

qsizetype Tokenizer::countUtf8(QByteArrayView utf8) const
{
    const BytePairEncoder merger(*m_ranks);
    qsizetype total = 0;
    const auto onPiece = [&](const uchar *piece, qsizetype length) {
        total += merger.count(piece, length);
    };
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
