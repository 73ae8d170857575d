#pragma once

#include <QString>

class FileStore;
class IdGenerator;
class JobSimulator;

// Keeps the Sandbox's files and jobs in a folder (--data-dir) so they outlive the process:
// state.json for the objects, files/<id> and jobs/<id>.training.jsonl for the bytes. A job that
// was running carries on from where it was.
class SandboxPersistence
{
public:
    SandboxPersistence(const QString &folder, FileStore &files, JobSimulator &jobs,
                       IdGenerator &ids);

    // Reads what an earlier run saved; nothing saved yet is not an error.
    bool load(QString &errorMessage);
    bool save();

private:
    bool writeOnce(const QString &path, const QByteArray &bytes) const;
    QByteArray readBytes(const QString &path) const;

    QString m_folder;
    FileStore &m_files;
    JobSimulator &m_jobs;
    IdGenerator &m_ids;
};
