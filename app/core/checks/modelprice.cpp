#include "modelprice.h"

namespace {

std::optional<double> optionalNumber(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return value.toDouble();
}

QJsonValue jsonOf(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ModelPrice::toJson() const
{
    QJsonObject object{
        {QStringLiteral("provider"), provider},
        {QStringLiteral("model"), model},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("training_per_1m"), jsonOf(trainingPerMillion)},
        {QStringLiteral("input_per_1m"), jsonOf(inputPerMillion)},
        {QStringLiteral("output_per_1m"), jsonOf(outputPerMillion)},
        {QStringLiteral("training_context"),
         trainingContext ? QJsonValue(*trainingContext) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("encoding"),
         encoding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(encoding)},
        {QStringLiteral("valid_on"), validOn},
    };
    // Chat prices of the base model: written only when known, so older tables read the same.
    if (baseInputPerMillion)
        object.insert(QStringLiteral("base_input_per_1m"), *baseInputPerMillion);
    if (baseOutputPerMillion)
        object.insert(QStringLiteral("base_output_per_1m"), *baseOutputPerMillion);
    if (!note.isEmpty())
        object.insert(QStringLiteral("note"), note);
    if (!acceptsNewJobsUntil.isEmpty())
        object.insert(QStringLiteral("accepts_new_jobs_until"), acceptsNewJobsUntil);
    if (!shutdownDate.isEmpty())
        object.insert(QStringLiteral("shutdown_date"), shutdownDate);
    return object;
}

ModelPrice ModelPrice::fromJson(const QJsonObject &object)
{
    ModelPrice price;
    price.provider = object.value(QLatin1String("provider")).toString();
    price.model = object.value(QLatin1String("model")).toString();
    price.displayName = object.value(QLatin1String("display_name")).toString(price.model);
    price.trainingPerMillion = optionalNumber(object, QLatin1String("training_per_1m"));
    price.inputPerMillion = optionalNumber(object, QLatin1String("input_per_1m"));
    price.outputPerMillion = optionalNumber(object, QLatin1String("output_per_1m"));
    price.baseInputPerMillion = optionalNumber(object, QLatin1String("base_input_per_1m"));
    price.baseOutputPerMillion = optionalNumber(object, QLatin1String("base_output_per_1m"));
    if (const auto context = optionalNumber(object, QLatin1String("training_context")))
        price.trainingContext = int(*context);
    price.encoding = object.value(QLatin1String("encoding")).toString();
    price.validOn = object.value(QLatin1String("valid_on")).toString();
    price.note = object.value(QLatin1String("note")).toString();
    price.acceptsNewJobsUntil = object.value(QLatin1String("accepts_new_jobs_until")).toString();
    price.shutdownDate = object.value(QLatin1String("shutdown_date")).toString();
    return price;
}
