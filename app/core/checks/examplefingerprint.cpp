#include "examplefingerprint.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The value's bytes for hashing: strings as UTF-8, the rest as compact JSON.
QByteArray bytesOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

quint64 hashMessages(const QJsonArray &messages, quint64 hash)
{
    static const QLatin1String keys[ExampleFingerprint::FieldCount] = {
        QLatin1String("role"), QLatin1String("content"), QLatin1String("name"),
        QLatin1String("tool_calls"), QLatin1String("tool_call_id")};
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        quint64 sum = 0;
        for (int field = 0; field < ExampleFingerprint::FieldCount; ++field) {
            const QJsonValue part = message.value(keys[field]);
            if (!part.isUndefined() && !part.isNull())
                sum += ExampleFingerprint::field(ExampleFingerprint::Field(field), bytesOf(part));
        }
        hash = ExampleFingerprint::chain(hash, sum);
    }
    return hash;
}

} // namespace

quint64 ExampleFingerprint::field(Field field, QByteArrayView utf8)
{
    // A fixed seed per field: equal conversations give equal fingerprints in one run.
    return quint64(qHash(utf8, size_t(0x51ed270b27a1f1e5ull * (quint64(field) + 1))));
}

quint64 ExampleFingerprint::chain(quint64 hash, quint64 message)
{
    hash ^= message + 0x9e3779b97f4a7c15ull + (hash << 6) + (hash >> 2);
    hash *= 0xff51afd7ed558ccdull;
    return hash ^ (hash >> 33);
}

quint64 ExampleFingerprint::of(const QJsonObject &example)
{
    quint64 hash = start();
    if (example.contains(QLatin1String("messages"))) {
        hash = hashMessages(example.value(QLatin1String("messages")).toArray(), hash);
    } else {
        hash = hashMessages(example.value(QLatin1String("input")).toObject()
                                .value(QLatin1String("messages")).toArray(), chain(hash, 1));
        for (const char *key : {"preferred_output", "preferred_completion", "non_preferred_output",
                                "non_preferred_completion"})
            hash = hashMessages(example.value(QLatin1String(key)).toArray(), chain(hash, 2));
    }
    return finish(hash);
}
