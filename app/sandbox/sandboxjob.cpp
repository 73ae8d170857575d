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
    return {
        {QStringLiteral("id"), id},
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
                     {method, QJsonObject{{QStringLiteral("hyperparameters"), hyperparameters}}}}}};
}

QJsonObject SandboxJob::toState() const
{
    QJsonArray eventList;
    for (const QJsonObject &event : events)
        eventList.append(event);
    QJsonArray checkpointList;
    for (const QJsonObject &checkpoint : checkpoints)
        checkpointList.append(checkpoint);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("model"), model},
            {QStringLiteral("training_file"), trainingFile},
            {QStringLiteral("validation_file"), validationFile},
            {QStringLiteral("suffix"), suffix},
            {QStringLiteral("method"), method},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("seed"), seed},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("requested"),
             QJsonArray{requestedEpochs, requestedBatchSize, requestedLearningRate, requestedBeta}},
            {QStringLiteral("status"), status},
            {QStringLiteral("phase_seconds"), phaseSeconds},
            {QStringLiteral("resolved"),
             QJsonArray{nEpochs, batchSize, learningRate, beta, stepsPerEpoch, totalSteps}},
            {QStringLiteral("steps_done"), stepsDone},
            {QStringLiteral("finished_at"), finishedAt},
            {QStringLiteral("estimated_finish"), estimatedFinish},
            {QStringLiteral("error"), QJsonArray{errorCode, errorMessage, errorParam}},
            {QStringLiteral("has_validation"), hasValidation},
            {QStringLiteral("model_id"), modelId},
            {QStringLiteral("fine_tuned_model"), fineTunedModel},
            {QStringLiteral("trained_tokens"), trainedTokens},
            {QStringLiteral("result_files"), QJsonArray::fromStringList(resultFiles)},
            {QStringLiteral("events"), eventList},
            {QStringLiteral("checkpoints"), checkpointList},
            {QStringLiteral("result_csv"), QString::fromLatin1(resultCsv)}};
}

SandboxJob SandboxJob::fromState(const QJsonObject &state)
{
    SandboxJob job;
    const auto text = [&state](const char *key) {
        return state.value(QLatin1String(key)).toString();
    };
    job.id = text("id");
    job.model = text("model");
    job.trainingFile = text("training_file");
    job.validationFile = text("validation_file");
    job.suffix = text("suffix");
    job.method = text("method");
    job.metadata = state.value(QStringLiteral("metadata"));
    job.seed = state.value(QStringLiteral("seed")).toInteger();
    job.createdAt = state.value(QStringLiteral("created_at")).toInteger();
    const QJsonArray requested = state.value(QStringLiteral("requested")).toArray();
    job.requestedEpochs = requested.at(0).toInt();
    job.requestedBatchSize = requested.at(1).toInt();
    job.requestedLearningRate = requested.at(2).toDouble();
    job.requestedBeta = requested.at(3).toDouble();
    job.status = text("status");
    job.phaseSeconds = state.value(QStringLiteral("phase_seconds")).toDouble();
    const QJsonArray resolved = state.value(QStringLiteral("resolved")).toArray();
    job.nEpochs = resolved.at(0).toInt();
    job.batchSize = resolved.at(1).toInt();
    job.learningRate = resolved.at(2).toDouble();
    job.beta = resolved.at(3).toDouble();
    job.stepsPerEpoch = resolved.at(4).toInt();
    job.totalSteps = resolved.at(5).toInt();
    job.stepsDone = state.value(QStringLiteral("steps_done")).toInt();
    job.finishedAt = state.value(QStringLiteral("finished_at")).toInteger();
    job.estimatedFinish = state.value(QStringLiteral("estimated_finish")).toInteger();
    const QJsonArray error = state.value(QStringLiteral("error")).toArray();
    job.errorCode = error.at(0).toString();
    job.errorMessage = error.at(1).toString();
    job.errorParam = error.at(2).toString();
    job.hasValidation = state.value(QStringLiteral("has_validation")).toBool();
    job.modelId = text("model_id");
    job.fineTunedModel = text("fine_tuned_model");
    job.trainedTokens = state.value(QStringLiteral("trained_tokens")).toInteger(-1);
    for (const QJsonValue &file : state.value(QStringLiteral("result_files")).toArray())
        job.resultFiles.append(file.toString());
    for (const QJsonValue &event : state.value(QStringLiteral("events")).toArray())
        job.events.append(event.toObject());
    for (const QJsonValue &checkpoint : state.value(QStringLiteral("checkpoints")).toArray())
        job.checkpoints.append(checkpoint.toObject());
    job.resultCsv = text("result_csv").toLatin1();
    return job;
}
