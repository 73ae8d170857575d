#include "joboutput.h"

#include <QStringList>

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 3);
}

} // namespace

QString JobOutput::time(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString JobOutput::statusLine(const Job &job)
{
    return tr("Status: %1").arg(job.statusDisplayName());
}

QString JobOutput::stepLine(const MetricPoint &point, std::optional<int> totalSteps)
{
    const std::optional<int> total = point.totalSteps ? point.totalSteps : totalSteps;
    QString line =
        total ? tr("step %1/%2").arg(point.step).arg(*total) : tr("step %1").arg(point.step);
    if (point.trainLoss)
        line += QStringLiteral("  ") + tr("training loss %1").arg(number(*point.trainLoss));
    if (point.validLoss)
        line += QStringLiteral("  ") + tr("validation loss %1").arg(number(*point.validLoss));
    if (point.fullValidLoss)
        line +=
            QStringLiteral("  ") + tr("full validation loss %1").arg(number(*point.fullValidLoss));
    return line;
}

QString JobOutput::listLine(const Job &job)
{
    QString line = job.id + QStringLiteral("  ") + job.statusDisplayName().leftJustified(18) +
                   QStringLiteral("  ") + job.model + QStringLiteral("  ") + time(job.createdAt);
    if (!job.fineTunedModel.isEmpty())
        line += QStringLiteral("  ") + job.fineTunedModel;
    return line;
}

QString JobOutput::eventLine(const JobEvent &event)
{
    return time(event.createdAt) + QStringLiteral("  ") +
           JobEvent::levelId(event.level).leftJustified(7) + QStringLiteral("  ") + event.message;
}

void JobOutput::printDetails(QTextStream &out, const Job &job)
{
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    line(tr("Job"), job.id);
    line(tr("Status"), job.statusDisplayName());
    line(tr("Model"), job.model);
    line(tr("Fine-tuned model"), job.fineTunedModel);
    line(tr("Method"),
         job.method == FineTuneMethod::Dpo ? tr("preference (DPO)") : tr("supervised"));
    line(tr("Started"), time(job.createdAt));
    line(tr("Finished"), time(job.finishedAt));
    line(tr("Expected to finish"), job.isFinished() ? QString() : time(job.estimatedFinish));
    if (job.trainedTokens)
        line(tr("Trained tokens"), QString::number(*job.trainedTokens));
    line(tr("Training file"), job.trainingFile);
    line(tr("Validation file"), job.validationFile);
    line(tr("Suffix"), job.suffix);
    if (!job.hyperparameters.isAuto()) {
        QStringList settings;
        for (const QString &key : job.hyperparameters.keys())
            settings.append(key + QLatin1Char('=') +
                            job.hyperparameters.values.value(key).toString());
        line(tr("Settings"), settings.join(QStringLiteral(", ")));
    }
    if (!job.error.isEmpty())
        line(tr("Error"), job.error.message.isEmpty() ? job.error.code : job.error.message);
}

QJsonObject JobOutput::toJson(const Job &job)
{
    return job.toStorageJson();
}
