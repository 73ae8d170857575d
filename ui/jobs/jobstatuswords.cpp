#include "jobstatuswords.h"

namespace {
bool codeHas(const JobError &error, const char *word)
{
    return error.code.contains(QLatin1String(word), Qt::CaseInsensitive);
}
} // namespace

QString JobStatusWords::headline(const Job &job, const Progress &progress)
{
    switch (job.status) {
    case JobStatus::ValidatingFiles:
        return tr("The provider is checking your files");
    case JobStatus::Queued:
        return tr("Waiting in line at the provider");
    case JobStatus::Running:
        if (progress.step && progress.totalSteps && *progress.totalSteps > 0)
            return tr("Learning from your examples — step %L1 of %L2")
                .arg(std::min(*progress.step, *progress.totalSteps))
                .arg(*progress.totalSteps);
        if (progress.step)
            return tr("Learning from your examples — step %L1").arg(*progress.step);
        return tr("Learning from your examples");
    case JobStatus::Paused:
        return tr("Paused");
    case JobStatus::Succeeded:
        return tr("Finished: your tuned model is ready");
    case JobStatus::Failed:
        return tr("Failed: %1").arg(failureReason(job.error));
    case JobStatus::Cancelled:
        return tr("Cancelled");
    case JobStatus::Unknown:
        break;
    }
    return job.statusText.isEmpty() ? tr("Status unknown")
                                    : tr("The provider says “%1”").arg(job.statusText);
}

QString JobStatusWords::shortText(const Job &job, const Progress &progress)
{
    switch (job.status) {
    case JobStatus::ValidatingFiles:
        return tr("Checking files");
    case JobStatus::Queued:
        return tr("Waiting in line");
    case JobStatus::Running:
        if (progress.step && progress.totalSteps && *progress.totalSteps > 0)
            return tr("Learning — step %L1 of %L2")
                .arg(std::min(*progress.step, *progress.totalSteps))
                .arg(*progress.totalSteps);
        return tr("Learning");
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
    return job.statusText.isEmpty() ? tr("Unknown") : job.statusText;
}

QString JobStatusWords::explanation(const Job &job)
{
    switch (job.status) {
    case JobStatus::ValidatingFiles:
        return tr("Before training starts, the provider reads your examples once more to make "
                  "sure it can learn from them. This usually takes a few minutes.");
    case JobStatus::Queued:
        return tr("Your fine-tune will start as soon as the provider has a computer free. You "
                  "can close Ajuste: the provider keeps working and Ajuste catches up when you "
                  "come back.");
    case JobStatus::Running:
        return tr("The model is studying your examples. The chart shows whether it is "
                  "learning; Ajuste tells you when it is done.");
    case JobStatus::Paused:
        return tr("Training stopped where it was and nothing more is learned until you resume "
                  "it.");
    case JobStatus::Succeeded:
        return tr("Use the tuned model's name below in your own program, or compare it with "
                  "the base model to see whether it answers better.");
    case JobStatus::Failed:
        return failureAdvice(job.error);
    case JobStatus::Cancelled:
        return tr("The job was stopped before it finished, so no tuned model was made. Start a "
                  "new fine-tune when you are ready.");
    case JobStatus::Unknown:
        break;
    }
    return tr("Ajuste does not know this status yet. The provider's own word is shown; the job "
              "page keeps following the job.");
}

QString JobStatusWords::failureReason(const JobError &error)
{
    if (codeHas(error, "file") || error.param.contains(QLatin1String("file")))
        return tr("the provider could not use your training file");
    if (codeHas(error, "quota") || codeHas(error, "billing") || codeHas(error, "credit"))
        return tr("your account at the provider has no credit left");
    if (codeHas(error, "n_examples") || codeHas(error, "examples"))
        return tr("the dataset has too few examples");
    if (codeHas(error, "server") || codeHas(error, "internal"))
        return tr("something went wrong on the provider's side");
    if (codeHas(error, "moderation") || codeHas(error, "policy") || codeHas(error, "safety"))
        return tr("the provider refused examples it considers unsafe");
    return tr("the provider stopped the job");
}

QString JobStatusWords::failureAdvice(const JobError &error)
{
    if (codeHas(error, "file") || error.param.contains(QLatin1String("file")))
        return tr("Run Check Dataset, fix what it finds and start a new fine-tune.");
    if (codeHas(error, "quota") || codeHas(error, "billing") || codeHas(error, "credit"))
        return tr("Add credit on the provider's website, then start the fine-tune again.");
    if (codeHas(error, "n_examples") || codeHas(error, "examples"))
        return tr("Add examples (at least 10; 50 to 100 work better) and start again.");
    if (codeHas(error, "server") || codeHas(error, "internal"))
        return tr("Start the fine-tune again. If it fails again, write to the provider with "
                  "what Details shows.");
    if (codeHas(error, "moderation") || codeHas(error, "policy") || codeHas(error, "safety"))
        return tr("Remove or rewrite the examples the provider names under Details, then start "
                  "again.");
    return tr("Read the provider's message under Details, fix what it names and start a new "
              "fine-tune.");
}

JobStatusWords::Tone JobStatusWords::tone(JobStatus status)
{
    switch (status) {
    case JobStatus::ValidatingFiles:
    case JobStatus::Queued:
        return Tone::Waiting;
    case JobStatus::Running:
        return Tone::Working;
    case JobStatus::Paused:
        return Tone::Paused;
    case JobStatus::Succeeded:
        return Tone::Good;
    case JobStatus::Failed:
        return Tone::Bad;
    case JobStatus::Cancelled:
    case JobStatus::Unknown:
        break;
    }
    return Tone::Neutral;
}

bool JobStatusWords::isActive(JobStatus status)
{
    return !JobStatusText::isFinal(status);
}
