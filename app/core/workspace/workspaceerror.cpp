#include "workspaceerror.h"

WorkspaceError::Kind WorkspaceError::kindOf(const QString &sqliteText)
{
    // SQLITE_FULL; SQLITE_BUSY and SQLITE_LOCKED.
    if (sqliteText.contains(QLatin1String("database or disk is full")))
        return Kind::DiskFull;
    if (sqliteText.contains(QLatin1String("database is locked")) ||
        sqliteText.contains(QLatin1String("database table is locked")))
        return Kind::Busy;
    return Kind::Other;
}

QString WorkspaceError::explain(const QString &sqliteText, const QString &otherwise)
{
    switch (kindOf(sqliteText)) {
    case Kind::DiskFull:
        return diskFull();
    case Kind::Busy:
        return busy();
    case Kind::Other:
        break;
    }
    return otherwise;
}

QString WorkspaceError::diskFull()
{
    return tr("The disk is full, so Ajuste could not save this change to the workspace. Make "
              "room on the disk (empty the trash, delete files you no longer need) and try "
              "again. Everything saved before is still there.");
}

QString WorkspaceError::busy()
{
    return tr("The workspace is busy: another Ajuste window or an ajuste command is changing "
              "it right now. Wait until it has finished and try again. Nothing was changed.");
}
