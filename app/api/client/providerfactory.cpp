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

std::unique_ptr<ProviderClient> makeProviderClient(const ProviderProfile &profile, const QString &key,
                                                   QNetworkAccessManager *network)
{
    const ApiEndpoint endpoint = endpointFor(profile, key);
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
        return std::make_unique<OpenAiCompatibleClient>(network, endpoint);
    }
    return std::make_unique<OpenAiCompatibleClient>(network, endpoint);
}
