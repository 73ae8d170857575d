#pragma once

#include <QCoreApplication>
#include <QString>

// Where a fine-tuning job stands. Providers add statuses over time (OpenAI's "paused" is not
// in its own enum), so Job keeps the raw text beside this and Unknown is a normal value.
enum class JobStatus {
    Unknown,
    ValidatingFiles,
    Queued,
    Running,
    Paused,
    Succeeded,
    Failed,
    Cancelled,
};

class JobStatusText
{
    Q_DECLARE_TR_FUNCTIONS(JobStatusText)

public:
    // Stable ids for Ajuste's own storage ("validating_files", "queued", "running", "paused",
    // "succeeded", "failed", "cancelled"; "unknown" otherwise). Not a provider's wire format:
    // each client maps its provider's words (api/openai/openaijson, api/together/togetherjson).
    static QString id(JobStatus status);
    static JobStatus fromId(const QString &id);
    // Words for people: "Checking your files", "Waiting to start"... An unknown status shows
    // the provider's own word so nothing is hidden.
    static QString displayName(JobStatus status, const QString &raw = {});
    static bool isFinal(JobStatus status);
};
