#include "jobstatus.h"

namespace {
struct StatusName
{
    JobStatus status;
    const char *id;
};

constexpr StatusName Names[] = {
    {JobStatus::ValidatingFiles, "validating_files"},
    {JobStatus::Queued, "queued"},
    {JobStatus::Running, "running"},
    {JobStatus::Paused, "paused"},
    {JobStatus::Succeeded, "succeeded"},
    {JobStatus::Failed, "failed"},
    {JobStatus::Cancelled, "cancelled"},
};
} // namespace

QString JobStatusText::id(JobStatus status)
{
    for (const StatusName &name : Names) {
        if (name.status == status)
            return QString::fromLatin1(name.id);
    }
    return QStringLiteral("unknown");
}

JobStatus JobStatusText::fromId(const QString &id)
{
    for (const StatusName &name : Names) {
        if (id == QLatin1String(name.id))
            return name.status;
    }
    return JobStatus::Unknown;
}

QString JobStatusText::displayName(JobStatus status, const QString &raw)
{
    switch (status) {
    case JobStatus::ValidatingFiles:
        return tr("Checking your files");
    case JobStatus::Queued:
        return tr("Waiting to start");
    case JobStatus::Running:
        return tr("Training");
    case JobStatus::Paused:
        return tr("Paused");
    case JobStatus::Succeeded:
        return tr("Finished");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Unknown:
        break;
    }
    return raw.isEmpty() ? tr("Unknown") : tr("Unknown (%1)").arg(raw);
}

bool JobStatusText::isFinal(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed ||
           status == JobStatus::Cancelled;
}
