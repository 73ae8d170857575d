#pragma once

#include "recordreader.h"

#include <QByteArray>
#include <QIODevice>

// Reads a text file one line at a time with bounded memory: a chunk of the file plus the
// current line. Accepts a UTF-8 byte-order mark at the start, LF and CRLF line ends and a
// last line without an end. Line numbers are 1-based. A line that is not valid UTF-8 is
// still returned (flagged), so its caller can reject just that line.
class LineReader : public RecordReader
{
public:
    using Line = SourceRecord; // text without the line end and without the byte-order mark

    // How much of the file one read asks for. Tests and the fuzzer pass a few bytes, so that
    // lines crossing reads are exercised with small inputs.
    static constexpr qint64 DefaultChunkBytes = 1 << 20;
    // Beyond this a line is cut (and flagged truncated); CsvReader and JsonArrayReader share it.
    static constexpr qint64 DefaultMaxLineBytes = 512LL * 1024 * 1024;

    explicit LineReader(QIODevice *device, qint64 maxLineBytes = DefaultMaxLineBytes,
                        qint64 chunkBytes = DefaultChunkBytes);

    // False at the end of the file or on a read error (see errorString()).
    bool next(Line *line) override;

    qint64 bytesRead() const override { return m_consumed; }
    qint64 lineNumber() const { return m_lineNumber; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; }

    static bool isValidUtf8(const char *data, qsizetype size);
    static bool isBlank(const QByteArray &text);

private:
    bool fill();

    QIODevice *m_device;
    qint64 m_maxLineBytes;
    qint64 m_chunkBytes;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_consumed = 0;
    qint64 m_lineNumber = 0;
    bool m_atEnd = false;
    bool m_bomChecked = false;
    QString m_error;
};
