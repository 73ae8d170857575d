#pragma once

#include <QByteArrayView>
#include <QJsonObject>

// A 64-bit fingerprint of an example's conversation: equal for examples a person would call
// the same (same speakers, texts, names, tool calls and answers), whatever their order of
// fields, spacing, escapes or learn/skip marks. Cheaper than writing the JSON out again, so
// the duplicate checks of a 100,000-example file cost little. Never 0.
//
// Built from pieces so RawExampleCounter can compute the same value straight from a line's
// bytes: each message hashes its fields (as UTF-8; other values as compact JSON) and adds
// them up, so field order does not matter; messages are chained in order.
class ExampleFingerprint
{
public:
    enum Field { Role, Content, Name, ToolCalls, ToolCallId, FieldCount };

    static quint64 of(const QJsonObject &example);

    static quint64 start() { return 0x9e3779b97f4a7c15ull; }
    static quint64 field(Field field, QByteArrayView utf8);
    static quint64 chain(quint64 hash, quint64 message);
    static quint64 finish(quint64 hash) { return hash == 0 ? 1 : hash; }
};
