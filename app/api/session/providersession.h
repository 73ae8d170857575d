#pragma once

#include "api/client/apierror.h"
#include "api/client/providerclient.h"
#include "core/settings/providerprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class KeyStore;
class ProfileStore;
class QNetworkAccessManager;
class RequestLog;
class SandboxLauncher;

// Turns a provider profile into a ready client, asynchronously: starts the Sandbox when the
// profile is the Sandbox, reads the key from the KeyStore (keychain, file or this session),
// builds the client once per profile and keeps it, or explains in plain words why it cannot
// ("There is no API key for “Together”…", the Sandbox's own reason). Settings' Test
// connection, the Jobs page, the Playground and the `ajuste job` command all ask it; main()
// builds one and hands it down in AppContext.
//
// A client is rebuilt when its profile is edited or removed, its key changes, or the Sandbox
// moves to another port: clientDiscarded() then tells holders to ask again. A discarded client
// stays alive until its requests in flight have finished, so no answer is lost.
class ProviderSession : public QObject
{
    Q_OBJECT

public:
    struct Ready
    {
        QPointer<ProviderClient> client; // owned by the session; null when `error` is set
        ProviderProfile profile;         // as used (the Sandbox's with its running address)
        ApiError error;                  // plain words (userMessage) when there is no client

        bool ok() const { return client && !error; }
    };
    using Callback = std::function<void(const Ready &ready)>;
    // A client of its own for a profile being edited: the caller owns it.
    using DraftCallback =
        std::function<void(std::unique_ptr<ProviderClient> client, const ApiError &error)>;

    ProviderSession(ProfileStore *profiles, KeyStore *keys, QNetworkAccessManager *network,
                    SandboxLauncher *sandbox, QObject *parent = nullptr);
    ~ProviderSession() override;

    // The client of a saved profile. `done` runs exactly once, later (never before request
    // returns), on the GUI thread; not at all when `context` is destroyed first.
    void request(const QString &profileId, QObject *context, Callback done);
    void requestDefault(QObject *context, Callback done);
    // For Settings' Test connection: the same preparation for a profile as edited but not yet
    // saved, with the key typed there (empty: the stored one). The client is never shared.
    // `done` runs once, later, unless `context` is gone.
    void prepareDraft(const ProviderProfile &draft, const QString &typedKey, QObject *context,
                      DraftCallback done);

    // The ready client of a profile right now, or null (never starts anything).
    ProviderClient *readyClient(const QString &profileId) const;
    // Drops a profile's client (the next request builds a new one).
    void discard(const QString &profileId);

    QNetworkAccessManager *network() const { return m_network; }

    // Applied to every client, now and later (the debug view's log; tests' retry timing).
    void setRequestLog(RequestLog *log);
    void setRetryPolicy(const RetryPolicy &policy);

Q_SIGNALS:
    // The client of this profile is no longer the one to use: ask request() again.
    void clientDiscarded(const QString &profileId);

private:
    struct Resolved
    {
        ProviderProfile profile; // with the Sandbox's running address
        QString key;
        ApiError error;
    };
    using ResolvedCallback = std::function<void(const Resolved &)>;
    struct Waiter
    {
        QPointer<QObject> context;
        bool hadContext = false;
        Callback done;
    };
    struct Pending
    {
        QList<Waiter> waiters;
    };

    void resolve(const ProviderProfile &profile, const QString &typedKey, ResolvedCallback done);
    void resolveSandbox(const ProviderProfile &profile, ResolvedCallback done);
    void readKey(const ProviderProfile &profile, ResolvedCallback done);
    void prepare(const QString &profileId);
    void finishPreparing(const QString &profileId, int generation, const ProviderProfile &stored,
                         const Resolved &resolved);
    void deliver(const Waiter &waiter, const Ready &ready);
    void onProfilesChanged();
    void onSandboxMoved();
    void retire(ProviderClient *client);
    static ApiError failure(ApiError::Kind kind, const QString &message,
                            const QString &details = {});

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    QNetworkAccessManager *m_network;
    QPointer<SandboxLauncher> m_sandbox;
    QPointer<RequestLog> m_log;
    std::optional<RetryPolicy> m_retryPolicy;
    QHash<QString, ProviderClient *> m_clients;
    QHash<QString, ProviderProfile> m_storedProfiles; // as saved when its client was built
    QHash<QString, Pending> m_pending;
    QHash<QString, int> m_generations; // bumped whenever a profile's client becomes stale
};
