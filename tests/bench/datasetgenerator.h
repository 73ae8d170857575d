#pragma once

#include <QByteArray>
#include <QIODevice>

// Writes a deterministic, realistic chat fine-tuning dataset (JSONL) for benchmarks: mixed
// Portuguese and English prose, code blocks, emoji (skin tones, ZWJ sequences, flags),
// multi-turn conversations, tools with tool calls and tool results, assistant weights and
// an unknown top-level field now and then. The same seed always gives the same bytes.
class DatasetGenerator
{
public:
    explicit DatasetGenerator(quint64 seed);

    // One example as one JSON line (without the line end).
    QByteArray example();
    // Writes count examples to device; returns the number of bytes written (-1 on error).
    qint64 write(QIODevice *device, qint64 count);

private:
    quint64 next();
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    QString sentence(bool portuguese);
    QString paragraph(bool portuguese, int sentences);
    QString codeBlock();
    QString emoji();

    quint64 m_state;
};
