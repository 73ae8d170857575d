#pragma once

#include <QCoreApplication>
#include <QString>

// Reads the 100-byte SQLite header of a file, without letting SQLite open it, to decide
// whether Ajuste may open it as a workspace. Opening a foreign, damaged or newer file through
// SQLite could change it (journal files, WAL conversion); the header tells enough to refuse it.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)

public:
    enum class Verdict {
        Missing,          // no file at this path: a new workspace may be created there
        Workspace,        // an Ajuste workspace this version can open
        OlderWorkspace,   // an Ajuste workspace that needs a migration first
        NewerWorkspace,   // written by a newer Ajuste: opening it could lose data
        NotSQLite,        // some other kind of file
        Truncated,        // a SQLite file whose pages are missing
        ForeignDatabase,  // a SQLite database of another program
        Unreadable,       // permissions or I/O error
    };

    static constexpr quint32 ApplicationId = 0x416A7374; // "Ajst"

    struct Inspection
    {
        Verdict verdict = Verdict::Missing;
        int schemaVersion = 0;
        QString detail; // what the file system or header said, for the details view
    };

    static Inspection inspect(const QString &path, int currentSchemaVersion);

    // A sentence for the user naming the file, what is wrong and what to do.
    static QString explain(const QString &path, const Inspection &inspection);
};
