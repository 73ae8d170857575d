#pragma once

#include <QJsonObject>

// A 64-bit fingerprint of an example's conversation: equal for examples a person would call
// the same (same speakers, texts, names, tool calls and answers), whatever their order of
// fields, spacing or learn/skip marks. Cheaper than writing the JSON out again, so the
// duplicate checks of a 100,000-example file cost little. Never 0 for a readable example.
class ExampleFingerprint
{
public:
    static quint64 of(const QJsonObject &example);
};
