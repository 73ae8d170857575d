#pragma once

#include "workspacefile.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// One workspace: a SQLite file (WAL) holding everything a user makes — datasets, examples,
// jobs, metrics, playground sessions. This object owns the GUI thread's connection; all
// writes from the GUI thread go through it. Workers open their own connection to the same
// file with WorkerConnection.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    struct Error
    {
        WorkspaceFile::Verdict verdict = WorkspaceFile::Verdict::Workspace;
        QString message; // for the user: which file, what is wrong, what to do
        QString detail;  // technical detail for the "details" view
    };

    // Returns nullptr and fills error when the file cannot be used; a file that is not a
    // workspace, is damaged or is newer than this build is never modified.
    static std::unique_ptr<Workspace> open(const QString &path, OpenMode mode, Error *error);

    ~Workspace() override;

    QString path() const { return m_path; }
    QString displayName() const;
    QSqlDatabase database() const;

    static QString fileSuffix() { return QStringLiteral("ajuste"); }
    static QString defaultPath();
    // Where "Open the sample" keeps the workspace with the sample dataset.
    static QString samplePath();

    // A connection of a worker thread's own to a workspace file, closed when destroyed.
    class WorkerConnection
    {
    public:
        explicit WorkerConnection(const QString &path);
        ~WorkerConnection();
        WorkerConnection(const WorkerConnection &) = delete;
        WorkerConnection &operator=(const WorkerConnection &) = delete;

        bool isOpen() const;
        QSqlDatabase database() const;
        QString errorText() const { return m_error; }

    private:
        QString m_name;
        QString m_error;
    };

private:
    Workspace(const QString &path, const QString &connectionName);

    static bool configure(QSqlDatabase &db, QString *errorText);

    QString m_path;
    QString m_connectionName;
};
