#pragma once

#include "core/settings/providerprofile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Keeps provider API keys out of settings, workspaces and logs: in the system keychain
// (QtKeychain), in memory for this session, or — only when the user chose it after a
// warning — in a private file. Keychain jobs get a timeout because some setups never answer.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString service = QStringLiteral("Ajuste");
        QString filePath;      // where File storage keeps keys; empty disables it
        int timeoutMs = 8000;  // a keychain that has not answered by then counts as absent
    };

    enum class Status {
        Ok,
        NotFound,   // no key stored for this profile
        NoKeychain, // the system keychain is absent, locked or did not answer
        Failed,     // the file could not be written, or another error
    };

    struct Result
    {
        Status status = Status::Ok;
        QString key;     // only for reads
        QString message; // for the user; never contains the key
    };

    using Callback = std::function<void(const Result &)>;

    explicit KeyStore(Options options, QObject *parent = nullptr);

    void read(const ProviderProfile &profile, Callback done);
    void write(const QString &profileId, const QString &key, KeyStorage storage, Callback done);
    void remove(const QString &profileId, Callback done = {});

    // Whether the keychain has already failed in this session (the UI says so up front).
    bool keychainUnavailable() const { return m_keychainUnavailable; }

Q_SIGNALS:
    // A profile's key was written or removed (the ProviderSession then rebuilds its client).
    // Emitted as soon as the new key is usable, before a keychain write has finished.
    void keyChanged(const QString &profileId);

private:
    void readKeychain(const QString &profileId, Callback done);
    void writeKeychain(const QString &profileId, const QString &key, Callback done);
    Result readFile(const QString &profileId) const;
    Result writeFile(const QString &profileId, const QString &key, bool erase);
    Result keychainFailure(int code, const QString &text);
    QString entryName(const QString &profileId) const;

    Options m_options;
    QHash<QString, QString> m_sessionKeys;
    bool m_keychainUnavailable = false;
};
