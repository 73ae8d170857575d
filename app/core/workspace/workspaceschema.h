#pragma once

#include <QSqlDatabase>
#include <QString>

// The workspace's tables and the migrations between their versions. The version lives in
// SQLite's user_version; each migration runs in one transaction, so a failure leaves the
// file at the version it had.
class WorkspaceSchema
{
public:
    static int currentVersion();

    // Brings a workspace from its version to currentVersion(). Returns false and sets
    // errorText (technical detail) when a step fails; the transaction is rolled back.
    // toVersion stops earlier (tests make workspaces of an older version with it).
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *errorText, int toVersion = 0);
};
