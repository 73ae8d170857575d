#include "bperanks.h"

#include <QFile>
#include <QLoggingCategory>
#include <array>
#include <atomic>
#include <mutex>

Q_LOGGING_CATEGORY(lcTokenizer, "ajuste.tokenizer")

namespace {

// Base64 alphabet value of each byte; -1 for anything else (padding included).
constexpr std::array<qint8, 256> base64Values()
{
    std::array<qint8, 256> values{};
    for (auto &value : values)
        value = -1;
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i)
        values[uchar(alphabet[i])] = qint8(i);
    return values;
}
constexpr auto base64 = base64Values();

// Decodes one base64 field to out; returns the end of the written bytes, or null when the
// field is not base64.
uchar *decodeBase64(const char *begin, const char *end, uchar *out)
{
    quint32 buffer = 0;
    int bits = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '=')
            break;
        const qint8 value = base64[uchar(*p)];
        if (value < 0)
            return nullptr;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *out++ = uchar((buffer >> bits) & 0xff);
        }
    }
    return out;
}

bool parseRank(const char *begin, const char *end, quint32 &rank)
{
    if (begin == end)
        return false;
    quint64 value = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        value = value * 10 + quint64(*p - '0');
        if (value >= BpeRanks::NoRank)
            return false;
    }
    rank = quint32(value);
    return true;
}

std::shared_ptr<const BpeRanks> loadShipped(TokenEncoding encoding)
{
    const QString path = QStringLiteral(":/tokenizer/") + tokenEncodingName(encoding) +
                         QStringLiteral(".tiktoken.qz");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcTokenizer) << "Tokenizer data" << path
                                << "is missing: the program was built without ajuste_resources";
        return {};
    }
    const QByteArray text = qUncompress(file.readAll());
    std::shared_ptr<const BpeRanks> ranks = BpeRanks::fromTiktoken(text);
    if (!ranks)
        qCCritical(lcTokenizer) << "Tokenizer data" << path << "is damaged";
    return ranks;
}

} // namespace

BpeRanks::BpeRanks()
{
    static std::atomic<quint32> lastId{0};
    m_id = ++lastId;
}

std::shared_ptr<const BpeRanks> BpeRanks::shipped(TokenEncoding encoding)
{
    // One slot per encoding; std::call_once makes the first use thread-safe and later uses
    // free of locks.
    struct Loaded
    {
        std::once_flag once;
        std::shared_ptr<const BpeRanks> ranks;
    };
    static std::array<Loaded, 2> loaded;
    Loaded &slot = loaded[encoding == TokenEncoding::Cl100kBase ? 1 : 0];
    std::call_once(slot.once, [&] { slot.ranks = loadShipped(encoding); });
    return slot.ranks;
}

std::unique_ptr<BpeRanks> BpeRanks::fromTiktoken(QByteArrayView text)
{
    struct Entry
    {
        quint32 rank;
        quint32 offset;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(text.size() / 12));
    // Decoded bytes are never longer than their base64 text.
    QByteArray arena(text.size(), Qt::Uninitialized);
    auto *const arenaBegin = reinterpret_cast<uchar *>(arena.data());
    uchar *arenaEnd = arenaBegin;
    quint32 highest = 0;
    bool inRankOrder = true; // OpenAI's files list ranks 0, 1, 2... in order
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        if (lineEnd == p) { // blank line
            p = lineEnd + 1;
            continue;
        }
        const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(lineEnd - p)));
        const char *rankEnd = lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
        Entry entry{0, quint32(arenaEnd - arenaBegin)};
        if (!space || !parseRank(space + 1, rankEnd, entry.rank))
            return {};
        arenaEnd = decodeBase64(p, space, arenaEnd);
        if (!arenaEnd)
            return {};
        inRankOrder = inRankOrder && entry.rank == entries.size();
        highest = std::max(highest, entry.rank);
        entries.push_back(entry);
        p = lineEnd + 1;
    }
    if (entries.empty())
        return {};
    arena.truncate(arenaEnd - arenaBegin);

    std::unique_ptr<BpeRanks> ranks(new BpeRanks);
    ranks->m_offsets.resize(size_t(highest) + 2);
    if (inRankOrder) {
        for (size_t rank = 0; rank < entries.size(); ++rank)
            ranks->m_offsets[rank] = entries[rank].offset;
        ranks->m_offsets[entries.size()] = quint32(arena.size());
        ranks->m_arena = std::move(arena);
    } else {
        // Rebuild the arena in rank order so offsets[rank + 1] is the end of rank's bytes;
        // ranks missing from the file get an empty range.
        std::vector<quint32> starts(size_t(highest) + 1, NoRank);
        std::vector<quint32> ends(size_t(highest) + 1, 0);
        for (size_t i = 0; i < entries.size(); ++i) {
            starts[entries[i].rank] = entries[i].offset;
            ends[entries[i].rank] =
                i + 1 < entries.size() ? entries[i + 1].offset : quint32(arena.size());
        }
        QByteArray ordered;
        ordered.reserve(arena.size());
        for (quint32 rank = 0; rank <= highest; ++rank) {
            ranks->m_offsets[rank] = quint32(ordered.size());
            if (starts[rank] != NoRank)
                ordered.append(arena.constData() + starts[rank],
                               qsizetype(ends[rank] - starts[rank]));
        }
        ranks->m_offsets[size_t(highest) + 1] = quint32(ordered.size());
        ranks->m_arena = std::move(ordered);
    }
    ranks->buildTable(entries.size());
    return ranks;
}

// At most about 40 % full, so a missing key (most pair lookups) ends its probe quickly.
// Building is dominated by cache misses on the 8 MB table: the home slots are computed first
// so the slot a few keys ahead can be fetched while the current one is written.
void BpeRanks::buildTable(size_t keys)
{
    size_t capacity = 1;
    while (capacity < keys * 5 / 2)
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    struct Key
    {
        quint64 home;
        quint64 head;
        quint32 rank;
        quint32 length;
    };
    std::vector<Key> pending;
    pending.reserve(keys);
    for (quint32 rank = 0; rank < size(); ++rank) {
        const QByteArrayView key = bytes(rank);
        if (key.isEmpty())
            continue;
        const auto *data = reinterpret_cast<const uchar *>(key.data());
        const quint64 head = headOf(data, key.size());
        pending.push_back(
            Key{hashOf(head, data, key.size()) & m_mask, head, rank, quint32(key.size())});
    }
    constexpr size_t Ahead = 16;
    for (size_t i = 0; i < pending.size(); ++i) {
#if defined(__GNUC__) || defined(__clang__)
        if (i + Ahead < pending.size())
            __builtin_prefetch(&m_slots[pending[i + Ahead].home], 1);
#endif
        const Key &key = pending[i];
        insert(key.home, key.head, key.rank, key.length);
    }
}

void BpeRanks::insert(quint64 home, quint64 head, quint32 rank, quint32 length)
{
    const auto *data = reinterpret_cast<const uchar *>(m_arena.constData() + m_offsets[rank]);
    quint64 index = home;
    while (m_slots[index].rank != NoRank) {
        const Slot &slot = m_slots[index];
        if (slot.head == head && slot.length == length &&
            (length <= 8 || tailMatches(slot.rank, data, length)))
            return; // the same bytes twice (never in OpenAI's files): the first rank stays
        index = (index + 1) & m_mask;
    }
    m_slots[index] = Slot{head, rank, length};
}

QByteArrayView BpeRanks::bytes(quint32 rank) const
{
    if (rank >= size())
        return {};
    return QByteArrayView(m_arena.constData() + m_offsets[rank],
                          qsizetype(m_offsets[rank + 1] - m_offsets[rank]));
}
