#pragma once

#include <QCoreApplication>
#include <QString>

// Decides whether Ajuste may open a file as a workspace, without ever changing the file.
//
// Without a write-ahead log next to it, the file's 100-byte SQLite header tells enough, and
// SQLite is not let near the file (opening a foreign, damaged or newer file read-write could
// change it: journal files, WAL conversion).
// While a non-empty `<path>-wal` exists it is part of the database: the main file's header
// (page count, application id, user_version) can be stale — after a crash before a
// checkpoint, or during an interrupted one. Then the file is inspected through SQLite itself,
// read-only, and only what SQLite sees (and its quick_check) counts.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    enum class Verdict {
        Missing,         // no file at this path: a new workspace may be created there
        Workspace,       // an Ajuste workspace this version can open
        OlderWorkspace,  // an Ajuste workspace that needs a migration first
        NewerWorkspace,  // written by a newer Ajuste: opening it could lose data
        NotSQLite,       // some other kind of file
        Truncated,       // a SQLite file whose pages are missing (header-only check)
        Damaged,         // SQLite itself found the workspace corrupt (quick_check)
        ForeignDatabase, // a SQLite database of another program
        Unreadable,      // permissions or I/O error
    };

    static constexpr quint32 ApplicationId = 0x416A7374; // "Ajst"

    struct Inspection
    {
        Verdict verdict = Verdict::Missing;
        int schemaVersion = 0;
        QString detail; // what the file system, header or SQLite said, for the details view
        bool inspectedThroughSqlite = false; // a write-ahead log was present
    };

    static Inspection inspect(const QString &path, int currentSchemaVersion);

    // True when `<path>-wal` exists and holds something: the database is not the main file
    // alone.
    static bool hasWriteAheadLog(const QString &path);

    // A sentence for the user naming the file, what is wrong and what to do.
    static QString explain(const QString &path, const Inspection &inspection);
};
