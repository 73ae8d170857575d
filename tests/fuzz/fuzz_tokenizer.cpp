// The pre-tokenizers (o200k_base, cl100k_base) and the whole tokenizer: pieces always move
// forward inside the text, encoding gives back the text (invalid UTF-8 as U+FFFD), the count
// is the encoding's length, and UTF-16 and UTF-8 entry points agree.
#include "core/tokenizer/bperanks.h"
#include "core/tokenizer/pretokenizer.h"
#include "core/tokenizer/tokenizer.h"
#include "fuzzsupport.h"

#include <QStringDecoder>

AJUSTE_FUZZ_SETUP(tokenizer)
{
    Fuzz::ensureApplication();
    BpeRanks::shipped(TokenEncoding::O200kBase);
    BpeRanks::shipped(TokenEncoding::Cl100kBase);
}

AJUSTE_FUZZ_TARGET(tokenizer)
{
    if (size < 1)
        return 0;
    Fuzz::ensureApplication();
    static const Tokenizer o200k(TokenEncoding::O200kBase);
    static const Tokenizer cl100k(TokenEncoding::Cl100kBase);
    const bool useO200k = (data[0] & 1) == 0;
    const Tokenizer &tokenizer = useO200k ? o200k : cl100k;
    const QByteArray text = Fuzz::bytes(data + 1, size - 1);

    PreTokenizer splitter(tokenizer.encoding(), reinterpret_cast<const uchar *>(text.constData()),
                          text.size());
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype end = splitter.pieceEnd(pos);
        Fuzz::check(end > pos && end <= text.size(), "a piece that does not move forward", text);
        pos = end;
    }

    const QList<int> tokens = tokenizer.encodeUtf8(text);
    Fuzz::check(tokenizer.countUtf8(text) == tokens.size(), "count differs from encode", text);
    // Lossy, and keeping a byte-order mark at the start (QString::fromUtf8 drops it).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(text);
    Fuzz::check(tokenizer.decode(tokens) == decoded.toUtf8(),
                "decode(encode(text)) is not the text", text);
    // From UTF-16, the same tokens (the text is repaired the same way).
    Fuzz::check(tokenizer.encode(decoded) == tokens, "UTF-16 and UTF-8 encodings differ", text);
    Fuzz::check(tokenizer.count(decoded) == tokens.size(), "UTF-16 count differs", text);
    return 0;
}
