// Byte-pair merging alone, on any bytes as one piece (short pieces and the long-piece path):
// the tokens are known ranks whose bytes join into the piece, counted as many as encoded, and
// the per-thread cache gives the same answer the second time.
#include "core/tokenizer/bperanks.h"
#include "core/tokenizer/bytepairencoder.h"
#include "fuzzsupport.h"

AJUSTE_FUZZ_SETUP(bpe)
{
    Fuzz::ensureApplication();
    BpeRanks::shipped(TokenEncoding::O200kBase);
    BpeRanks::shipped(TokenEncoding::Cl100kBase);
}

AJUSTE_FUZZ_TARGET(bpe)
{
    if (size < 2)
        return 0;
    Fuzz::ensureApplication();
    static const std::shared_ptr<const BpeRanks> o200k =
        BpeRanks::shipped(TokenEncoding::O200kBase);
    static const std::shared_ptr<const BpeRanks> cl100k =
        BpeRanks::shipped(TokenEncoding::Cl100kBase);
    const BpeRanks &ranks = (data[0] & 1) ? *cl100k : *o200k;
    const uchar *piece = data + 1;
    const qsizetype length = qsizetype(size - 1);
    const BytePairEncoder encoder(ranks);
    QList<int> tokens;
    encoder.encode(piece, length, tokens);
    QByteArray joined;
    for (const int token : std::as_const(tokens)) {
        Fuzz::check(token >= 0 && quint32(token) < ranks.size(), "an unknown token");
        joined.append(ranks.bytes(quint32(token)));
    }
    const QByteArray original(reinterpret_cast<const char *>(piece), length);
    Fuzz::check(joined == original, "the tokens do not join into the piece",
                [&] { return original.toHex(); });
    Fuzz::check(encoder.count(piece, length) == tokens.size(), "count differs from encode");
    QList<int> again;
    encoder.encode(piece, length, again);
    Fuzz::check(again == tokens, "a cached piece encodes differently",
                [&] { return original.toHex(); });
    return 0;
}
