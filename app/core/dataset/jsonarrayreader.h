#pragma once

#include "linereader.h"
#include "recordreader.h"

#include <QIODevice>

// Streams the elements of a top-level JSON array ("[ {...}, {...} ]") one at a time, so a
// huge array never sits in memory whole. Each element's text is handed over unparsed with
// the line it starts on; a file that ends inside an element yields it flagged incomplete.
class JsonArrayReader : public RecordReader
{
public:
    // chunkBytes: how much of the file one read asks for (see LineReader).
    explicit JsonArrayReader(QIODevice *device,
                             qint64 maxElementBytes = LineReader::DefaultMaxLineBytes,
                             qint64 chunkBytes = LineReader::DefaultChunkBytes);

    bool next(SourceRecord *record) override;
    qint64 bytesRead() const override { return m_consumed; }
    QString errorString() const override { return m_error; }

    // True when the file's first character (after a byte-order mark and spaces) is '['.
    static bool looksLikeArray(const QByteArray &head);

private:
    bool nextByte(char *c);
    void copyStringRun(SourceRecord *record);

    QIODevice *m_device;
    qint64 m_maxElementBytes;
    qint64 m_chunkBytes;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_finished = false;
    bool m_pendingByte = false;
    char m_pending = 0;
    QString m_error;
};
