#include "examplefingerprint.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// A fixed seed: fingerprints must be equal for equal conversations within a run; Qt's
// per-process random seed does not apply when a seed is passed.
constexpr size_t Seed = 0x9e3779b97f4a7c15ull;

size_t hashValue(const QJsonValue &value, size_t seed)
{
    switch (value.type()) {
    case QJsonValue::String:
        return qHash(value.toString(), seed);
    case QJsonValue::Array:
        return qHash(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact), seed);
    case QJsonValue::Object:
        return qHash(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact), seed);
    case QJsonValue::Double:
        return qHash(value.toDouble(), seed);
    case QJsonValue::Bool:
        return qHash(value.toBool(), seed);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return qHash(int(value.type()), seed);
}

size_t hashMessages(const QJsonArray &messages, size_t seed)
{
    size_t hash = qHash(messages.size(), seed);
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        for (const char *key : {"role", "content", "name", "tool_calls", "tool_call_id"})
            hash = hashValue(message.value(QLatin1String(key)), hash);
    }
    return hash;
}

} // namespace

quint64 ExampleFingerprint::of(const QJsonObject &example)
{
    size_t hash = Seed;
    if (example.contains(QLatin1String("messages"))) {
        hash = hashMessages(example.value(QLatin1String("messages")).toArray(), hash);
    } else {
        hash = hashMessages(example.value(QLatin1String("input")).toObject()
                                .value(QLatin1String("messages")).toArray(), hash ^ 1);
        for (const char *key : {"preferred_output", "preferred_completion", "non_preferred_output",
                                "non_preferred_completion"})
            hash = hashMessages(example.value(QLatin1String(key)).toArray(), hash);
    }
    return hash == 0 ? 1 : quint64(hash);
}
