#pragma once

#include "core/jobs/job.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Where a job stands, in words for people who do not program: "Waiting in line at the
// provider", "Learning from your examples — step 12 of 30", "Finished: your tuned model is
// ready", and for a failure the provider's reason with what to do next.
class JobStatusWords
{
    Q_DECLARE_TR_FUNCTIONS(JobStatusWords)

public:
    // How far training has come, when known (the newest step measured, the steps of the run).
    struct Progress
    {
        std::optional<int> step;
        std::optional<int> totalSteps;
    };
    // The colour family a banner uses.
    enum class Tone { Waiting, Working, Paused, Good, Bad, Neutral };

    // One line: the banner's title and the list's status column.
    static QString headline(const Job &job, const Progress &progress = {});
    // A few words for the list's status column: "Learning — step 12 of 30", "Finished".
    static QString shortText(const Job &job, const Progress &progress = {});
    // A sentence or two under the headline: what happens now, and what the user may do.
    static QString explanation(const Job &job);
    // For a failed job: why, in plain words, and what to do.
    static QString failureReason(const JobError &error);
    static QString failureAdvice(const JobError &error);
    static Tone tone(JobStatus status);
    // The list's status filter groups statuses this way.
    static bool isActive(JobStatus status);
};
