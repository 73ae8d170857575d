#pragma once

#include "job.h"

#include <QString>
#include <optional>

// A job as the workspace keeps it: what the provider last reported (`job`) plus what only
// Ajuste knows — which profile and dataset it came from, how far its events have been read,
// what the estimate said before it started.
struct JobRecord
{
    qint64 id = 0;        // the workspace's own id; 0 until saved
    QString profileId;    // the provider profile the job runs on
    QString providerKind; // ProviderProfile::kindId() when it started, kept if the profile goes
    qint64 datasetId = 0; // the dataset it learned from; 0 when unknown or since removed
    Job job;              // job.id is the provider's id, unique per profile
    QString eventCursor;  // the newest event already stored (JobPoller's cursor); "" before any
    std::optional<int> totalSteps;          // training steps of the whole run, once known
    std::optional<double> estimatedCostUsd; // the estimate shown before starting
    qint64 updatedAt = 0;                   // milliseconds since the epoch, UTC; set by the store
};
