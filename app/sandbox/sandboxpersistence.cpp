#include "sandboxpersistence.h"

#include "filestore.h"
#include "idgenerator.h"
#include "jobsimulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace {

constexpr int stateVersion = 1;

QString filePath(const QString &folder, const QString &id)
{
    return folder + QStringLiteral("/files/") + id;
}

QString jobFilePath(const QString &folder, const QString &id, const QString &kind)
{
    return folder + QStringLiteral("/jobs/") + id + QLatin1Char('.') + kind +
           QStringLiteral(".jsonl");
}

} // namespace

SandboxPersistence::SandboxPersistence(const QString &folder, FileStore &files, JobSimulator &jobs,
                                       IdGenerator &ids)
    : m_folder(QDir(folder).absolutePath()), m_files(files), m_jobs(jobs), m_ids(ids)
{
}

QByteArray SandboxPersistence::readBytes(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SandboxPersistence::writeOnce(const QString &path, const QByteArray &bytes) const
{
    if (QFile::exists(path))
        return true; // contents never change once written
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

bool SandboxPersistence::load(QString &errorMessage)
{
    const QString statePath = m_folder + QStringLiteral("/state.json");
    if (!QFile::exists(statePath))
        return true;
    QJsonParseError parseError;
    const QJsonObject state = QJsonDocument::fromJson(readBytes(statePath), &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        state.value(QStringLiteral("version")).toInt() != stateVersion) {
        errorMessage = QStringLiteral("%1 is not a Sandbox state file this version can read.")
                           .arg(QDir::toNativeSeparators(statePath));
        return false;
    }
    m_ids.setCounter(quint64(state.value(QStringLiteral("counter")).toInteger()));
    for (const QJsonValue &value : state.value(QStringLiteral("files")).toArray()) {
        const QJsonObject object = value.toObject();
        FileStore::StoredFile file;
        file.id = object.value(QStringLiteral("id")).toString();
        file.fileName = object.value(QStringLiteral("filename")).toString();
        file.purpose = object.value(QStringLiteral("purpose")).toString();
        file.createdAt = object.value(QStringLiteral("created_at")).toInteger();
        file.content = readBytes(filePath(m_folder, file.id));
        m_files.restore(file);
    }
    for (const QJsonValue &value : state.value(QStringLiteral("jobs")).toArray()) {
        SandboxJob job = SandboxJob::fromState(value.toObject());
        const bool preference = job.method == QLatin1String("dpo");
        job.trainingContent = readBytes(jobFilePath(m_folder, job.id, QStringLiteral("training")));
        job.training = TrainingFile::read(job.trainingContent, preference);
        if (job.hasValidation) {
            job.validationContent =
                readBytes(jobFilePath(m_folder, job.id, QStringLiteral("validation")));
            job.validation = TrainingFile::read(job.validationContent, preference);
        }
        m_jobs.restore(job);
    }
    return true;
}

bool SandboxPersistence::save()
{
    if (!QDir().mkpath(m_folder + QStringLiteral("/files")) ||
        !QDir().mkpath(m_folder + QStringLiteral("/jobs")))
        return false;
    bool ok = true;
    QJsonArray files;
    QSet<QString> kept;
    for (const FileStore::StoredFile &file : m_files.files()) {
        files.append(QJsonObject{{QStringLiteral("id"), file.id},
                                 {QStringLiteral("filename"), file.fileName},
                                 {QStringLiteral("purpose"), file.purpose},
                                 {QStringLiteral("created_at"), file.createdAt}});
        ok = writeOnce(filePath(m_folder, file.id), file.content) && ok;
        kept.insert(file.id);
    }
    // Deleted files leave the folder too.
    const QDir filesDir(m_folder + QStringLiteral("/files"));
    for (const QString &name : filesDir.entryList(QDir::Files)) {
        if (!kept.contains(name))
            QFile::remove(filesDir.filePath(name));
    }
    QJsonArray jobs;
    for (const SandboxJob &job : m_jobs.jobs()) {
        jobs.append(job.toState());
        ok = writeOnce(jobFilePath(m_folder, job.id, QStringLiteral("training")),
                       job.trainingContent) &&
             ok;
        if (job.hasValidation) {
            ok = writeOnce(jobFilePath(m_folder, job.id, QStringLiteral("validation")),
                           job.validationContent) &&
                 ok;
        }
    }
    const QJsonObject state{{QStringLiteral("version"), stateVersion},
                            {QStringLiteral("counter"), qint64(m_ids.counter())},
                            {QStringLiteral("files"), files},
                            {QStringLiteral("jobs"), jobs}};
    QSaveFile stateFile(m_folder + QStringLiteral("/state.json"));
    const QByteArray bytes = QJsonDocument(state).toJson(QJsonDocument::Compact);
    return stateFile.open(QIODevice::WriteOnly) && stateFile.write(bytes) == bytes.size() &&
           stateFile.commit() && ok;
}
