#include "exampledigest.h"

#include "examplejson.h"

#include <cstring>

namespace {

// A word-at-a-time 64-bit hash (FNV-style mixing with a final avalanche): stable across runs
// and platforms, several times faster than byte-wise FNV on long texts.
class Hasher
{
public:
    void add(const void *data, qsizetype size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        while (size >= 8) {
            quint64 word;
            std::memcpy(&word, bytes, 8);
            mix(word);
            bytes += 8;
            size -= 8;
        }
        quint64 tail = quint64(size) << 56;
        for (qsizetype i = 0; i < size; ++i)
            tail |= quint64(bytes[i]) << (8 * i);
        mix(tail);
    }
    void add(QStringView text) { add(text.data(), text.size() * qsizetype(sizeof(QChar))); }
    void add(quint64 value) { mix(value ^ 0xA5A5A5A5A5A5A5A5ULL); }
    qint64 result() const
    {
        quint64 h = m_hash;
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDULL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53ULL;
        h ^= h >> 33;
        return qint64(h);
    }

private:
    void mix(quint64 word)
    {
        m_hash ^= word;
        m_hash *= 0x100000001B3ULL;
        m_hash ^= m_hash >> 29;
    }

    quint64 m_hash = 14695981039346656037ULL;
};

char *writeUtf8(char32_t code, char *out)
{
    if (code < 0x80) {
        *out++ = char(code);
    } else if (code < 0x800) {
        *out++ = char(0xC0 | (code >> 6));
        *out++ = char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        *out++ = char(0xE0 | (code >> 12));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    } else {
        *out++ = char(0xF0 | (code >> 18));
        *out++ = char(0x80 | ((code >> 12) & 0x3F));
        *out++ = char(0x80 | ((code >> 6) & 0x3F));
        *out++ = char(0x80 | (code & 0x3F));
    }
    return out;
}

class Walker
{
public:
    ExampleDigest digest;

    void text(const QString &value, char tag)
    {
        m_hash.add(quint64(tag));
        m_hash.add(value);
        ExampleDigest::appendLowerUtf8(value, &digest.searchText);
        digest.searchText.append('\n');
    }

    void messages(const QJsonArray &list, bool findSummary)
    {
        for (const QJsonValue &entry : list) {
            const QJsonObject message = entry.toObject();
            const QString role = message.value(QLatin1String("role")).toString();
            m_hash.add(quint64('r'));
            m_hash.add(role);
            const QString content =
                ExampleJson::contentText(message.value(QLatin1String("content")));
            text(content, 'c');
            if (findSummary && !m_summaryFound && role == QLatin1String("user")) {
                m_summaryFound = true;
                m_summarySource = content;
            }
            m_lastContent = content;
            for (const char *key : {"name", "tool_call_id"}) {
                const QJsonValue value = message.value(QLatin1String(key));
                if (value.isString()) {
                    m_hash.add(quint64(key[0]));
                    m_hash.add(value.toString());
                }
            }
            const QJsonValue weight = message.value(QLatin1String("weight"));
            if (!weight.isUndefined())
                m_hash.add(quint64(weight.toDouble(-1) * 16 + 1000));
            const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
            for (const QJsonValue &call : calls) {
                const QJsonObject function =
                    call.toObject().value(QLatin1String("function")).toObject();
                text(function.value(QLatin1String("name")).toString(), 'f');
                text(function.value(QLatin1String("arguments")).toString(), 'a');
            }
        }
    }

    void finish(int summaryLength)
    {
        QString source = m_summaryFound ? m_summarySource : m_lastContent;
        if (source.size() > summaryLength * 4)
            source.truncate(summaryLength * 4); // simplified() only needs the start
        source = source.simplified();
        if (source.size() > summaryLength)
            source = source.left(summaryLength - 1) + QChar(0x2026);
        digest.summary = source;
        digest.contentHash = m_hash.result();
    }

    void separate() { m_hash.add(quint64(0xFEED)); }

private:
    Hasher m_hash;
    bool m_summaryFound = false;
    QString m_summarySource;
    QString m_lastContent;
};

} // namespace

ExampleDigest ExampleDigest::of(const QJsonObject &example, int summaryLength)
{
    Walker walker;
    const QJsonArray conversation = ExampleJson::messages(example);
    walker.digest.searchText.reserve(1024);
    walker.messages(conversation, true);
    walker.digest.turns = int(conversation.size());
    if (ExampleJson::kind(example) == ExampleJson::Kind::Preference) {
        walker.digest.turns += 1;
        walker.separate();
        walker.messages(ExampleJson::preferredOutput(example), false);
        walker.separate();
        walker.messages(ExampleJson::nonPreferredOutput(example), false);
    }
    walker.finish(summaryLength);
    return walker.digest;
}

void ExampleDigest::appendLowerUtf8(QStringView text, QByteArray *out)
{
    // Writes straight into the buffer: at most 3 UTF-8 bytes per UTF-16 unit.
    const qsizetype start = out->size();
    if (out->capacity() < start + text.size() * 3)
        out->reserve(qMax(out->capacity() * 2, start + text.size() * 3));
    out->resize(start + text.size() * 3);
    char *write = out->data() + start;
    const QChar *p = text.data();
    const QChar *end = p + text.size();
    while (p < end) {
        const char16_t unit = p->unicode();
        if (unit < 0x80) {
            *write++ = char(unit >= 'A' && unit <= 'Z' ? unit + 32 : unit);
            ++p;
            continue;
        }
        char32_t code = unit;
        if (QChar::isHighSurrogate(unit) && p + 1 < end && (p + 1)->isLowSurrogate()) {
            code = QChar::surrogateToUcs4(unit, (p + 1)->unicode());
            p += 2;
        } else {
            p += 1;
            if (QChar::isSurrogate(unit))
                code = 0xFFFD;
        }
        write = writeUtf8(QChar::toLower(code), write);
    }
    out->truncate(write - out->constData());
}
