#pragma once

#include "linereader.h"

#include <QIODevice>

// Streams the rows of a CSV or TSV file (RFC 4180: fields in double quotes may hold the
// delimiter, line ends and doubled quotes ""). Built on LineReader, so a byte-order mark,
// CRLF and invalid UTF-8 are handled the same way as in JSONL files.
class CsvReader : public RecordReader
{
public:
    CsvReader(QIODevice *device, char delimiter, qint64 chunkBytes = LineReader::DefaultChunkBytes);

    bool next(SourceRecord *record) override;
    qint64 bytesRead() const override { return m_lines.bytesRead(); }
    QString errorString() const override { return m_lines.errorString(); }

    // ',' for .csv, '\t' for .tsv or when the first line has more tabs than commas.
    static char guessDelimiter(const QString &fileName, const QByteArray &firstLine);
    // Splits one row's text into fields; returns false when a quote is left open.
    static bool splitFields(const QString &row, QChar delimiter, QStringList *fields);

private:
    LineReader m_lines;
    char m_delimiter;
};
