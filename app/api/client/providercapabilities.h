#pragma once

#include "core/jobs/finetunemethod.h"

#include <QDate>
#include <QList>
#include <QString>

// What a provider's client can do, so the UI offers only what works. The texts are already
// translated and in plain words.
struct ProviderCapabilities
{
    bool canChat = true;
    bool canFineTune = false;
    QList<FineTuneMethod> fineTuneMethods; // Dpo here: preference training is offered
    bool canManageFiles = false;
    bool canCancel = false;           // a running job can be cancelled
    bool canPause = false;            // a running job can be paused and resumed later
    bool hasCheckpoints = false;      // lists checkpoints (usable in chat when modelName is set)
    bool hasPriceEstimate = false;    // the provider estimates a job's price before it starts
    bool chatUsesDeployments = false; // Azure: chat names a deployment, not a model
    bool eventsCarryMetrics = false;  // metrics arrive as job events (OpenAI, Sandbox)
    bool metricsEndpoint = false; // metrics come from listMetrics, new steps each time (Together)
    // A tuned model answers only once it is deployed: Together (a dedicated endpoint, billed
    // while it runs), Azure (a deployment). deploymentNote says what to do, in plain words.
    bool tunedModelNeedsDeployment = false;
    QString deploymentNote;
    bool tunableModelsEditable = false; // OpenAI-compatible: names can be added by hand in Settings
    // OpenAI is winding fine-tuning down: no new jobs after this date (invalid: no such limit),
    // and fineTuningNotice explains who may still start one. Show it when the provider is chosen.
    QDate newJobsUntil;
    QString fineTuningNotice;

    bool supports(FineTuneMethod method) const
    {
        return canFineTune && fineTuneMethods.contains(method);
    }
    bool supportsPreference() const { return supports(FineTuneMethod::Dpo); }
};
