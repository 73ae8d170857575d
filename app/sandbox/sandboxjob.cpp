#include "sandboxjob.h"

#include <QJsonArray>

namespace {

QJsonValue autoOr(double resolved, double requested)
{
    if (resolved > 0)
        return resolved;
    if (requested > 0)
        return requested;
    return QStringLiteral("auto");
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue nullIfZero(qint64 value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

} // namespace

bool SandboxJob::isFinished() const
{
    return status == QLatin1String("succeeded") || status == QLatin1String("failed") ||
           status == QLatin1String("cancelled");
}

QString SandboxJob::checkpointModel(int step) const
{
    // OpenAI names checkpoints ft:BASE:ORG:SUFFIX:ID:ckpt-step-N.
    return QStringLiteral("ft:%1:sandbox:%2:%3:ckpt-step-%4").arg(model, suffix, modelId).arg(step);
}

QJsonObject SandboxJob::hyperparametersJson() const
{
    QJsonObject hyperparameters{
        {QStringLiteral("n_epochs"), autoOr(nEpochs, requestedEpochs)},
        {QStringLiteral("batch_size"), autoOr(batchSize, requestedBatchSize)},
        {QStringLiteral("learning_rate_multiplier"), autoOr(learningRate, requestedLearningRate)}};
    if (method == QLatin1String("dpo"))
        hyperparameters.insert(QStringLiteral("beta"), autoOr(beta, requestedBeta));
    return hyperparameters;
}

QJsonObject SandboxJob::toJson() const
{
    const QJsonObject hyperparameters = hyperparametersJson();
    QJsonObject legacy = hyperparameters; // the deprecated top-level copy has no beta
    legacy.remove(QStringLiteral("beta"));
    QJsonValue error;
    if (!errorMessage.isEmpty()) {
        error = QJsonObject{{QStringLiteral("code"), errorCode},
                            {QStringLiteral("message"), errorMessage},
                            {QStringLiteral("param"), nullIfEmpty(errorParam)}};
    }
    QJsonArray results;
    for (const QString &file : resultFiles)
        results.append(file);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("object"), QStringLiteral("fine_tuning.job")},
            {QStringLiteral("model"), model},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("finished_at"), nullIfZero(finishedAt)},
            {QStringLiteral("fine_tuned_model"), nullIfEmpty(fineTunedModel)},
            {QStringLiteral("organization_id"), QStringLiteral("org-sandbox")},
            {QStringLiteral("result_files"), results},
            {QStringLiteral("status"), status},
            {QStringLiteral("validation_file"), nullIfEmpty(validationFile)},
            {QStringLiteral("training_file"), trainingFile},
            {QStringLiteral("hyperparameters"), legacy},
            {QStringLiteral("trained_tokens"),
             trainedTokens >= 0 ? QJsonValue(trainedTokens) : QJsonValue()},
            {QStringLiteral("error"), error},
            {QStringLiteral("user_provided_suffix"), nullIfEmpty(suffix)},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("estimated_finish"), nullIfZero(estimatedFinish)},
            {QStringLiteral("integrations"), QJsonArray()},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("method"),
             QJsonObject{{QStringLiteral("type"), method},
                         {method, QJsonObject{{QStringLiteral("hyperparameters"),
                                               hyperparameters}}}}}};
}
