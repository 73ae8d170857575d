#include "trainingfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// The longest example OpenAI trains on for GPT-4o and GPT-4o mini; longer ones are cut.
constexpr qint64 contextLimit = 65536;

QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList pieces;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts)
        pieces.append(part.toObject().value(QStringLiteral("text")).toString());
    return pieces.join(QLatin1Char(' '));
}

QString checkMessage(const QJsonValue &value, int index)
{
    static const QSet<QString> roles{QStringLiteral("system"), QStringLiteral("developer"),
                                     QStringLiteral("user"), QStringLiteral("assistant"),
                                     QStringLiteral("tool")};
    const QString where = QStringLiteral("message %1").arg(index + 1);
    if (!value.isObject())
        return where + QStringLiteral(" is not an object");
    const QJsonObject message = value.toObject();
    const QString role = message.value(QStringLiteral("role")).toString();
    if (!roles.contains(role))
        return where + QStringLiteral(": unknown role \"%1\"").arg(role);
    const QJsonValue content = message.value(QStringLiteral("content"));
    const bool hasToolCalls = message.value(QStringLiteral("tool_calls")).isArray();
    if (!content.isString() && !content.isArray() &&
        !(role == QLatin1String("assistant") && hasToolCalls))
        return where + QStringLiteral(" has no text content");
    if (message.contains(QStringLiteral("weight"))) {
        const QJsonValue weight = message.value(QStringLiteral("weight"));
        if (role != QLatin1String("assistant") || !weight.isDouble() ||
            (weight.toDouble() != 0 && weight.toDouble() != 1))
            return where + QStringLiteral(": weight must be 0 or 1 on an assistant message");
    }
    if (role == QLatin1String("tool") && !message.value(QStringLiteral("tool_call_id")).isString())
        return where + QStringLiteral(": a tool message needs tool_call_id");
    return {};
}

} // namespace

qint64 TrainingFile::estimateTokens(const QString &text)
{
    return (text.size() + 3) / 4;
}

TrainingFile TrainingFile::read(const QByteArray &content, bool preference)
{
    TrainingFile file;
    file.m_preference = preference;
    const QList<QByteArray> lines = content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        Example example;
        qint64 tokens = 0;
        const QString problem = file.readLine(line, example, tokens);
        if (!problem.isEmpty()) {
            file.m_error =
                QStringLiteral("Invalid file format. Line %1: %2.").arg(i + 1).arg(problem);
            file.m_lineError = true;
            return file;
        }
        file.m_examples.append(example);
        file.m_tokens += std::min(tokens, contextLimit);
    }
    if (file.m_examples.size() < minimumExamples) {
        file.m_error = QStringLiteral("Training file has %1 example(s), but must have at least "
                                      "%2 examples.")
                           .arg(file.m_examples.size())
                           .arg(minimumExamples);
    }
    return file;
}

QString TrainingFile::readLine(const QByteArray &line, Example &example, qint64 &tokens) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON (%1)").arg(parseError.errorString());
    if (!document.isObject())
        return QStringLiteral("not a JSON object");
    const QJsonObject object = document.object();
    if (m_preference)
        return readPreference(object, example, tokens);
    if (!object.value(QStringLiteral("messages")).isArray())
        return QStringLiteral("the \"messages\" list is missing");
    return readChat(object.value(QStringLiteral("messages")), example, tokens);
}

QString TrainingFile::readChat(const QJsonValue &messagesValue, Example &example,
                               qint64 &tokens) const
{
    const QJsonArray messages = messagesValue.toArray();
    if (messages.isEmpty())
        return QStringLiteral("the \"messages\" list is empty");
    QStringList prompt;
    bool hasAssistant = false;
    bool answeredLastUser = true;
    tokens += 3; // priming the reply, as OpenAI's counting notebook does
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString problem = checkMessage(messages.at(i), int(i));
        if (!problem.isEmpty())
            return problem;
        const QJsonObject message = messages.at(i).toObject();
        const QString role = message.value(QStringLiteral("role")).toString();
        const QString text = contentText(message.value(QStringLiteral("content")));
        tokens += 3 + estimateTokens(text);
        if (role == QLatin1String("user")) {
            prompt.append(text);
            answeredLastUser = false;
            example.toolCalls = {};
        }
        if (role == QLatin1String("assistant")) {
            hasAssistant = true;
            if (!answeredLastUser)
                example.toolCalls = message.value(QStringLiteral("tool_calls")).toArray();
            answeredLastUser = true;
            if (message.value(QStringLiteral("weight")).toDouble(1) != 0 && !text.isEmpty())
                example.answer = text;
        }
    }
    if (!hasAssistant)
        return QStringLiteral("no assistant message to learn from");
    example.prompt = prompt.join(QLatin1Char('\n'));
    return {};
}

QString TrainingFile::readPreference(const QJsonObject &object, Example &example,
                                     qint64 &tokens) const
{
    const QJsonObject input = object.value(QStringLiteral("input")).toObject();
    if (!input.value(QStringLiteral("messages")).isArray())
        return QStringLiteral("the \"input\" object with its \"messages\" list is missing");
    const auto output = [&object](const QString &name, const QString &older) {
        return object.contains(name) ? object.value(name) : object.value(older);
    };
    const QJsonValue preferred =
        output(QStringLiteral("preferred_output"), QStringLiteral("preferred_completion"));
    const QJsonValue rejected =
        output(QStringLiteral("non_preferred_output"), QStringLiteral("non_preferred_completion"));
    if (!preferred.isArray() || preferred.toArray().isEmpty())
        return QStringLiteral("the \"preferred_output\" list is missing");
    if (!rejected.isArray() || rejected.toArray().isEmpty())
        return QStringLiteral("the \"non_preferred_output\" list is missing");
    const QJsonArray inputMessages = input.value(QStringLiteral("messages")).toArray();
    QStringList prompt;
    for (qsizetype i = 0; i < inputMessages.size(); ++i) {
        const QString problem = checkMessage(inputMessages.at(i), int(i));
        if (!problem.isEmpty())
            return QStringLiteral("input ") + problem;
        const QJsonObject message = inputMessages.at(i).toObject();
        const QString text = contentText(message.value(QStringLiteral("content")));
        tokens += 3 + estimateTokens(text);
        if (message.value(QStringLiteral("role")).toString() == QLatin1String("user"))
            prompt.append(text);
    }
    const QJsonObject best = preferred.toArray().first().toObject();
    if (best.value(QStringLiteral("role")).toString() != QLatin1String("assistant"))
        return QStringLiteral("the preferred output must be an assistant message");
    example.prompt = prompt.join(QLatin1Char('\n'));
    example.answer = contentText(best.value(QStringLiteral("content")));
    tokens += 3 + estimateTokens(example.answer) +
              estimateTokens(contentText(rejected.toArray().first()[QStringLiteral("content")]));
    return {};
}
