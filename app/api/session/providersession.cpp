#include "providersession.h"

#include "api/client/providerfactory.h"
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "core/settings/profilestore.h"

#include <QTimer>

ProviderSession::ProviderSession(ProfileStore *profiles, KeyStore *keys,
                                 QNetworkAccessManager *network, SandboxLauncher *sandbox,
                                 QObject *parent)
    : QObject(parent), m_profiles(profiles), m_keys(keys), m_network(network), m_sandbox(sandbox)
{
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this,
                &ProviderSession::onProfilesChanged);
    if (m_keys)
        connect(m_keys, &KeyStore::keyChanged, this, &ProviderSession::discard);
    if (m_sandbox) {
        connect(m_sandbox, &SandboxLauncher::ready, this, &ProviderSession::onSandboxMoved);
        connect(m_sandbox, &SandboxLauncher::stopped, this, &ProviderSession::onSandboxMoved);
    }
}

ProviderSession::~ProviderSession() = default;

ApiError ProviderSession::failure(ApiError::Kind kind, const QString &message,
                                  const QString &details)
{
    ApiError error = ApiError::make(kind, details);
    if (!message.isEmpty())
        error.userMessage = message;
    return error;
}

void ProviderSession::request(const QString &profileId, QObject *context, Callback done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    const std::optional<ProviderProfile> profile =
        m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile) {
        deliver(waiter, {nullptr, {}, failure(ApiError::Kind::NoProfile, {})});
        return;
    }
    if (ProviderClient *client = readyClient(profileId)) {
        ProviderProfile used = *profile;
        used.baseUrl = client->service()->endpoint().baseUrl;
        deliver(waiter, {client, used, {}});
        return;
    }
    const bool preparing = m_pending.contains(profileId);
    m_pending[profileId].waiters.append(waiter);
    if (!preparing)
        prepare(profileId);
}

void ProviderSession::requestDefault(QObject *context, Callback done)
{
    request(m_profiles ? m_profiles->defaultProfileId() : QString(), context, std::move(done));
}

void ProviderSession::prepareDraft(const ProviderProfile &draft, const QString &typedKey,
                                   QObject *context, DraftCallback done)
{
    QPointer<ProviderSession> self(this);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    resolve(draft, typedKey, [self, guard, hadContext, done](const Resolved &resolved) {
        if (!self)
            return;
        // Later, as for request(): the key may have been at hand at once.
        QTimer::singleShot(0, self, [self, guard, hadContext, done, resolved] {
            if (hadContext && !guard)
                return;
            if (resolved.error) {
                done(nullptr, resolved.error);
                return;
            }
            std::unique_ptr<ProviderClient> client =
                makeProviderClient(resolved.profile, resolved.key, self->m_network);
            if (self->m_log)
                client->setRequestLog(self->m_log);
            if (self->m_retryPolicy)
                client->setRetryPolicy(*self->m_retryPolicy);
            done(std::move(client), {});
        });
    });
}

ProviderClient *ProviderSession::readyClient(const QString &profileId) const
{
    return m_clients.value(profileId);
}

void ProviderSession::prepare(const QString &profileId)
{
    const std::optional<ProviderProfile> stored = m_profiles->profile(profileId);
    if (!stored) {
        finishPreparing(profileId, m_generations.value(profileId), {},
                        {{}, {}, failure(ApiError::Kind::NoProfile, {})});
        return;
    }
    const int generation = m_generations.value(profileId);
    const ProviderProfile profile = *stored;
    QPointer<ProviderSession> self(this);
    resolve(profile, {}, [self, profileId, generation, profile](const Resolved &resolved) {
        if (self)
            self->finishPreparing(profileId, generation, profile, resolved);
    });
}

void ProviderSession::finishPreparing(const QString &profileId, int generation,
                                      const ProviderProfile &stored, const Resolved &resolved)
{
    if (!m_pending.contains(profileId))
        return;
    if (generation != m_generations.value(profileId)) {
        prepare(profileId); // the profile or its key changed meanwhile: start again
        return;
    }
    const QList<Waiter> waiters = m_pending.take(profileId).waiters;
    Ready ready{nullptr, resolved.profile, resolved.error};
    if (!resolved.error) {
        ProviderClient *client =
            makeProviderClient(resolved.profile, resolved.key, m_network).release();
        client->setParent(this);
        if (m_log)
            client->setRequestLog(m_log);
        if (m_retryPolicy)
            client->setRetryPolicy(*m_retryPolicy);
        m_clients.insert(profileId, client);
        m_storedProfiles.insert(profileId, stored);
        ready.client = client;
    }
    for (const Waiter &waiter : waiters)
        deliver(waiter, ready);
}

void ProviderSession::deliver(const Waiter &waiter, const Ready &ready)
{
    // Always on a later turn of the event loop, so no caller is called back from inside its
    // own request().
    QObject *receiver = waiter.hadContext ? waiter.context.data() : this;
    if (!receiver)
        return;
    QTimer::singleShot(0, receiver, [waiter, ready] {
        if (waiter.hadContext && !waiter.context)
            return;
        waiter.done(ready);
    });
}

void ProviderSession::resolve(const ProviderProfile &profile, const QString &typedKey,
                              ResolvedCallback done)
{
    if (profile.isSandbox()) {
        resolveSandbox(profile, std::move(done));
        return;
    }
    if (!profile.hasSafeAddress()) {
        done({profile,
              {},
              failure(ApiError::Kind::InsecureAddress, {}, profile.baseUrl.toDisplayString())});
        return;
    }
    if (!typedKey.trimmed().isEmpty() || !profile.needsKey()) {
        done({profile, typedKey.trimmed(), {}});
        return;
    }
    readKey(profile, std::move(done));
}

void ProviderSession::resolveSandbox(const ProviderProfile &profile, ResolvedCallback done)
{
    if (!m_sandbox) {
        done({profile,
              {},
              failure(ApiError::Kind::LocalService,
                      tr("The offline Sandbox is not available in this copy of Ajuste. Choose "
                         "another provider in Settings."))});
        return;
    }
    if (m_sandbox->isRunning()) {
        ProviderProfile running = profile;
        running.baseUrl = m_sandbox->baseUrl();
        done({running, {}, {}});
        return;
    }
    // One connection pair per waiting preparation, dropped after the first answer.
    auto once = new QObject(this);
    auto answered = std::make_shared<bool>(false);
    SandboxLauncher *sandbox = m_sandbox;
    connect(sandbox, &SandboxLauncher::ready, once,
            [once, answered, profile, done](const QUrl &url) {
                if (std::exchange(*answered, true))
                    return;
                once->deleteLater();
                ProviderProfile running = profile;
                running.baseUrl = url;
                done({running, {}, {}});
            });
    connect(sandbox, &SandboxLauncher::failed, once,
            [once, answered, profile, done, sandbox](const QString &message) {
                if (std::exchange(*answered, true))
                    return;
                once->deleteLater();
                done({profile,
                      {},
                      failure(ApiError::Kind::LocalService, message, sandbox->lastErrorDetails())});
            });
    sandbox->ensureStarted();
}

void ProviderSession::readKey(const ProviderProfile &profile, ResolvedCallback done)
{
    if (!m_keys) {
        done({profile, {}, failure(ApiError::Kind::MissingKey, {})});
        return;
    }
    const QString name = profile.name;
    m_keys->read(profile, [profile, name, done](const KeyStore::Result &result) {
        switch (result.status) {
        case KeyStore::Status::Ok:
            if (!result.key.trimmed().isEmpty()) {
                done({profile, result.key.trimmed(), {}});
                return;
            }
            break;
        case KeyStore::Status::NotFound:
            break;
        case KeyStore::Status::NoKeychain:
        case KeyStore::Status::Failed:
            done(
                {profile,
                 {},
                 failure(ApiError::Kind::KeychainLocked,
                         tr("Ajuste could not read the API key for “%1” from the system keychain "
                            "(it may be locked or not answering). Unlock it, or type the key again "
                            "in Settings ▸ Providers; it is then kept until you quit.")
                             .arg(name),
                         result.message)});
            return;
        }
        done({profile,
              {},
              failure(ApiError::Kind::MissingKey,
                      tr("There is no API key for “%1”. Add it in Settings ▸ Providers, then try "
                         "again.")
                          .arg(name),
                      result.message)});
    });
}

void ProviderSession::discard(const QString &profileId)
{
    m_generations[profileId] += 1;
    ProviderClient *client = m_clients.take(profileId);
    m_storedProfiles.remove(profileId);
    if (!client)
        return;
    Q_EMIT clientDiscarded(profileId);
    retire(client);
}

void ProviderSession::retire(ProviderClient *client)
{
    // Requests in flight are ApiCalls under the client's service; they delete themselves once
    // their answer was delivered. The client goes when the last of them has.
    const QList<ApiCall *> calls = client->service()->findChildren<ApiCall *>();
    if (calls.isEmpty()) {
        client->deleteLater();
        return;
    }
    auto remaining = std::make_shared<qsizetype>(calls.size());
    for (ApiCall *call : calls) {
        connect(call, &QObject::destroyed, client, [client, remaining] {
            if (--*remaining == 0)
                client->deleteLater();
        });
    }
}

void ProviderSession::onProfilesChanged()
{
    const QStringList ids = m_clients.keys();
    for (const QString &id : ids) {
        const std::optional<ProviderProfile> current = m_profiles->profile(id);
        if (!current || *current != m_storedProfiles.value(id))
            discard(id);
    }
    // A preparation under way for a profile that changed starts again when it ends.
    const QStringList pending = m_pending.keys();
    for (const QString &id : pending)
        m_generations[id] += 1;
}

void ProviderSession::onSandboxMoved()
{
    const QString id = QString::fromLatin1(ProviderProfile::SandboxId);
    ProviderClient *client = m_clients.value(id);
    if (!client)
        return;
    if (!m_sandbox || !m_sandbox->isRunning() ||
        client->service()->endpoint().baseUrl != m_sandbox->baseUrl())
        discard(id);
}

void ProviderSession::setRequestLog(RequestLog *log)
{
    m_log = log;
    for (ProviderClient *client : std::as_const(m_clients))
        client->setRequestLog(log);
}

void ProviderSession::setRetryPolicy(const RetryPolicy &policy)
{
    m_retryPolicy = policy;
    for (ProviderClient *client : std::as_const(m_clients))
        client->setRetryPolicy(policy);
}
