#include "providerprofile.h"

#include <QRegularExpression>
#include <QUuid>

namespace {
struct KindInfo
{
    ProviderKind kind;
    const char *id;
    const char *baseUrl;
};

constexpr KindInfo Kinds[] = {
    {ProviderKind::Sandbox, "sandbox", "http://127.0.0.1:0/v1"},
    {ProviderKind::OpenAI, "openai", "https://api.openai.com/v1"},
    {ProviderKind::AzureOpenAI, "azure", "https://YOUR-RESOURCE.openai.azure.com/openai/v1"},
    {ProviderKind::Together, "together", "https://api.together.xyz/v1"},
    {ProviderKind::OpenAICompatible, "openai-compatible", "http://localhost:11434/v1"},
};

const KindInfo &infoOf(ProviderKind kind)
{
    for (const KindInfo &info : Kinds) {
        if (info.kind == kind)
            return info;
    }
    return Kinds[0];
}
} // namespace

ProviderProfile ProviderProfile::sandbox()
{
    ProviderProfile profile;
    profile.id = QString::fromLatin1(SandboxId);
    profile.name = tr("Sandbox (offline simulation)");
    profile.kind = ProviderKind::Sandbox;
    profile.baseUrl = defaultBaseUrl(ProviderKind::Sandbox);
    profile.keyStorage = KeyStorage::None;
    return profile;
}

ProviderProfile ProviderProfile::makeNew(ProviderKind kind)
{
    ProviderProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.kind = kind;
    profile.name = kindName(kind);
    profile.baseUrl = defaultBaseUrl(kind);
    profile.keyStorage = kind == ProviderKind::OpenAICompatible ? KeyStorage::None
                                                                : KeyStorage::Keychain;
    return profile;
}

bool ProviderProfile::needsKey() const
{
    return keyStorage != KeyStorage::None;
}

bool ProviderProfile::canFineTune() const
{
    return kind != ProviderKind::OpenAICompatible || fineTuning;
}

bool ProviderProfile::hasSafeAddress() const
{
    if (baseUrl.scheme() == QLatin1String("https"))
        return true;
    if (baseUrl.scheme() != QLatin1String("http"))
        return false;
    // QtCore has no address parser; loopback is 127.0.0.0/8, ::1 and the name localhost.
    static const QRegularExpression ipv4Loopback(
        QStringLiteral(R"(^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$)"));
    const QString host = baseUrl.host().toLower();
    return host == QLatin1String("localhost") || host == QLatin1String("::1")
           || ipv4Loopback.match(host).hasMatch();
}

QList<ProviderKind> ProviderProfile::kinds()
{
    QList<ProviderKind> all;
    for (const KindInfo &info : Kinds)
        all.append(info.kind);
    return all;
}

QString ProviderProfile::kindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Sandbox:
        return tr("Sandbox (offline simulation)");
    case ProviderKind::OpenAI:
        return tr("OpenAI");
    case ProviderKind::AzureOpenAI:
        return tr("Azure OpenAI");
    case ProviderKind::Together:
        return tr("Together AI");
    case ProviderKind::OpenAICompatible:
        return tr("OpenAI-compatible server");
    }
    return {};
}

QString ProviderProfile::kindDescription(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Sandbox:
        return tr("Runs on this computer with no key and no internet. Training and answers are "
                  "simulated, so you can try the whole flow safely.");
    case ProviderKind::OpenAI:
        return tr("Fine-tune GPT models on OpenAI. OpenAI accepts new fine-tuning jobs only "
                  "until 6 January 2027, and only from organisations that already fine-tune; "
                  "tuned models stay usable for chat.");
    case ProviderKind::AzureOpenAI:
        return tr("Your company's Azure OpenAI resource. Tuned models must be deployed before "
                  "you can chat with them.");
    case ProviderKind::Together:
        return tr("Fine-tune open models (Llama, Qwen, Mistral…) on Together AI. A tuned model "
                  "answers once you start a dedicated endpoint for it.");
    case ProviderKind::OpenAICompatible:
        return tr("A server that speaks OpenAI's API, such as Ollama, LM Studio, vLLM or "
                  "llama.cpp for chat, or Nebius for fine-tuning too: turn fine-tuning on below "
                  "when the server offers it.");
    }
    return {};
}

QString ProviderProfile::kindId(ProviderKind kind)
{
    return QString::fromLatin1(infoOf(kind).id);
}

ProviderKind ProviderProfile::kindFromId(const QString &id, bool *ok)
{
    for (const KindInfo &info : Kinds) {
        if (id == QLatin1String(info.id)) {
            if (ok)
                *ok = true;
            return info.kind;
        }
    }
    if (ok)
        *ok = false;
    return ProviderKind::OpenAICompatible;
}

QUrl ProviderProfile::defaultBaseUrl(ProviderKind kind)
{
    return QUrl(QString::fromLatin1(infoOf(kind).baseUrl));
}

QString ProviderProfile::keyStorageId(KeyStorage storage)
{
    switch (storage) {
    case KeyStorage::None:
        return QStringLiteral("none");
    case KeyStorage::Keychain:
        return QStringLiteral("keychain");
    case KeyStorage::Session:
        return QStringLiteral("session");
    case KeyStorage::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("none");
}

KeyStorage ProviderProfile::keyStorageFromId(const QString &id)
{
    for (KeyStorage storage :
         {KeyStorage::None, KeyStorage::Keychain, KeyStorage::Session, KeyStorage::File}) {
        if (keyStorageId(storage) == id)
            return storage;
    }
    return KeyStorage::Keychain;
}
