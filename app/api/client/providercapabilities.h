#pragma once

#include "core/jobs/job.h"

#include <QList>

// What a provider's client can do, so the UI offers only what works.
struct ProviderCapabilities
{
    bool canChat = true;
    bool canFineTune = false;
    QList<FineTuneMethod> fineTuneMethods;
    bool canManageFiles = false;
    bool canPause = false;
    bool hasCheckpoints = false;      // lists checkpoints (usable in chat when modelName is set)
    bool hasPriceEstimate = false;    // the provider estimates a job's price before it starts
    bool chatUsesDeployments = false; // Azure: chat names a deployment, not a model
    bool eventsCarryMetrics = false;  // metrics arrive as job events (OpenAI, Sandbox)

    bool supports(FineTuneMethod method) const { return canFineTune && fineTuneMethods.contains(method); }
};
