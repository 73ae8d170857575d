#pragma once

#include "core/jobs/job.h"
#include "core/jobs/jobevent.h"
#include "core/jobs/metricpoint.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <optional>

// How `ajuste job` prints jobs, events and steps: lines for people, and JSON (Ajuste's own
// provider-neutral form, Job::toStorageJson) for scripts.
class JobOutput
{
    Q_DECLARE_TR_FUNCTIONS(JobOutput)

public:
    // "Status: Training"
    static QString statusLine(const Job &job);
    // "step 12/30  training loss 1.234  validation loss 1.456"
    static QString stepLine(const MetricPoint &point, std::optional<int> totalSteps);
    // One line of `ajuste job list`: id, status, model, when, the tuned model.
    static QString listLine(const Job &job);
    // "2026-12-01 22:45:12  info     Step 3/30: training loss=1.23"
    static QString eventLine(const JobEvent &event);
    // Every field worth reading, one "Label: value" per line.
    static void printDetails(QTextStream &out, const Job &job);
    static QJsonObject toJson(const Job &job);

private:
    static QString time(const QDateTime &when);
};
