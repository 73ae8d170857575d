#pragma once

#include "batchresults.h"

#include <QCoreApplication>
#include <QString>

// The CSV of a batch comparison: one row per example, `example,prompt,reference`, then for
// each model M the columns `M`, `M seconds`, `M output tokens`. Fields are quoted as RFC 4180
// says (commas, quotes and line breaks inside a quoted field, quotes doubled); rows end with
// CRLF; UTF-8 without a byte-order mark, so scripts read the header as written.
//
// Model answers are untrusted: a cell a spreadsheet would run as a formula (starting with =,
// +, @, a tab, or - followed by something other than a space) gets an apostrophe in front, as
// spreadsheets themselves mark text. A failed answer's cell says why; its seconds and tokens
// stay empty.
class BatchCsv
{
    Q_DECLARE_TR_FUNCTIONS(BatchCsv)

public:
    static QString header(const BatchResults &results);
    static QString text(const BatchResults &results);
    // Writes the file whole or not at all (QSaveFile); false with the reason in words.
    static bool write(const BatchResults &results, const QString &path, QString *error);

    static QString field(const QString &value);

private:
    static QString answerCell(const BatchAnswer &answer);
};
