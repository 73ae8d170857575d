#include "examplemessages.h"

#include "core/dataset/examplejson.h"

namespace {

QString messagesKey()
{
    return QStringLiteral("messages");
}

QString inputKey()
{
    return QStringLiteral("input");
}

// Older preference files name the answers *_completion; whichever name the example uses is
// kept while editing (the export writes the current names).
QString answerKey(const QJsonObject &example, bool preferred)
{
    const QString current = preferred ? QStringLiteral("preferred_output")
                                      : QStringLiteral("non_preferred_output");
    const QString older = preferred ? QStringLiteral("preferred_completion")
                                    : QStringLiteral("non_preferred_completion");
    return !example.contains(current) && example.contains(older) ? older : current;
}

} // namespace

bool ExampleMessages::isPreference(const QJsonObject &example)
{
    return ExampleJson::kind(example) == ExampleJson::Kind::Preference;
}

ExampleMessages::List ExampleMessages::promptList(const QJsonObject &example)
{
    return isPreference(example) ? List::PreferencePrompt : List::Conversation;
}

QJsonArray ExampleMessages::messages(const QJsonObject &example, List list)
{
    switch (list) {
    case List::Conversation:
        return example.value(messagesKey()).toArray();
    case List::PreferencePrompt:
        return example.value(inputKey()).toObject().value(messagesKey()).toArray();
    case List::Preferred:
        return example.value(answerKey(example, true)).toArray();
    case List::Rejected:
        return example.value(answerKey(example, false)).toArray();
    }
    return {};
}

void ExampleMessages::setMessages(QJsonObject &example, List list, const QJsonArray &messages)
{
    switch (list) {
    case List::Conversation:
        example.insert(messagesKey(), messages);
        break;
    case List::PreferencePrompt: {
        QJsonObject input = example.value(inputKey()).toObject();
        input.insert(messagesKey(), messages);
        example.insert(inputKey(), input);
        break;
    }
    case List::Preferred:
        example.insert(answerKey(example, true), messages);
        break;
    case List::Rejected:
        example.insert(answerKey(example, false), messages);
        break;
    }
}

QJsonObject ExampleMessages::message(const QJsonObject &example, List list, int index)
{
    return messages(example, list).at(index).toObject();
}

void ExampleMessages::setMessage(QJsonObject &example, List list, int index,
                                 const QJsonObject &message)
{
    QJsonArray all = messages(example, list);
    if (index < 0 || index >= all.size())
        return;
    all.replace(index, message);
    setMessages(example, list, all);
}

QString ExampleMessages::text(const QJsonObject &message)
{
    return ExampleJson::contentText(message.value(contentKey()));
}

void ExampleMessages::setText(QJsonObject &message, const QString &text)
{
    const QJsonValue content = message.value(contentKey());
    if (content.isArray()) {
        QJsonArray parts = content.toArray();
        int textParts = 0;
        int at = -1;
        for (int i = 0; i < parts.size(); ++i) {
            if (parts.at(i).toObject().value(QStringLiteral("type")).toString()
                == QLatin1String("text")) {
                ++textParts;
                at = i;
            }
        }
        if (textParts == 1) {
            QJsonObject part = parts.at(at).toObject();
            part.insert(QStringLiteral("text"), text);
            parts.replace(at, part);
            message.insert(contentKey(), parts);
            return;
        }
    }
    if (content.isNull() && text.isEmpty() && message.contains(contentKey()))
        return; // a function call without words stays null
    message.insert(contentKey(), text);
}
