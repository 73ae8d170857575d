#include "examplefixer.h"

#include "examplechecker.h"

#include <QJsonArray>

#include <functional>

namespace {

using MessagesEdit = std::function<bool(QJsonArray &messages)>;

// Applies edit to the conversation (messages, or input.messages of a preference example)
// and returns the example when the edit changed something.
std::optional<QJsonObject> editConversation(const QJsonObject &example, const MessagesEdit &edit)
{
    QJsonObject result = example;
    if (example.value(QLatin1String("messages")).isArray()) {
        QJsonArray messages = example.value(QLatin1String("messages")).toArray();
        if (!edit(messages))
            return std::nullopt;
        result.insert(QLatin1String("messages"), messages);
        return result;
    }
    QJsonObject input = example.value(QLatin1String("input")).toObject();
    QJsonArray messages = input.value(QLatin1String("messages")).toArray();
    if (!edit(messages))
        return std::nullopt;
    input.insert(QLatin1String("messages"), messages);
    result.insert(QLatin1String("input"), input);
    return result;
}

// Applies edit to each message object; true when any changed.
bool editEachMessage(QJsonArray &messages, const std::function<bool(QJsonObject &)> &edit)
{
    bool changed = false;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!messages.at(i).isObject())
            continue;
        QJsonObject message = messages.at(i).toObject();
        if (edit(message)) {
            messages.replace(i, message);
            changed = true;
        }
    }
    return changed;
}

bool isAssistant(const QJsonObject &message)
{
    return message.value(QLatin1String("role")).toString() == u"assistant";
}

bool dropUnknownKeys(QJsonObject &message)
{
    bool changed = false;
    for (const QString &key : message.keys()) {
        if (!ExampleChecker::isKnownMessageKey(key)) {
            message.remove(key);
            changed = true;
        }
    }
    return changed;
}

bool repairWeight(QJsonObject &message)
{
    const QJsonValue weight = message.value(QLatin1String("weight"));
    if (!isAssistant(message) || weight.isUndefined() || ExampleChecker::isValidWeight(weight))
        return false;
    message.insert(QLatin1String("weight"), 1);
    return true;
}

bool dropWeightOfNonAnswer(QJsonObject &message)
{
    if (isAssistant(message) || !message.contains(QLatin1String("weight")))
        return false;
    message.remove(QLatin1String("weight"));
    return true;
}

bool isEmptyMessage(const QJsonValue &value)
{
    const QJsonObject message = value.toObject();
    return value.isObject() && !message.value(QLatin1String("tool_calls")).isArray()
           && message.value(QLatin1String("content")).isString()
           && ExampleChecker::isEmptyContent(message.value(QLatin1String("content")));
}

bool dropEmptyLastMessages(QJsonArray &messages)
{
    bool changed = false;
    while (messages.size() > 1 && isEmptyMessage(messages.last())) {
        messages.removeLast();
        changed = true;
    }
    return changed;
}

// Marks the last answer to learn from, when every answer is marked to skip.
bool learnFromLastAnswer(QJsonArray &messages)
{
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        QJsonObject message = messages.at(i).toObject();
        if (!isAssistant(message))
            continue;
        if (message.value(QLatin1String("weight")).toDouble(1) == 1.0)
            return false;
        message.insert(QLatin1String("weight"), 1);
        messages.replace(i, message);
        return true;
    }
    return false;
}

std::optional<QJsonObject> dropUnknownExampleKeys(const QJsonObject &example)
{
    QJsonObject result = example;
    for (const QString &key : example.keys()) {
        if (!ExampleChecker::isKnownExampleKey(example, key))
            result.remove(key);
    }
    if (result.size() == example.size())
        return std::nullopt;
    return result;
}

} // namespace

bool ExampleFixer::canFix(const QString &code)
{
    return code == u"unknown_message_key" || code == u"invalid_weight"
           || code == u"weight_not_assistant" || code == u"empty_last_message"
           || code == u"nothing_to_learn" || code == u"unknown_example_key";
}

std::optional<QJsonObject> ExampleFixer::fixed(const QJsonObject &example, const QString &code)
{
    if (code == u"unknown_example_key")
        return dropUnknownExampleKeys(example);
    MessagesEdit edit;
    if (code == u"unknown_message_key")
        edit = [](QJsonArray &messages) { return editEachMessage(messages, dropUnknownKeys); };
    else if (code == u"invalid_weight")
        edit = [](QJsonArray &messages) { return editEachMessage(messages, repairWeight); };
    else if (code == u"weight_not_assistant")
        edit = [](QJsonArray &messages) { return editEachMessage(messages, dropWeightOfNonAnswer); };
    else if (code == u"empty_last_message")
        edit = dropEmptyLastMessages;
    else if (code == u"nothing_to_learn")
        edit = learnFromLastAnswer;
    else
        return std::nullopt;
    return editConversation(example, edit);
}
