#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// One entry of an input file: a JSONL line, an element of a JSON array, or a CSV row.
struct SourceRecord
{
    qint64 number = 0;  // 1-based line where the entry starts
    QByteArray text;    // its text (a CSV row's text spans its quoted line ends)
    QStringList fields; // CSV only: the row's fields
    bool blank = false; // empty or only spaces and tabs
    bool validUtf8 = true;
    bool truncated = false;  // too long: text holds the start only
    bool incomplete = false; // the file ended inside this entry
};

// Streams the entries of a file with bounded memory.
class RecordReader
{
public:
    virtual ~RecordReader() = default;
    // False at the end of the input or on a read error (errorString() is then set).
    virtual bool next(SourceRecord *record) = 0;
    virtual qint64 bytesRead() const = 0;
    virtual QString errorString() const = 0;
};
