#include "keystore.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

// Runs a QtKeychain job with a deadline; calls finish exactly once, with the job or with
// nullptr when the deadline passed first.
void runWithDeadline(QKeychain::Job *job, int timeoutMs,
                     std::function<void(QKeychain::Job *)> finish)
{
    auto done = std::make_shared<bool>(false);
    auto timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [done, finish](QKeychain::Job *j) {
        if (std::exchange(*done, true))
            return;
        finish(j);
    });
    QObject::connect(timer, &QTimer::timeout, job, [done, finish, job] {
        if (std::exchange(*done, true))
            return;
        finish(nullptr);
        job->disconnect();
    });
    job->setAutoDelete(true);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeyStore::KeyStore(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

QString KeyStore::entryName(const QString &profileId) const
{
    return QStringLiteral("provider/") + profileId;
}

void KeyStore::read(const ProviderProfile &profile, Callback done)
{
    if (m_sessionKeys.contains(profile.id)) {
        done({Status::Ok, m_sessionKeys.value(profile.id), {}});
        return;
    }
    switch (profile.keyStorage) {
    case KeyStorage::None:
        done({Status::Ok, {}, {}});
        return;
    case KeyStorage::Session:
        done({Status::NotFound, {},
              tr("The key for “%1” was kept only for the last session. Enter it again in "
                 "Settings ▸ Providers.").arg(profile.name)});
        return;
    case KeyStorage::File:
        done(readFile(profile.id));
        return;
    case KeyStorage::Keychain:
        readKeychain(profile.id, std::move(done));
        return;
    }
}

void KeyStore::write(const QString &profileId, const QString &key, KeyStorage storage,
                     Callback done)
{
    switch (storage) {
    case KeyStorage::None:
        m_sessionKeys.remove(profileId);
        Q_EMIT keyChanged(profileId);
        done({Status::Ok, {}, {}});
        return;
    case KeyStorage::Session:
        m_sessionKeys.insert(profileId, key);
        Q_EMIT keyChanged(profileId);
        done({Status::Ok, {}, {}});
        return;
    case KeyStorage::File: {
        const Result result = writeFile(profileId, key, false);
        if (result.status == Status::Ok) {
            m_sessionKeys.insert(profileId, key);
            Q_EMIT keyChanged(profileId);
        }
        done(result);
        return;
    }
    case KeyStorage::Keychain:
        // Keep it for this session whatever the keychain says, so the user can go on working.
        m_sessionKeys.insert(profileId, key);
        Q_EMIT keyChanged(profileId);
        writeKeychain(profileId, key, std::move(done));
        return;
    }
}

void KeyStore::remove(const QString &profileId, Callback done)
{
    m_sessionKeys.remove(profileId);
    writeFile(profileId, {}, true);
    Q_EMIT keyChanged(profileId);
    if (m_keychainUnavailable) {
        if (done)
            done({Status::Ok, {}, {}});
        return;
    }
    auto job = new QKeychain::DeletePasswordJob(m_options.service, this);
    job->setKey(entryName(profileId));
    runWithDeadline(job, m_options.timeoutMs, [done](QKeychain::Job *) {
        if (done)
            done({Status::Ok, {}, {}});
    });
}

void KeyStore::readKeychain(const QString &profileId, Callback done)
{
    auto job = new QKeychain::ReadPasswordJob(m_options.service, this);
    job->setKey(entryName(profileId));
    QPointer<KeyStore> self(this);
    runWithDeadline(job, m_options.timeoutMs, [self, profileId, done](QKeychain::Job *j) {
        if (!self)
            return;
        if (!j) {
            done(self->keychainFailure(-1, QStringLiteral("timeout")));
            return;
        }
        if (j->error() == QKeychain::NoError) {
            const QString key = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            self->m_sessionKeys.insert(profileId, key);
            done({Status::Ok, key, {}});
        } else if (j->error() == QKeychain::EntryNotFound) {
            done({Status::NotFound, {},
                  tr("No API key is stored for this provider yet. Enter it in Settings ▸ "
                     "Providers.")});
        } else {
            done(self->keychainFailure(j->error(), j->errorString()));
        }
    });
}

void KeyStore::writeKeychain(const QString &profileId, const QString &key, Callback done)
{
    auto job = new QKeychain::WritePasswordJob(m_options.service, this);
    job->setKey(entryName(profileId));
    job->setTextData(key);
    QPointer<KeyStore> self(this);
    runWithDeadline(job, m_options.timeoutMs, [self, done](QKeychain::Job *j) {
        if (!self)
            return;
        if (j && j->error() == QKeychain::NoError)
            done({Status::Ok, {}, {}});
        else
            done(self->keychainFailure(j ? j->error() : -1,
                                       j ? j->errorString() : QStringLiteral("timeout")));
    });
}

KeyStore::Result KeyStore::keychainFailure(int code, const QString &text)
{
    Q_UNUSED(code)
    Q_UNUSED(text)
    m_keychainUnavailable = true;
    return {Status::NoKeychain, {},
            tr("This computer has no system keychain available (or it is locked), so Ajuste "
               "keeps the key only until you quit. You may choose to store it in a file "
               "instead.")};
}

KeyStore::Result KeyStore::readFile(const QString &profileId) const
{
    QFile file(m_options.filePath);
    if (m_options.filePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {Status::NotFound, {},
                tr("The file that held your API keys is missing. Enter the key again in "
                   "Settings ▸ Providers.")};
    const QJsonObject keys = QJsonDocument::fromJson(file.readAll()).object();
    if (!keys.contains(profileId))
        return {Status::NotFound, {},
                tr("No API key is stored for this provider yet. Enter it in Settings ▸ "
                   "Providers.")};
    return {Status::Ok, keys.value(profileId).toString(), {}};
}

KeyStore::Result KeyStore::writeFile(const QString &profileId, const QString &key, bool erase)
{
    if (m_options.filePath.isEmpty())
        return {Status::Failed, {}, tr("Storing keys in a file is not available.")};
    QJsonObject keys;
    {
        QFile existing(m_options.filePath);
        if (existing.open(QIODevice::ReadOnly))
            keys = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (erase && !keys.contains(profileId))
        return {Status::Ok, {}, {}};
    if (erase)
        keys.remove(profileId);
    else
        keys.insert(profileId, key);
    QDir().mkpath(QFileInfo(m_options.filePath).absolutePath());
    QSaveFile file(m_options.filePath);
    const bool ok = file.open(QIODevice::WriteOnly)
                    && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                    && file.write(QJsonDocument(keys).toJson()) >= 0 && file.commit();
    if (!ok)
        return {Status::Failed, {},
                tr("Ajuste could not write the key file “%1”: %2")
                    .arg(QDir::toNativeSeparators(m_options.filePath), file.errorString())};
    return {Status::Ok, {}, {}};
}
