#include "providerfactory.h"

#include "api/compatible/openaicompatibleclient.h"
#include "api/openai/openaiclient.h"
#include "api/together/togetherclient.h"

ApiEndpoint endpointFor(const ProviderProfile &profile, const QString &key)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = profile.baseUrl;
    endpoint.key = key.trimmed();
    switch (profile.kind) {
    case ProviderKind::Sandbox:
        endpoint.key.clear(); // the Sandbox needs none, so none is ever sent
        break;
    case ProviderKind::OpenAI:
        if (!profile.organization.isEmpty())
            endpoint.headers.append({"OpenAI-Organization", profile.organization.trimmed().toUtf8()});
        if (!profile.project.isEmpty())
            endpoint.headers.append({"OpenAI-Project", profile.project.trimmed().toUtf8()});
        break;
    case ProviderKind::AzureOpenAI:
        endpoint.keyHeader = "api-key";
        endpoint.keyPrefix.clear();
        break;
    case ProviderKind::Together:
    case ProviderKind::OpenAICompatible:
        break;
    }
    return endpoint;
}

namespace {
std::unique_ptr<ProviderClient> clientFor(const ProviderProfile &profile, const ApiEndpoint &endpoint,
                                          QNetworkAccessManager *network)
{
    OpenAiClient::Options options;
    switch (profile.kind) {
    case ProviderKind::OpenAI:
        options.flavour = OpenAiClient::Flavour::OpenAI;
        return std::make_unique<OpenAiClient>(network, endpoint, options);
    case ProviderKind::AzureOpenAI:
        options.flavour = OpenAiClient::Flavour::Azure;
        return std::make_unique<OpenAiClient>(network, endpoint, options);
    case ProviderKind::Sandbox:
        options.flavour = OpenAiClient::Flavour::Sandbox;
        return std::make_unique<OpenAiClient>(network, endpoint, options);
    case ProviderKind::Together:
        return std::make_unique<TogetherClient>(network, endpoint);
    case ProviderKind::OpenAICompatible:
        if (!profile.fineTuning)
            break;
        // The server offers OpenAI's fine-tuning API too (Nebius, Azure-style services).
        options.flavour = OpenAiClient::Flavour::Compatible;
        options.extraTunableModels = profile.tunableModels;
        return std::make_unique<OpenAiClient>(network, endpoint, options);
    }
    return std::make_unique<OpenAiCompatibleClient>(network, endpoint);
}
} // namespace

std::unique_ptr<ProviderClient> makeProviderClient(const ProviderProfile &profile, const QString &key,
                                                   QNetworkAccessManager *network)
{
    std::unique_ptr<ProviderClient> client = clientFor(profile, endpointFor(profile, key), network);
    client->setProviderName(profile.name.isEmpty() ? ProviderProfile::kindName(profile.kind) : profile.name);
    return client;
}
