#pragma once

// What the Playground tests share: temporary settings with the Sandbox profile, a provider
// session that starts the real ajuste-sandbox on demand, the shipped price table, and extra
// Sandboxes started by hand with fault flags (--cut-stream-after, --latency), each reachable
// through a profile of its own.

#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/checks/pricecatalog.h"
#include "core/settings/profilestore.h"
#include "ui/shell/appcontext.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <vector>

class PlaygroundTestEnv
{
public:
    PlaygroundTestEnv();
    ~PlaygroundTestEnv();

    bool isValid() const { return m_dir.isValid(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    ProviderSession *providers() const { return m_providers.get(); }
    // What a page needs from the application, served by this environment (no settings, no
    // workspaces: a test that needs them adds its own).
    AppContext context() const
    {
        AppContext context;
        context.profiles = profiles();
        context.keys = keys();
        context.network = network();
        context.sandbox = sandbox();
        context.prices = prices();
        context.providers = providers();
        return context;
    }
    PriceCatalog *prices() const { return m_prices.get(); }
    KeyStore *keys() const { return m_keys.get(); }
    QNetworkAccessManager *network() const { return m_network.get(); }
    SandboxLauncher *sandbox() const { return m_sandbox.get(); }
    QString dir() const { return m_dir.path(); }

    static QString sandboxProfileId() { return QString::fromLatin1(ProviderProfile::SandboxId); }
    // Starts another Sandbox with these flags and saves an OpenAI-kind profile for it (a key
    // kept in memory only); returns the profile id, empty when it did not start.
    QString startSandboxProfile(const QString &name, const QStringList &flags);
    // Saves an OpenAI-kind profile at `baseUrl` with a key kept in memory only; returns its
    // id, empty when the key could not be kept.
    QString addProfile(const QString &name, const QUrl &baseUrl);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxLauncher> m_sandbox;
    std::unique_ptr<PriceCatalog> m_prices;
    std::unique_ptr<ProviderSession> m_providers;
    std::vector<std::unique_ptr<QProcess>> m_extra;
};
