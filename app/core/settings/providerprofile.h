#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The kinds of service Ajuste can talk to. The API layer maps each to a client; the UI
// offers only what the kind's client declares it can do.
enum class ProviderKind {
    Sandbox,          // the built-in offline simulation, served on loopback
    OpenAI,           // api.openai.com
    AzureOpenAI,      // a customer's Azure OpenAI resource
    Together,         // Together AI
    OpenAICompatible, // Ollama, LM Studio, vLLM, llama.cpp... (chat only)
};

// Where a profile's API key is kept. Never in QSettings or the workspace.
enum class KeyStorage {
    None,     // the service needs no key (Sandbox, many local servers)
    Keychain, // the system keychain, through QtKeychain
    Session,  // memory only: forgotten when Ajuste quits
    File,     // a private file the user chose explicitly after a warning
};

// A named way to reach one provider: its kind, address and account headers. The key itself
// lives in the KeyStore under the profile's id.
struct ProviderProfile
{
    Q_DECLARE_TR_FUNCTIONS(ProviderProfile)

public:
    QString id;
    QString name;
    ProviderKind kind = ProviderKind::OpenAI;
    QUrl baseUrl;
    QString organization; // OpenAI-Organization header (optional)
    QString project;      // OpenAI-Project header (optional)
    KeyStorage keyStorage = KeyStorage::Keychain;
    // OpenAI-compatible servers only: the server also offers OpenAI's fine-tuning API (files,
    // /fine_tuning/jobs), as Nebius and Azure-style services do, so jobs can be launched there.
    bool fineTuning = false;
    // Model names the user added by hand to what such a server lists as fine-tunable.
    QStringList tunableModels;

    static constexpr auto SandboxId = "sandbox";

    static ProviderProfile sandbox();
    static ProviderProfile makeNew(ProviderKind kind);

    bool isSandbox() const { return kind == ProviderKind::Sandbox; }
    bool needsKey() const;
    // Whether jobs can be launched with this profile (every kind but a plain chat server).
    bool canFineTune() const;
    // Keys may only travel encrypted; loopback is the one exception (local servers).
    bool hasSafeAddress() const;

    static QList<ProviderKind> kinds();
    static QString kindName(ProviderKind kind);
    static QString kindDescription(ProviderKind kind);
    static QString kindId(ProviderKind kind);
    static ProviderKind kindFromId(const QString &id, bool *ok = nullptr);
    static QUrl defaultBaseUrl(ProviderKind kind);
    static QString keyStorageId(KeyStorage storage);
    static KeyStorage keyStorageFromId(const QString &id);

    friend bool operator==(const ProviderProfile &, const ProviderProfile &) = default;
};
