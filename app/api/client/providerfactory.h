#pragma once

#include "providerclient.h"

#include "core/settings/providerprofile.h"

#include <QString>

#include <memory>

class QNetworkAccessManager;

// The client for a profile: OpenAI (with its organisation and project headers), Azure OpenAI
// (`api-key` header), Together AI, any OpenAI-compatible server (chat only, or with OpenAI's
// fine-tuning API when the profile says so), or the Sandbox (OpenAI's API on loopback, no
// key). The key comes from the KeyStore and is held only by the client. Most code asks the
// ProviderSession instead, which also starts the Sandbox and reads the key.
std::unique_ptr<ProviderClient> makeProviderClient(const ProviderProfile &profile, const QString &key,
                                                   QNetworkAccessManager *network);

// How a profile's requests are addressed and signed (exposed for tests).
ApiEndpoint endpointFor(const ProviderProfile &profile, const QString &key);
