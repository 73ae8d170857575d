#include "bytepairencoder.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <queue>
#include <vector>

namespace {

// Below this length the quadratic scan over a small array (tiktoken's own method) beats a heap.
constexpr qsizetype LongPiece = 128;

// Pieces of this many bytes or fewer go through the per-thread cache.
constexpr qsizetype CachedLength = 16;
constexpr int CachedTokens = 6;
constexpr size_t CacheEntries = 4096; // 192 KB per thread and encoding: stays in L2

} // namespace

// One remembered piece: natural text repeats its words, and a cache that fits in L2 answers
// far faster than the rank table (megabytes, one cache miss per lookup) and the merges.
struct BytePairEncoder::CachedPiece
{
    quint64 low = 0;    // bytes 0-7
    quint64 high = 0;   // bytes 8-15
    quint32 length = 0; // 0: empty entry
    quint32 count = 0;  // tokens of the piece; the ids too when count <= CachedTokens
    quint32 tokens[CachedTokens] = {};
};

BytePairEncoder::BytePairEncoder(const BpeRanks &ranks) : m_ranks(ranks), m_cache(nullptr)
{
    // One cache per encoding per thread, for the first two rank tables a thread uses (the
    // two shipped encodings). Others go uncached rather than take a slot another encoder on
    // this thread may still point to.
    struct Slot
    {
        quint32 ranksId = 0;
        std::unique_ptr<CachedPiece[]> entries;
    };
    thread_local Slot slots[2];
    for (Slot &slot : slots) {
        if (slot.ranksId == ranks.id()) {
            m_cache = slot.entries.get();
            return;
        }
    }
    for (Slot &slot : slots) {
        if (slot.ranksId == 0) {
            slot.ranksId = ranks.id();
            slot.entries = std::make_unique<CachedPiece[]>(CacheEntries);
            m_cache = slot.entries.get();
            return;
        }
    }
}

// The cache entry for the piece; hit tells whether it holds this piece already.
BytePairEncoder::CachedPiece *BytePairEncoder::cached(const uchar *piece, qsizetype length,
                                                      bool &hit) const
{
    const quint64 low = BpeRanks::headOf(piece, std::min<qsizetype>(length, 8));
    const quint64 high = length > 8 ? BpeRanks::headOf(piece + 8, length - 8) : 0;
    const quint64 hash = BpeRanks::mix(low ^ (high * 0x9e3779b97f4a7c15ull) ^ quint64(length));
    CachedPiece *entry = m_cache + (hash & (CacheEntries - 1));
    hit = entry->length == quint32(length) && entry->low == low && entry->high == high;
    if (!hit) {
        entry->low = low;
        entry->high = high;
        entry->length = 0; // filled in by the caller
    }
    return entry;
}

void BytePairEncoder::encode(const uchar *piece, qsizetype length, QList<int> &tokens) const
{
    if (length <= 0)
        return;
    CachedPiece *entry = nullptr;
    if (m_cache && length <= CachedLength && length > 1) {
        bool hit = false;
        entry = cached(piece, length, hit);
        if (hit && entry->count <= quint32(CachedTokens)) {
            for (quint32 i = 0; i < entry->count; ++i)
                tokens.append(int(entry->tokens[i]));
            return;
        }
    }
    const qsizetype before = tokens.size();
    encodeUncached(piece, length, tokens);
    if (entry) {
        const qsizetype added = tokens.size() - before;
        entry->count = quint32(added);
        for (qsizetype i = 0; i < std::min<qsizetype>(added, CachedTokens); ++i)
            entry->tokens[i] = quint32(tokens[before + i]);
        entry->length = quint32(length);
    }
}

void BytePairEncoder::encodeUncached(const uchar *piece, qsizetype length, QList<int> &tokens) const
{
    const quint32 whole = m_ranks.rank(piece, length);
    if (whole != BpeRanks::NoRank) {
        tokens.append(int(whole));
        return;
    }
    quint32 shortStarts[LongPiece + 1];
    std::vector<quint32> longStarts;
    quint32 *starts = shortStarts;
    if (length > LongPiece) {
        longStarts.resize(size_t(length) + 1);
        starts = longStarts.data();
    }
    const qsizetype count = merge(piece, length, starts);
    for (qsizetype i = 0; i < count; ++i)
        tokens.append(int(m_ranks.rank(piece + starts[i], qsizetype(starts[i + 1] - starts[i]))));
}

qsizetype BytePairEncoder::count(const uchar *piece, qsizetype length) const
{
    if (length <= 1)
        return length;
    if (m_cache && length <= CachedLength) {
        bool hit = false;
        CachedPiece *entry = cached(piece, length, hit);
        if (hit)
            return entry->count;
        // Store the ids as well, so encode() can use the entry too.
        quint32 starts[CachedLength + 1];
        const quint32 whole = m_ranks.rank(piece, length);
        const qsizetype count = whole != BpeRanks::NoRank ? 1 : mergeShort(piece, length, starts);
        entry->count = quint32(count);
        if (whole != BpeRanks::NoRank) {
            entry->tokens[0] = whole;
        } else {
            for (qsizetype i = 0; i < std::min<qsizetype>(count, CachedTokens); ++i)
                entry->tokens[i] =
                    m_ranks.rank(piece + starts[i], qsizetype(starts[i + 1] - starts[i]));
        }
        entry->length = quint32(length);
        return count;
    }
    if (m_ranks.rank(piece, length) != BpeRanks::NoRank)
        return 1;
    quint32 shortStarts[LongPiece + 1];
    if (length <= LongPiece)
        return mergeShort(piece, length, shortStarts);
    std::vector<quint32> longStarts(size_t(length) + 1);
    return mergeLong(piece, length, longStarts.data());
}

qsizetype BytePairEncoder::merge(const uchar *piece, qsizetype length, quint32 *starts) const
{
    return length <= LongPiece ? mergeShort(piece, length, starts)
                               : mergeLong(piece, length, starts);
}

// tiktoken's loop: parts[i] starts at starts[i]; pairRanks[i] is the rank of parts i and i+1
// joined. Each round merges the lowest (leftmost on a tie) and re-ranks its two neighbours.
qsizetype BytePairEncoder::mergeShort(const uchar *piece, qsizetype length, quint32 *starts) const
{
    quint32 pairRanks[LongPiece + 1];
    qsizetype parts = length;
    for (qsizetype i = 0; i < length; ++i)
        starts[i] = quint32(i);
    starts[length] = quint32(length);
    for (qsizetype i = 0; i + 1 < length; ++i)
        pairRanks[i] = m_ranks.rank(piece + i, 2);
    pairRanks[length - 1] = BpeRanks::NoRank;

    // Rank of parts i and i+1 joined, or NoRank past the end.
    const auto joinedRank = [&](qsizetype i) {
        if (i + 1 >= parts)
            return BpeRanks::NoRank;
        return m_ranks.rank(piece + starts[i], qsizetype(starts[i + 2] - starts[i]));
    };
    while (parts > 1) {
        qsizetype best = 0;
        quint32 bestRank = pairRanks[0];
        for (qsizetype i = 1; i + 1 < parts; ++i) {
            if (pairRanks[i] < bestRank) {
                bestRank = pairRanks[i];
                best = i;
            }
        }
        if (bestRank == BpeRanks::NoRank)
            break;
        // Remove the boundary between parts best and best+1.
        std::memmove(starts + best + 1, starts + best + 2,
                     size_t(parts - best - 1) * sizeof(quint32));
        std::memmove(pairRanks + best + 1, pairRanks + best + 2,
                     size_t(parts - best - 2) * sizeof(quint32));
        --parts;
        pairRanks[best] = joinedRank(best);
        if (best > 0)
            pairRanks[best - 1] = joinedRank(best - 1);
    }
    return parts;
}

// The same merges with a heap and a linked list of parts, for long pieces (a run of 10,000
// spaces) where the quadratic scan would take seconds. Heap order (rank, start offset)
// reproduces "lowest rank, leftmost first"; stale heap entries are skipped by comparing with
// the part's current pair rank and stamp.
qsizetype BytePairEncoder::mergeLong(const uchar *piece, qsizetype length, quint32 *starts) const
{
    struct Part
    {
        quint32 next;     // index of the next live part; length for none
        quint32 previous; // index of the previous live part; NoRank for none
        quint32 pairRank; // rank of this part joined with the next
        quint32 stamp;    // bumped whenever pairRank changes
        bool live;
    };
    struct Candidate
    {
        quint32 rank;
        quint32 start;
        quint32 stamp;
        bool operator>(const Candidate &other) const
        {
            return rank != other.rank ? rank > other.rank : start > other.start;
        }
    };
    const quint32 end = quint32(length);
    std::vector<Part> parts(static_cast<size_t>(length));
    std::vector<Candidate> heapStorage;
    heapStorage.reserve(size_t(length));
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap(
        std::greater<>{}, std::move(heapStorage));
    // Part index == its start offset, since parts start as single bytes and only ever
    // absorb their right neighbour.
    const auto joinedRank = [&](quint32 index) {
        const quint32 next = parts[index].next;
        if (next == end)
            return BpeRanks::NoRank;
        return m_ranks.rank(piece + index, qsizetype(parts[next].next - index));
    };
    for (quint32 i = 0; i < end; ++i)
        parts[i] = Part{i + 1, i == 0 ? BpeRanks::NoRank : i - 1, BpeRanks::NoRank, 0, true};
    for (quint32 i = 0; i + 1 < end; ++i) {
        parts[i].pairRank = m_ranks.rank(piece + i, 2);
        if (parts[i].pairRank != BpeRanks::NoRank)
            heap.push(Candidate{parts[i].pairRank, i, 0});
    }
    while (!heap.empty()) {
        const Candidate top = heap.top();
        heap.pop();
        Part &part = parts[top.start];
        if (!part.live || part.stamp != top.stamp || part.pairRank != top.rank)
            continue;
        // Absorb the next part.
        Part &absorbed = parts[part.next];
        absorbed.live = false;
        part.next = absorbed.next;
        if (part.next != end)
            parts[part.next].previous = top.start;
        part.pairRank = joinedRank(top.start);
        ++part.stamp;
        if (part.pairRank != BpeRanks::NoRank)
            heap.push(Candidate{part.pairRank, top.start, part.stamp});
        if (part.previous != BpeRanks::NoRank) {
            Part &previous = parts[part.previous];
            previous.pairRank = joinedRank(part.previous);
            ++previous.stamp;
            if (previous.pairRank != BpeRanks::NoRank)
                heap.push(Candidate{previous.pairRank, part.previous, previous.stamp});
        }
    }
    qsizetype count = 0;
    for (quint32 i = 0; i != end; i = parts[i].next)
        starts[count++] = i;
    starts[count] = end;
    return count;
}
