#pragma once

#include "tokenencoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>
#include <cstring>
#include <memory>
#include <vector>

// The byte-pair ranks of one encoding: which byte sequences are tokens, and their ids.
// Lookups are the tokenizer's hot path, so this is a flat open-addressing hash table whose
// slots carry the key's first 8 bytes: most lookups touch one cache line and allocate nothing.
// Immutable once built, so any number of threads may share it.
class BpeRanks
{
public:
    static constexpr quint32 NoRank = 0xffffffffu;

    // The ranks shipped with Ajuste (resource :/tokenizer/<name>.tiktoken.qz), loaded on
    // first use, once per encoding, and then shared by every tokenizer in the process: the
    // data never changes and loading it again would only cost time and memory.
    static std::shared_ptr<const BpeRanks> shipped(TokenEncoding encoding);

    // Builds ranks from tiktoken's text format ("base64-bytes rank" per line). Returns null
    // when a line is malformed.
    static std::unique_ptr<BpeRanks> fromTiktoken(QByteArrayView text);

    // The rank (token id) of these bytes, or NoRank when they are not a token.
    Q_ALWAYS_INLINE quint32 rank(const uchar *bytes, qsizetype length) const
    {
        const quint64 head = headOf(bytes, length);
        const quint64 hash = hashOf(head, bytes, length);
        for (quint64 index = hash & m_mask;; index = (index + 1) & m_mask) {
            const Slot &slot = m_slots[index];
            if (slot.rank == NoRank)
                return NoRank;
            if (slot.head == head && slot.length == quint32(length) &&
                (length <= 8 || tailMatches(slot.rank, bytes, length)))
                return slot.rank;
        }
    }

    // The bytes of a token; empty for an unknown id.
    QByteArrayView bytes(quint32 rank) const;
    // One more than the highest rank.
    quint32 size() const { return quint32(m_offsets.size() - 1); }
    // Different for every BpeRanks ever built in this process (keys per-thread caches).
    quint32 id() const { return m_id; }

    // The first min(length, 8) bytes as a little-endian number, read without touching
    // memory past the end (overlapping loads instead of a byte loop).
    static quint64 headOf(const uchar *p, qsizetype length)
    {
        if (length >= 8)
            return qFromLittleEndian<quint64>(p);
        if (length >= 4) {
            const quint64 low = qFromLittleEndian<quint32>(p);
            const quint64 high = qFromLittleEndian<quint32>(p + length - 4);
            return low | (high << (8 * (length - 4)));
        }
        if (length > 0) {
            return quint64(p[0]) | (quint64(p[length / 2]) << (8 * (length / 2))) |
                   (quint64(p[length - 1]) << (8 * (length - 1)));
        }
        return 0;
    }
    // A strong 64-bit mix of x, for hashing.
    static quint64 mix(quint64 x)
    {
        x ^= x >> 32;
        x *= 0xd6e8feb86659fd93ull;
        x ^= x >> 32;
        x *= 0xd6e8feb86659fd93ull;
        x ^= x >> 32;
        return x;
    }

private:
    struct Slot
    {
        quint64 head = 0;      // first up to 8 bytes, little-endian, zero-padded
        quint32 rank = NoRank; // NoRank marks an empty slot
        quint32 length = 0;
    };

    BpeRanks();
    void buildTable(size_t keys);
    void insert(quint64 home, quint64 head, quint32 rank, quint32 length);
    bool tailMatches(quint32 rank, const uchar *bytes, qsizetype length) const
    {
        return std::memcmp(m_arena.constData() + m_offsets[rank] + 8, bytes + 8,
                           size_t(length - 8)) == 0;
    }

    static quint64 hashOf(quint64 head, const uchar *p, qsizetype length)
    {
        quint64 hash = mix(head ^ (quint64(length) * 0x9e3779b97f4a7c15ull));
        if (length > 8) {
            qsizetype i = 8;
            for (; i + 8 <= length; i += 8)
                hash = mix(hash ^ qFromLittleEndian<quint64>(p + i));
            if (i < length)
                hash = mix(hash ^ qFromLittleEndian<quint64>(p + length - 8));
        }
        return hash;
    }

    quint32 m_id;
    std::vector<Slot> m_slots;
    quint64 m_mask = 0;
    QByteArray m_arena;             // every token's bytes, one after another
    std::vector<quint32> m_offsets; // rank -> start in m_arena; one extra entry at the end
};
