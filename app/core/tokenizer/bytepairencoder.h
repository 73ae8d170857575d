#pragma once

#include "bperanks.h"

#include <QList>

// Byte-pair merging of one pre-tokenized piece, exactly as tiktoken does it: start from
// single bytes and repeatedly merge the adjacent pair whose joined bytes have the lowest
// rank (the leftmost one on a tie) until no joined pair is a token.
class BytePairEncoder
{
public:
    // Uses the calling thread's cache of recent pieces for these ranks: construct one per
    // call on the thread that uses it.
    explicit BytePairEncoder(const BpeRanks &ranks);

    // Appends the piece's tokens to tokens.
    void encode(const uchar *piece, qsizetype length, QList<int> &tokens) const;
    // The number of tokens of the piece.
    qsizetype count(const uchar *piece, qsizetype length) const;

private:
    void encodeUncached(const uchar *piece, qsizetype length, QList<int> &tokens) const;
    // Merges the piece and writes the start offset of each resulting token to starts
    // (followed by length); returns the number of tokens. starts has room for length + 1.
    qsizetype merge(const uchar *piece, qsizetype length, quint32 *starts) const;
    qsizetype mergeShort(const uchar *piece, qsizetype length, quint32 *starts) const;
    qsizetype mergeLong(const uchar *piece, qsizetype length, quint32 *starts) const;

    struct CachedPiece;
    CachedPiece *cached(const uchar *piece, qsizetype length, bool &hit) const;

    const BpeRanks &m_ranks;
    CachedPiece *m_cache;
};
