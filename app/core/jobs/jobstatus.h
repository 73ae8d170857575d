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
    // OpenAI's status strings (the Sandbox uses the same).
    static JobStatus fromOpenAi(const QString &status);
    static QString toOpenAi(JobStatus status);
    // Words for people: "Checking your files", "Waiting to start"... An unknown status shows
    // the provider's own word so nothing is hidden.
    static QString displayName(JobStatus status, const QString &raw = {});
    static bool isFinal(JobStatus status);
};
