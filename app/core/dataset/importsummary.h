#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// One entry of an input file that could not become an example.
struct ImportRejection
{
    QString sourceFile;
    qint64 line = 0; // 1-based
    QString reason;  // plain words, without the "line N:" prefix
    QByteArray raw;  // the entry's text exactly as read (all of it)

    // "line 7: this line is not valid UTF-8 text…"
    QString lineAndReason() const;
    // The raw text for a list or a tooltip: decoded leniently and cut to maxCharacters.
    QString displayRaw(int maxCharacters = 500) const;
};

// What an import did. It always adds up: imported + rejected + blank == read.
struct ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ImportSummary)

public:
    // Only this many rejections are kept in memory (all are stored in the workspace).
    static constexpr int MaxRejectionsKept = 10000;

    enum class Unit { Lines, Entries, Rows };

    Unit unit = Unit::Lines;
    qint64 read = 0;     // lines (JSONL), list entries (JSON list) or rows (CSV, header aside)
    qint64 imported = 0; // lines that gave at least one example
    qint64 rejected = 0;
    qint64 blank = 0;
    qint64 examples = 0; // examples created (a seed task with instances makes several)
    qint64 bytesRead = 0;
    QString format; // the format used ("chat", "alpaca"...)
    // The first MaxRejectionsKept, their raw text cut at 64 KB; the workspace's
    // import_rejections table keeps every rejected entry whole.
    QList<ImportRejection> rejections;
    bool cancelled = false;
    QString error; // set when the file could not be read at all

    void reject(const ImportRejection &rejection);
    void add(const ImportSummary &other); // for imports of several files

    // "Lines read: 105 (imported: 103, rejected: 1, blank: 1)." (plus examples created when
    // they differ from the lines imported)
    QString text() const;
    bool addsUp() const { return imported + rejected + blank == read; }
};
