#include "examplechecker.h"

#include "checkcatalog.h"
#include "core/markdown/invisiblecharacters.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString messageLabel(int index)
{
    return ExampleChecker::tr("Message %L1").arg(index + 1);
}

// A name or role as a sentence shows it: every invisible character as its marker, so a
// reversed or hidden part cannot make the check's own words read differently.
QString shown(const QString &text)
{
    return InvisibleCharacters::revealed(text, InvisibleCharacters::Context::Text);
}

// The texts of a message a person would read: its content (text or text parts), its name, and
// the names and arguments of the functions it calls.
QStringList readableTexts(const QJsonObject &message)
{
    QStringList texts;
    const QJsonValue content = message.value(QLatin1String("content"));
    if (content.isString())
        texts.append(content.toString());
    for (const QJsonValue &part : content.toArray())
        texts.append(part.toObject().value(QLatin1String("text")).toString());
    texts.append(message.value(QLatin1String("name")).toString());
    for (const QJsonValue &call : message.value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject function = call.toObject().value(QLatin1String("function")).toObject();
        texts.append(function.value(QLatin1String("name")).toString());
        texts.append(function.value(QLatin1String("arguments")).toString());
    }
    return texts;
}

bool isString(const QJsonObject &object, QLatin1String key)
{
    return object.value(key).isString() && !object.value(key).toString().isEmpty();
}

} // namespace

CheckIssue ExampleChecker::invalidJson(const QString &parserError)
{
    return CheckCatalog::issue(
        QStringLiteral("invalid_json"),
        tr("This line is not a readable example (the computer says: %1).").arg(parserError));
}

CheckIssue ExampleChecker::noSystemMessage()
{
    return CheckCatalog::issue(QStringLiteral("no_system_message"),
                               tr("This example has no instructions (system message)."));
}

CheckIssue ExampleChecker::noUserMessage()
{
    return CheckCatalog::issue(QStringLiteral("no_user_message"), tr("This example has no user message."));
}

CheckIssues ExampleChecker::check(const QJsonValue &value)
{
    if (value.isObject())
        return check(value.toObject());
    CheckIssues issues;
    issues.append(CheckCatalog::issue(
        QStringLiteral("not_an_object"),
        tr("This line holds a single value or a list, not an example in curly braces.")));
    return issues;
}

CheckIssues ExampleChecker::check(const QJsonObject &example)
{
    CheckIssues issues;
    ExampleChecker checker(&issues);
    const bool preference = example.contains(QLatin1String("input"))
                            || example.contains(QLatin1String("preferred_output"))
                            || example.contains(QLatin1String("preferred_completion"));
    if (preference && !example.contains(QLatin1String("messages")))
        checker.checkPreference(example);
    else
        checker.checkChat(example);
    return issues;
}

bool ExampleChecker::isKnownRole(const QString &role)
{
    return role == u"system" || role == u"developer" || role == u"user" || role == u"assistant"
           || role == u"tool" || role == u"function";
}

bool ExampleChecker::isKnownMessageKey(const QString &key)
{
    return key == u"role" || key == u"content" || key == u"name" || key == u"weight"
           || key == u"tool_calls" || key == u"tool_call_id" || key == u"function_call";
}

bool ExampleChecker::isKnownExampleKey(const QJsonObject &example, const QString &key)
{
    if (key == u"messages" || key == u"tools" || key == u"parallel_tool_calls"
        || key == u"functions")
        return true;
    if (example.contains(QLatin1String("messages")))
        return false;
    return key == u"input" || key == u"preferred_output" || key == u"non_preferred_output"
           || key == u"preferred_completion" || key == u"non_preferred_completion";
}

bool ExampleChecker::isValidWeight(const QJsonValue &weight)
{
    return weight.isDouble() && (weight.toDouble() == 0.0 || weight.toDouble() == 1.0);
}

bool ExampleChecker::isEmptyContent(const QJsonValue &content)
{
    if (content.isString())
        return content.toString().trimmed().isEmpty();
    if (content.isArray()) {
        for (const QJsonValue &part : content.toArray()) {
            const QJsonObject object = part.toObject();
            if (object.value(QLatin1String("type")).toString() != u"text")
                return false; // an image or a file is content too
            if (!object.value(QLatin1String("text")).toString().trimmed().isEmpty())
                return false;
        }
        return true;
    }
    return true;
}

void ExampleChecker::add(const QString &code, const QString &problem, int message)
{
    m_issues->append(CheckCatalog::issue(code, problem, message));
}

void ExampleChecker::checkExampleKeys(const QJsonObject &example)
{
    for (auto it = example.begin(); it != example.end(); ++it) {
        if (!isKnownExampleKey(example, it.key())) {
            add(QStringLiteral("unknown_example_key"),
                tr("The example has a field the provider does not know: \"%1\".").arg(shown(it.key())));
        }
    }
}

void ExampleChecker::checkChat(const QJsonObject &example)
{
    checkExampleKeys(example);
    checkTools(example.value(QLatin1String("tools")));
    if (!checkMessages(example.value(QLatin1String("messages")), true))
        return;
    if (m_answers > 0 && m_learnedAnswers == 0) {
        add(QStringLiteral("nothing_to_learn"),
            tr("Every answer is marked to be skipped, so the model learns nothing from this example."));
    }
}

void ExampleChecker::checkPreference(const QJsonObject &example)
{
    checkExampleKeys(example);
    const QJsonObject input = example.value(QLatin1String("input")).toObject();
    checkTools(input.value(QLatin1String("tools")));
    if (!example.value(QLatin1String("input")).isObject()) {
        add(QStringLiteral("missing_messages"),
            tr("This comparison has no conversation to answer (the \"input\" field is missing)."));
    } else {
        checkMessages(input.value(QLatin1String("messages")), false);
    }
    checkAnswer(example, "preferred_output", "preferred_completion", true);
    checkAnswer(example, "non_preferred_output", "non_preferred_completion", false);
    const QJsonValue preferred = example.contains(QLatin1String("preferred_output"))
                                     ? example.value(QLatin1String("preferred_output"))
                                     : example.value(QLatin1String("preferred_completion"));
    const QJsonValue other = example.contains(QLatin1String("non_preferred_output"))
                                 ? example.value(QLatin1String("non_preferred_output"))
                                 : example.value(QLatin1String("non_preferred_completion"));
    if (preferred.isArray() && !preferred.toArray().isEmpty() && preferred == other) {
        add(QStringLiteral("preference_same_answers"),
            tr("The preferred answer and the other answer are the same."));
    }
}

void ExampleChecker::checkAnswer(const QJsonObject &example, const char *key,
                                 const char *olderKey, bool preferred)
{
    const QLatin1String name(key);
    const QJsonValue value = example.contains(name) ? example.value(name)
                                                    : example.value(QLatin1String(olderKey));
    const QJsonArray answer = value.toArray();
    const QJsonObject message = answer.isEmpty() ? QJsonObject() : answer.first().toObject();
    const bool usable = answer.size() == 1
                        && message.value(QLatin1String("role")).toString() == u"assistant"
                        && (!isEmptyContent(message.value(QLatin1String("content")))
                            || message.value(QLatin1String("tool_calls")).isArray());
    if (usable)
        return;
    const QString problem = preferred
                                ? tr("The preferred answer is missing or is not one assistant message with text.")
                                : tr("The answer you do not prefer is missing or is not one assistant message with text.");
    add(QStringLiteral("preference_missing_answer"), problem);
}

void ExampleChecker::checkTools(const QJsonValue &tools)
{
    if (tools.isUndefined())
        return;
    if (!tools.isArray()) {
        add(QStringLiteral("tools_invalid"), tr("The list of tools is not a list."));
        return;
    }
    const QJsonArray list = tools.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject tool = list.at(i).toObject();
        const QJsonObject function = tool.value(QLatin1String("function")).toObject();
        const QJsonValue parameters = function.value(QLatin1String("parameters"));
        if (tool.value(QLatin1String("type")).toString() != u"function") {
            add(QStringLiteral("tools_invalid"),
                tr("Tool %L1 is not described as a function.").arg(i + 1));
        } else if (!isString(function, QLatin1String("name"))) {
            add(QStringLiteral("tools_invalid"), tr("Tool %L1 has no function name.").arg(i + 1));
        } else if (!parameters.isUndefined() && !parameters.isObject()) {
            add(QStringLiteral("tools_invalid"),
                tr("The parameters of tool \"%1\" are not described as an object.")
                    .arg(shown(function.value(QLatin1String("name")).toString())));
        }
    }
}

bool ExampleChecker::checkMessages(const QJsonValue &messages, bool needsAnswer)
{
    if (!messages.isArray() || messages.toArray().isEmpty()) {
        add(QStringLiteral("missing_messages"),
            messages.isUndefined() ? tr("This example has no conversation (no list of messages).")
                                   : tr("This example's conversation is empty or is not a list of messages."));
        return false;
    }
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        checkMessage(list.at(i), int(i), int(list.size()));
    if (needsAnswer && m_answers == 0) {
        add(QStringLiteral("no_assistant_message"),
            tr("This example has no answer from the assistant, so there is nothing to learn."));
    }
    if (!m_hasSystem)
        m_issues->append(noSystemMessage());
    if (!m_hasUser)
        m_issues->append(noUserMessage());
    return true;
}

void ExampleChecker::checkMessage(const QJsonValue &value, int index, int count)
{
    if (!value.isObject()) {
        add(QStringLiteral("message_not_object"),
            tr("%1 is not a message with a speaker and a text.").arg(messageLabel(index)), index);
        return;
    }
    const QJsonObject message = value.toObject();
    for (auto it = message.begin(); it != message.end(); ++it) {
        if (!isKnownMessageKey(it.key())) {
            add(QStringLiteral("unknown_message_key"),
                tr("%1 has a field the provider does not know: \"%2\".")
                    .arg(messageLabel(index), shown(it.key())),
                index);
        }
    }
    const QJsonValue roleValue = message.value(QLatin1String("role"));
    const QString role = roleValue.toString();
    if (roleValue.isUndefined() || roleValue.isNull()) {
        add(QStringLiteral("missing_role"),
            tr("%1 does not say who is speaking.").arg(messageLabel(index)), index);
    } else if (!isKnownRole(role)) {
        add(QStringLiteral("unknown_role"),
            tr("%1 has a speaker the provider does not know: \"%2\".")
                .arg(messageLabel(index),
                     roleValue.isString() ? shown(role) : QString::fromUtf8(QJsonDocument(QJsonArray{roleValue}).toJson(QJsonDocument::Compact))),
            index);
    }
    if (role == u"system" || role == u"developer")
        m_hasSystem = true;
    else if (role == u"user")
        m_hasUser = true;
    else if (role == u"assistant")
        ++m_answers;
    checkContent(message, role, index, count);
    checkWeight(message, role, index);
    checkToolCalls(message, role, index);
    if (role == u"tool")
        checkToolResult(message, index);
    checkHiddenCharacters(message, index);
}

void ExampleChecker::checkHiddenCharacters(const QJsonObject &message, int index)
{
    QStringList markers;
    for (const QString &text : readableTexts(message)) {
        for (const QString &marker : InvisibleCharacters::markersIn(text, InvisibleCharacters::Context::Text)) {
            if (!markers.contains(marker))
                markers.append(marker);
        }
    }
    if (markers.isEmpty())
        return;
    add(QStringLiteral("hidden_characters"),
        tr("%1 holds characters that cannot be seen but hide text or change the order it reads "
           "in (%2). The model would learn to write them.")
            .arg(messageLabel(index), markers.join(QStringLiteral(", "))),
        index);
}

void ExampleChecker::checkContent(const QJsonObject &message, const QString &role, int index,
                                  int count)
{
    const bool callsTools = role == u"assistant"
                            && (message.value(QLatin1String("tool_calls")).isArray()
                                || message.value(QLatin1String("function_call")).isObject());
    const QJsonValue content = message.value(QLatin1String("content"));
    if (content.isUndefined() || (content.isNull() && !callsTools)) {
        if (!callsTools) {
            add(QStringLiteral("missing_content"),
                tr("%1 has no text.").arg(messageLabel(index)), index);
        }
        return;
    }
    if (content.isNull())
        return;
    if (!content.isString() && !content.isArray()) {
        add(QStringLiteral("content_not_text"),
            tr("The text of %1 is not text.").arg(messageLabel(index).toLower()), index);
        return;
    }
    if (!callsTools && isEmptyContent(content)) {
        const bool last = index == count - 1;
        add(last ? QStringLiteral("empty_last_message") : QStringLiteral("empty_content"),
            last ? tr("%1, the last one, is empty.").arg(messageLabel(index))
                 : tr("%1 is empty.").arg(messageLabel(index)),
            index);
    }
}

void ExampleChecker::checkWeight(const QJsonObject &message, const QString &role, int index)
{
    const QJsonValue weight = message.value(QLatin1String("weight"));
    // Only a clear 0 skips an answer; a wrong mark is reported as such, not as "skipped".
    if (role == u"assistant" && !(weight.isDouble() && weight.toDouble() == 0.0))
        ++m_learnedAnswers;
    if (weight.isUndefined())
        return;
    if (role != u"assistant") {
        add(QStringLiteral("weight_not_assistant"),
            tr("%1 is not an answer but is marked to learn from or skip.").arg(messageLabel(index)),
            index);
    } else if (!isValidWeight(weight)) {
        add(QStringLiteral("invalid_weight"),
            tr("%1 is marked neither to learn from (1) nor to skip (0).").arg(messageLabel(index)),
            index);
    }
}

void ExampleChecker::checkToolCalls(const QJsonObject &message, const QString &role, int index)
{
    const QJsonValue calls = message.value(QLatin1String("tool_calls"));
    if (calls.isUndefined() || calls.isNull())
        return;
    if (role != u"assistant") {
        add(QStringLiteral("tool_calls_not_assistant"),
            tr("%1 calls a tool, but only the assistant can call tools.").arg(messageLabel(index)),
            index);
    }
    if (!calls.isArray()) {
        add(QStringLiteral("tool_call_invalid"),
            tr("The tool calls of %1 are not a list.").arg(messageLabel(index).toLower()), index);
        return;
    }
    const QJsonArray list = calls.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject call = list.at(i).toObject();
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        const QString name = function.value(QLatin1String("name")).toString();
        if (!isString(call, QLatin1String("id")) || !isString(function, QLatin1String("name"))
            || (call.contains(QLatin1String("type"))
                && call.value(QLatin1String("type")).toString() != u"function")) {
            add(QStringLiteral("tool_call_invalid"),
                tr("%1: tool call %L2 needs an id, the type \"function\" and a function name.")
                    .arg(messageLabel(index))
                    .arg(i + 1),
                index);
            continue;
        }
        m_callIds.insert(call.value(QLatin1String("id")).toString());
        const QJsonValue arguments = function.value(QLatin1String("arguments"));
        QJsonParseError error{};
        const bool readable = arguments.isString()
                              && (QJsonDocument::fromJson(arguments.toString().toUtf8(), &error),
                                  error.error == QJsonParseError::NoError);
        if (!readable) {
            add(QStringLiteral("tool_call_arguments_invalid"),
                tr("%1: the arguments of the call to \"%2\" are not valid JSON text.")
                    .arg(messageLabel(index), shown(name)),
                index);
        }
    }
}

void ExampleChecker::checkToolResult(const QJsonObject &message, int index)
{
    const QString id = message.value(QLatin1String("tool_call_id")).toString();
    if (id.isEmpty()) {
        add(QStringLiteral("tool_result_without_call"),
            tr("%1 is a tool result that does not say which tool call it answers.")
                .arg(messageLabel(index)),
            index);
    } else if (!m_callIds.contains(id)) {
        add(QStringLiteral("tool_result_without_call"),
            tr("%1 answers the tool call \"%2\", but no earlier message makes that call.")
                .arg(messageLabel(index), shown(id)),
            index);
    }
}
