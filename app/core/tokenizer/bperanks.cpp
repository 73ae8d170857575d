#include "bperanks.h"

#include <QFile>
#include <QLoggingCategory>

#include <array>
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

// Appends the decoded bytes of one base64 field to out; false when it is not base64.
bool decodeBase64(const char *begin, const char *end, QByteArray &out)
{
    quint32 buffer = 0;
    int bits = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '=')
            break;
        const qint8 value = base64[uchar(*p)];
        if (value < 0)
            return false;
        buffer = (buffer << 6) | quint32(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return true;
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
    const QString path = QStringLiteral(":/tokenizer/") + tokenEncodingName(encoding)
                         + QStringLiteral(".tiktoken.qz");
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
    std::unique_ptr<BpeRanks> ranks(new BpeRanks);
    struct Entry
    {
        quint32 rank;
        quint32 offset;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(text.size() / 16));
    QByteArray &arena = ranks->m_arena;
    arena.reserve(text.size() * 3 / 4 / 2);
    quint32 highest = 0;
    const char *p = text.data();
    const char *end = p + text.size();
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *space = static_cast<const char *>(std::memchr(p, ' ', size_t(lineEnd - p)));
        if (lineEnd == p) {  // blank line
            p = lineEnd + 1;
            continue;
        }
        const char *rankEnd = lineEnd > p && lineEnd[-1] == '\r' ? lineEnd - 1 : lineEnd;
        Entry entry{0, quint32(arena.size())};
        if (!space || !decodeBase64(p, space, arena) || !parseRank(space + 1, rankEnd, entry.rank))
            return {};
        highest = std::max(highest, entry.rank);
        entries.push_back(entry);
        p = lineEnd + 1;
    }
    if (entries.empty())
        return {};

    // rank -> offset; ranks missing from the file get an empty range.
    std::vector<quint32> starts(size_t(highest) + 2, NoRank);
    std::vector<quint32> ends(size_t(highest) + 1, 0);
    for (size_t i = 0; i < entries.size(); ++i) {
        const quint32 next = i + 1 < entries.size() ? entries[i + 1].offset : quint32(arena.size());
        starts[entries[i].rank] = entries[i].offset;
        ends[entries[i].rank] = next;
    }
    // Rebuild the arena in rank order so offsets[rank + 1] is the end of rank's bytes.
    QByteArray ordered;
    ordered.reserve(arena.size());
    ranks->m_offsets.resize(size_t(highest) + 2);
    for (quint32 rank = 0; rank <= highest; ++rank) {
        ranks->m_offsets[rank] = quint32(ordered.size());
        if (starts[rank] != NoRank)
            ordered.append(arena.constData() + starts[rank], qsizetype(ends[rank] - starts[rank]));
    }
    ranks->m_offsets[size_t(highest) + 1] = quint32(ordered.size());
    ranks->m_arena = std::move(ordered);

    // At most about 40 % full, so a missing key (most pair lookups) ends its probe quickly.
    size_t capacity = 1;
    while (capacity < entries.size() * 5 / 2)
        capacity *= 2;
    ranks->m_slots.assign(capacity, Slot{});
    ranks->m_mask = capacity - 1;
    for (quint32 rank = 0; rank <= highest; ++rank) {
        if (starts[rank] != NoRank)
            ranks->insert(rank);
    }
    return ranks;
}

void BpeRanks::insert(quint32 rank)
{
    const QByteArrayView key = bytes(rank);
    const auto *data = reinterpret_cast<const uchar *>(key.data());
    const quint64 head = headOf(data, key.size());
    const quint64 hash = hashOf(head, data, key.size());
    quint64 index = hash & m_mask;
    while (m_slots[index].rank != NoRank) {
        if (m_slots[index].head == head && m_slots[index].length == quint32(key.size())
            && (key.size() <= 8 || tailMatches(m_slots[index].rank, data, key.size())))
            return;  // the same bytes twice: the first (lowest) rank wins, as in tiktoken
        index = (index + 1) & m_mask;
    }
    m_slots[index] = Slot{head, rank, quint32(key.size())};
}

QByteArrayView BpeRanks::bytes(quint32 rank) const
{
    if (rank >= size())
        return {};
    return QByteArrayView(m_arena.constData() + m_offsets[rank],
                          qsizetype(m_offsets[rank + 1] - m_offsets[rank]));
}
