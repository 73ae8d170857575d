#pragma once

#include <QCoreApplication>
#include <QString>

// What a failed write to a workspace means for the person using Ajuste. SQLite says "database
// or disk is full" when the disk (or the database's page limit) is full and "database is
// locked" when another connection — another Ajuste window, `ajuste import` from a script —
// kept the workspace busy past the busy timeout; those become plain sentences that say what
// to do. SQLite's messages are fixed English text (sqlite3_errstr), the same on every system,
// and Qt's commit errors keep only that text, so the text is what is matched. The raw text
// stays in the details.
class WorkspaceError
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceError)

public:
    enum class Kind { DiskFull, Busy, Other };

    static Kind kindOf(const QString &sqliteText);

    // The sentence for a failed write: disk full and busy in words of their own, any other
    // error `otherwise` (the caller's sentence, usually with the detail).
    static QString explain(const QString &sqliteText, const QString &otherwise);

    static QString diskFull();
    static QString busy();
};
