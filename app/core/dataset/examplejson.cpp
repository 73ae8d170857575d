#include "examplejson.h"

#include "exampledigest.h"

#include <QJsonDocument>

namespace {

const QLatin1String MessagesKey("messages");
const QLatin1String InputKey("input");
const QLatin1String PreferredOutput("preferred_output");
const QLatin1String NonPreferredOutput("non_preferred_output");
const QLatin1String PreferredCompletion("preferred_completion");
const QLatin1String NonPreferredCompletion("non_preferred_completion");

QJsonArray firstArray(const QJsonObject &object, QLatin1String key, QLatin1String olderKey)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    return object.value(olderKey).toArray();
}

bool isSystem(const QJsonObject &message)
{
    const QString role = message.value(QLatin1String("role")).toString();
    return role == QLatin1String("system") || role == QLatin1String("developer");
}

// Replaces in one content value (string or array of text parts).
QJsonValue replacedContent(const QJsonValue &content, const QString &find, const QString &with,
                           Qt::CaseSensitivity cs, int *count)
{
    if (content.isString()) {
        QString text = content.toString();
        *count += text.count(find, cs);
        return text.replace(find, with, cs);
    }
    if (!content.isArray())
        return content;
    QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QJsonObject part = parts.at(i).toObject();
        if (!part.value(QLatin1String("text")).isString())
            continue;
        QString text = part.value(QLatin1String("text")).toString();
        *count += text.count(find, cs);
        part.insert(QLatin1String("text"), text.replace(find, with, cs));
        parts.replace(i, part);
    }
    return parts;
}

QJsonArray replacedMessages(const QJsonArray &messages, const QString &find, const QString &with,
                            Qt::CaseSensitivity cs, int *count)
{
    QJsonArray result;
    for (const QJsonValue &value : messages) {
        QJsonObject message = value.toObject();
        if (message.contains(QLatin1String("content"))) {
            message.insert(
                QLatin1String("content"),
                replacedContent(message.value(QLatin1String("content")), find, with, cs, count));
        }
        result.append(message);
    }
    return result;
}

} // namespace

ExampleJson::Kind ExampleJson::kind(const QJsonObject &example)
{
    if (example.contains(MessagesKey))
        return Kind::Chat;
    if (example.contains(InputKey) &&
        (example.contains(PreferredOutput) || example.contains(PreferredCompletion) ||
         example.contains(NonPreferredOutput) || example.contains(NonPreferredCompletion)))
        return Kind::Preference;
    return Kind::Unknown;
}

QString ExampleJson::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Chat:
        return QStringLiteral("chat");
    case Kind::Preference:
        return QStringLiteral("preference");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray ExampleJson::messages(const QJsonObject &example)
{
    if (example.contains(MessagesKey))
        return example.value(MessagesKey).toArray();
    return example.value(InputKey).toObject().value(MessagesKey).toArray();
}

QJsonArray ExampleJson::preferredOutput(const QJsonObject &example)
{
    return firstArray(example, PreferredOutput, PreferredCompletion);
}

QJsonArray ExampleJson::nonPreferredOutput(const QJsonObject &example)
{
    return firstArray(example, NonPreferredOutput, NonPreferredCompletion);
}

QString ExampleJson::contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return {};
    QString text;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonValue partText = part.toObject().value(QLatin1String("text"));
        if (!partText.isString())
            continue;
        if (!text.isEmpty())
            text.append(QLatin1Char('\n'));
        text.append(partText.toString());
    }
    return text;
}

QString ExampleJson::summary(const QJsonObject &example, int maxLength)
{
    return ExampleDigest::of(example, maxLength).summary;
}

int ExampleJson::turns(const QJsonObject &example)
{
    const int count = int(messages(example).size());
    return kind(example) == Kind::Preference ? count + 1 : count;
}

QString ExampleJson::searchText(const QJsonObject &example)
{
    return QString::fromUtf8(ExampleDigest::of(example).searchText);
}

qint64 ExampleJson::contentHash(const QJsonObject &example)
{
    return ExampleDigest::of(example).contentHash;
}

bool ExampleJson::needsExportUpgrade(const QJsonObject &example)
{
    return example.contains(PreferredCompletion) || example.contains(NonPreferredCompletion);
}

QJsonObject ExampleJson::forExport(const QJsonObject &example)
{
    if (!needsExportUpgrade(example))
        return example;
    QJsonObject upgraded = example;
    const std::pair<QLatin1String, QLatin1String> renames[] = {
        {PreferredCompletion, PreferredOutput}, {NonPreferredCompletion, NonPreferredOutput}};
    for (const auto &[older, newer] : renames) {
        if (!upgraded.contains(older))
            continue;
        if (!upgraded.contains(newer))
            upgraded.insert(newer, upgraded.value(older));
        upgraded.remove(older);
    }
    return upgraded;
}

QString ExampleJson::systemPrompt(const QJsonObject &example)
{
    for (const QJsonValue &value : messages(example)) {
        const QJsonObject message = value.toObject();
        if (isSystem(message))
            return contentText(message.value(QLatin1String("content")));
    }
    return {};
}

QJsonObject ExampleJson::withSystemPrompt(const QJsonObject &example, const QString &prompt)
{
    QJsonArray conversation = messages(example);
    qsizetype index = -1;
    for (qsizetype i = 0; i < conversation.size() && index < 0; ++i) {
        if (isSystem(conversation.at(i).toObject()))
            index = i;
    }
    if (prompt.isEmpty()) {
        if (index >= 0)
            conversation.removeAt(index);
    } else if (index >= 0) {
        QJsonObject message = conversation.at(index).toObject();
        message.insert(QLatin1String("content"), prompt);
        conversation.replace(index, message);
    } else {
        conversation.prepend(QJsonObject{{QLatin1String("role"), QStringLiteral("system")},
                                         {QLatin1String("content"), prompt}});
    }
    QJsonObject result = example;
    if (kind(example) == Kind::Preference) {
        QJsonObject input = result.value(InputKey).toObject();
        input.insert(MessagesKey, conversation);
        result.insert(InputKey, input);
    } else {
        result.insert(MessagesKey, conversation);
    }
    return result;
}

int ExampleJson::countMatches(const QJsonObject &example, const QString &find,
                              Qt::CaseSensitivity cs)
{
    int count = 0;
    replaced(example, find, find, cs, &count);
    return count;
}

QJsonObject ExampleJson::replaced(const QJsonObject &example, const QString &find,
                                  const QString &replacement, Qt::CaseSensitivity cs, int *count)
{
    int local = 0;
    int *counter = count ? count : &local;
    *counter = 0;
    QJsonObject result = example;
    if (find.isEmpty())
        return result;
    if (kind(example) == Kind::Preference) {
        QJsonObject input = result.value(InputKey).toObject();
        input.insert(MessagesKey,
                     replacedMessages(messages(example), find, replacement, cs, counter));
        result.insert(InputKey, input);
        for (const QLatin1String key :
             {PreferredOutput, PreferredCompletion, NonPreferredOutput, NonPreferredCompletion}) {
            if (result.value(key).isArray()) {
                result.insert(key, replacedMessages(result.value(key).toArray(), find, replacement,
                                                    cs, counter));
            }
        }
    } else {
        result.insert(MessagesKey,
                      replacedMessages(messages(example), find, replacement, cs, counter));
    }
    return result;
}

QString ExampleJson::shapeProblem(const QJsonObject &example, Kind wanted)
{
    if (wanted == Kind::Preference) {
        if (!example.value(InputKey).isObject())
            return tr("a preference example needs an \"input\" object with the conversation, "
                      "but this line has none.");
        if (!example.value(InputKey).toObject().value(MessagesKey).isArray())
            return tr("the \"input\" of a preference example needs a \"messages\" list, but "
                      "this line has none.");
        if (preferredOutput(example).isEmpty() || nonPreferredOutput(example).isEmpty())
            return tr("a preference example needs both a preferred and a non-preferred "
                      "answer (\"preferred_output\" and \"non_preferred_output\").");
        return {};
    }
    const QJsonValue list = example.value(MessagesKey);
    if (!list.isArray())
        return tr("a training example needs a \"messages\" list (the conversation), but this "
                  "line has none.");
    for (const QJsonValue &message : list.toArray()) {
        if (!message.isObject())
            return tr("every entry of the \"messages\" list must be a message with a role and "
                      "a content, but one is not.");
    }
    return {};
}

quint64 ExampleJson::fnv1a(const QByteArray &bytes, quint64 hash)
{
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}
