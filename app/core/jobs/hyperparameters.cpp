#include "hyperparameters.h"


namespace {
QJsonValue autoOr(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QStringLiteral("auto"));
}

QJsonValue autoOr(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QStringLiteral("auto"));
}

std::optional<int> intOrAuto(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

std::optional<double> numberOrAuto(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}
} // namespace

QJsonObject Hyperparameters::toOpenAiJson(bool includeBeta) const
{
    QJsonObject object{
        {QStringLiteral("n_epochs"), autoOr(nEpochs)},
        {QStringLiteral("batch_size"), autoOr(batchSize)},
        {QStringLiteral("learning_rate_multiplier"), autoOr(learningRateMultiplier)},
    };
    if (includeBeta)
        object.insert(QStringLiteral("beta"), autoOr(beta));
    return object;
}

Hyperparameters Hyperparameters::fromOpenAiJson(const QJsonObject &object)
{
    Hyperparameters values;
    values.nEpochs = intOrAuto(object.value(QLatin1String("n_epochs")));
    values.batchSize = intOrAuto(object.value(QLatin1String("batch_size")));
    values.learningRateMultiplier = numberOrAuto(object.value(QLatin1String("learning_rate_multiplier")));
    values.beta = numberOrAuto(object.value(QLatin1String("beta")));
    return values;
}
