#include "playgroundsettings.h"

#include <QJsonArray>

namespace {

std::optional<double> number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject PlaygroundSettings::toJson() const
{
    QJsonObject object;
    if (temperature)
        object.insert(QLatin1String(TemperatureKey), *temperature);
    if (topP)
        object.insert(QLatin1String(TopPKey), *topP);
    if (maxAnswerTokens)
        object.insert(QLatin1String(MaxTokensKey), *maxAnswerTokens);
    if (!stop.isEmpty())
        object.insert(QLatin1String(StopKey), QJsonArray::fromStringList(stop));
    if (seed)
        object.insert(QLatin1String(SeedKey), *seed);
    return object;
}

PlaygroundSettings PlaygroundSettings::fromJson(const QJsonObject &object)
{
    PlaygroundSettings settings;
    settings.temperature = number(object, TemperatureKey);
    settings.topP = number(object, TopPKey);
    if (const auto tokens = number(object, MaxTokensKey); tokens && *tokens >= 1)
        settings.maxAnswerTokens = int(*tokens);
    for (const QJsonValue &value : object.value(QLatin1String(StopKey)).toArray()) {
        if (!value.toString().isEmpty())
            settings.stop.append(value.toString());
    }
    if (const auto seed = number(object, SeedKey))
        settings.seed = qint64(*seed);
    return settings;
}

PlaygroundSettings PlaygroundSettings::overriddenBy(const PlaygroundSettings &over) const
{
    PlaygroundSettings merged = *this;
    if (over.temperature)
        merged.temperature = over.temperature;
    if (over.topP)
        merged.topP = over.topP;
    if (over.maxAnswerTokens)
        merged.maxAnswerTokens = over.maxAnswerTokens;
    if (!over.stop.isEmpty())
        merged.stop = over.stop;
    if (over.seed)
        merged.seed = over.seed;
    return merged;
}

void PlaygroundSettings::applyTo(ChatRequest &request) const
{
    request.temperature = temperature;
    request.topP = topP;
    request.maxCompletionTokens = maxAnswerTokens;
    request.stop = stop;
    request.seed = seed;
}
