#include "playgroundexample.h"

#include "core/dataset/examplejson.h"

namespace {

const QLatin1String RoleKey("role");
const QLatin1String ContentKey("content");

QString role(const QJsonValue &message)
{
    return message.toObject().value(RoleKey).toString();
}

bool isAnswer(const QJsonValue &message)
{
    return role(message) == QLatin1String("assistant");
}

bool isSystem(const QJsonValue &message)
{
    const QString name = role(message);
    return name == QLatin1String("system") || name == QLatin1String("developer");
}

// A chat message with only the fields training files know.
QJsonObject trainingMessage(const QJsonObject &message)
{
    static const QLatin1String keep[] = {RoleKey, ContentKey, QLatin1String("name"),
                                         QLatin1String("tool_calls"),
                                         QLatin1String("tool_call_id")};
    QJsonObject result;
    for (QLatin1String key : keep) {
        if (message.contains(key))
            result.insert(key, message.value(key));
    }
    return result;
}

QJsonObject message(const QString &role, const QString &content)
{
    return {{RoleKey, role}, {ContentKey, content}};
}

QJsonObject answerMessage(const QString &answer)
{
    return message(QStringLiteral("assistant"), answer);
}

} // namespace

int PlaygroundExample::answerCount(const QJsonArray &conversation)
{
    return int(std::count_if(conversation.begin(), conversation.end(), isAnswer));
}

int PlaygroundExample::answerIndex(const QJsonArray &conversation, int answer)
{
    int seen = 0;
    for (qsizetype i = 0; i < conversation.size(); ++i) {
        if (isAnswer(conversation.at(i)) && seen++ == answer)
            return int(i);
    }
    return -1;
}

QString PlaygroundExample::answerText(const QJsonArray &conversation, int messageIndex)
{
    if (messageIndex < 0 || messageIndex >= conversation.size())
        return QString();
    return ExampleJson::contentText(conversation.at(messageIndex).toObject().value(ContentKey));
}

QJsonArray PlaygroundExample::promptFor(const QJsonArray &conversation, int messageIndex,
                                        const QString &systemPrompt)
{
    QJsonArray prompt;
    if (messageIndex < 0 || messageIndex >= conversation.size() ||
        !isAnswer(conversation.at(messageIndex)))
        return prompt;
    const QString system = systemPrompt.trimmed();
    if (!system.isEmpty() && !(messageIndex > 0 && isSystem(conversation.at(0))))
        prompt.append(message(QStringLiteral("system"), system));
    for (int i = 0; i < messageIndex; ++i)
        prompt.append(trainingMessage(conversation.at(i).toObject()));
    return prompt;
}

QString PlaygroundExample::lastUserText(const QJsonArray &prompt)
{
    for (qsizetype i = prompt.size() - 1; i >= 0; --i) {
        if (role(prompt.at(i)) == QLatin1String("user"))
            return ExampleJson::contentText(prompt.at(i).toObject().value(ContentKey));
    }
    return QString();
}

QJsonObject PlaygroundExample::chatExample(const QJsonArray &prompt, const QString &answer)
{
    QJsonArray messages = prompt;
    messages.append(answerMessage(answer));
    return {{QStringLiteral("messages"), messages}};
}

QJsonObject PlaygroundExample::preferenceExample(const QJsonArray &prompt, const QString &preferred,
                                                 const QString &rejected)
{
    return {{QStringLiteral("input"), QJsonObject{{QStringLiteral("messages"), prompt}}},
            {QStringLiteral("preferred_output"), QJsonArray{answerMessage(preferred)}},
            {QStringLiteral("non_preferred_output"), QJsonArray{answerMessage(rejected)}}};
}

QString PlaygroundExample::datasetKind(const QJsonObject &example)
{
    return ExampleJson::kindName(ExampleJson::kind(example));
}

QString PlaygroundExample::problem(const QJsonObject &example)
{
    const auto textOf = [](const QJsonArray &output) {
        return ExampleJson::contentText(output.at(0).toObject().value(ContentKey));
    };
    const QJsonArray messages = ExampleJson::messages(example);
    if (ExampleJson::kind(example) == ExampleJson::Kind::Preference) {
        const QString preferred = textOf(ExampleJson::preferredOutput(example));
        const QString rejected = textOf(ExampleJson::nonPreferredOutput(example));
        if (lastUserText(messages).trimmed().isEmpty())
            return tr("There is no question before these answers, so there is nothing to learn "
                      "to answer.");
        if (preferred.trimmed().isEmpty() || rejected.trimmed().isEmpty())
            return tr("Both answers need some text: the model learns from the difference "
                      "between them.");
        if (preferred == rejected)
            return tr("The two answers are the same, so the model would learn nothing from "
                      "this pair. Edit one of them or pick another answer.");
        return QString();
    }
    QJsonArray prompt = messages;
    const QJsonValue answer = prompt.isEmpty() ? QJsonValue() : prompt.takeAt(prompt.size() - 1);
    if (lastUserText(prompt).trimmed().isEmpty())
        return tr("There is no question before this answer, so there is nothing to learn to "
                  "answer.");
    if (textOf(QJsonArray{answer}).trimmed().isEmpty())
        return tr("The answer is empty. Write the answer the model should learn to give.");
    return QString();
}
