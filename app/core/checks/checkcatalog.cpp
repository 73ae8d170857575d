#include "checkcatalog.h"

#include <QHash>

#include <array>

namespace {

struct Row
{
    const char *code;
    CheckSeverity severity;
    CheckFixKind fix;
};

// The order is the order the panel lists kinds in (within a severity).
constexpr std::array rows = {
    Row{"invalid_json", CheckSeverity::Error, CheckFixKind::None},
    Row{"not_an_object", CheckSeverity::Error, CheckFixKind::None},
    Row{"missing_messages", CheckSeverity::Error, CheckFixKind::None},
    Row{"message_not_object", CheckSeverity::Error, CheckFixKind::None},
    Row{"missing_role", CheckSeverity::Error, CheckFixKind::None},
    Row{"unknown_role", CheckSeverity::Error, CheckFixKind::None},
    Row{"missing_content", CheckSeverity::Error, CheckFixKind::None},
    Row{"content_not_text", CheckSeverity::Error, CheckFixKind::None},
    Row{"empty_content", CheckSeverity::Error, CheckFixKind::None},
    Row{"empty_last_message", CheckSeverity::Error, CheckFixKind::ReplaceJson},
    Row{"unknown_message_key", CheckSeverity::Error, CheckFixKind::ReplaceJson},
    Row{"no_assistant_message", CheckSeverity::Error, CheckFixKind::None},
    Row{"tools_invalid", CheckSeverity::Error, CheckFixKind::None},
    Row{"tool_call_invalid", CheckSeverity::Error, CheckFixKind::None},
    Row{"tool_call_arguments_invalid", CheckSeverity::Error, CheckFixKind::None},
    Row{"tool_calls_not_assistant", CheckSeverity::Error, CheckFixKind::None},
    Row{"tool_result_without_call", CheckSeverity::Error, CheckFixKind::None},
    Row{"invalid_weight", CheckSeverity::Error, CheckFixKind::ReplaceJson},
    Row{"weight_not_assistant", CheckSeverity::Error, CheckFixKind::ReplaceJson},
    Row{"preference_missing_answer", CheckSeverity::Error, CheckFixKind::None},
    Row{"too_few_examples", CheckSeverity::Error, CheckFixKind::None},
    Row{"too_long", CheckSeverity::Warning, CheckFixKind::None},
    Row{"duplicate_example", CheckSeverity::Warning, CheckFixKind::RemoveExample},
    Row{"validation_in_training", CheckSeverity::Warning, CheckFixKind::RemoveExample},
    Row{"nothing_to_learn", CheckSeverity::Warning, CheckFixKind::ReplaceJson},
    Row{"preference_same_answers", CheckSeverity::Warning, CheckFixKind::None},
    Row{"unknown_example_key", CheckSeverity::Warning, CheckFixKind::ReplaceJson},
    Row{"hidden_characters", CheckSeverity::Warning, CheckFixKind::None},
    Row{"few_examples", CheckSeverity::Advice, CheckFixKind::None},
    Row{"no_system_message", CheckSeverity::Advice, CheckFixKind::None},
    Row{"no_user_message", CheckSeverity::Advice, CheckFixKind::None},
};

} // namespace

QStringList CheckCatalog::codes()
{
    QStringList list;
    for (const Row &row : rows)
        list.append(QString::fromLatin1(row.code));
    return list;
}

CheckCatalog::Entry CheckCatalog::entry(const QString &code)
{
    for (const Row &row : rows) {
        if (code == QLatin1String(row.code))
            return {code, row.severity, row.fix};
    }
    return {code, CheckSeverity::Error, CheckFixKind::None};
}

QString CheckCatalog::title(const QString &code)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("invalid_json"), QT_TR_NOOP("Lines that are not readable")},
        {QStringLiteral("not_an_object"), QT_TR_NOOP("Lines that are not an example")},
        {QStringLiteral("missing_messages"), QT_TR_NOOP("Examples without a conversation")},
        {QStringLiteral("message_not_object"), QT_TR_NOOP("Messages that are not readable")},
        {QStringLiteral("missing_role"), QT_TR_NOOP("Messages without a speaker")},
        {QStringLiteral("unknown_role"), QT_TR_NOOP("Messages with an unknown speaker")},
        {QStringLiteral("missing_content"), QT_TR_NOOP("Messages without text")},
        {QStringLiteral("content_not_text"), QT_TR_NOOP("Messages whose text is not text")},
        {QStringLiteral("empty_content"), QT_TR_NOOP("Empty messages")},
        {QStringLiteral("empty_last_message"), QT_TR_NOOP("Empty messages at the end")},
        {QStringLiteral("unknown_message_key"), QT_TR_NOOP("Messages with unknown fields")},
        {QStringLiteral("no_assistant_message"), QT_TR_NOOP("Examples without an answer")},
        {QStringLiteral("tools_invalid"), QT_TR_NOOP("Tools described incorrectly")},
        {QStringLiteral("tool_call_invalid"), QT_TR_NOOP("Tool calls written incorrectly")},
        {QStringLiteral("tool_call_arguments_invalid"), QT_TR_NOOP("Tool calls with unreadable arguments")},
        {QStringLiteral("tool_calls_not_assistant"), QT_TR_NOOP("Tool calls outside an answer")},
        {QStringLiteral("tool_result_without_call"), QT_TR_NOOP("Tool results without a call")},
        {QStringLiteral("invalid_weight"), QT_TR_NOOP("Answers marked neither to learn nor to skip")},
        {QStringLiteral("weight_not_assistant"), QT_TR_NOOP("Learn/skip marks on messages that are not answers")},
        {QStringLiteral("preference_missing_answer"), QT_TR_NOOP("Comparisons without both answers")},
        {QStringLiteral("too_few_examples"), QT_TR_NOOP("Too few examples")},
        {QStringLiteral("too_long"), QT_TR_NOOP("Examples too long for the model")},
        {QStringLiteral("duplicate_example"), QT_TR_NOOP("Repeated examples")},
        {QStringLiteral("validation_in_training"), QT_TR_NOOP("Test examples also used for training")},
        {QStringLiteral("nothing_to_learn"), QT_TR_NOOP("Examples the model learns nothing from")},
        {QStringLiteral("preference_same_answers"), QT_TR_NOOP("Comparisons with two equal answers")},
        {QStringLiteral("unknown_example_key"), QT_TR_NOOP("Examples with unknown fields")},
        {QStringLiteral("hidden_characters"), QT_TR_NOOP("Messages with hidden characters")},
        {QStringLiteral("few_examples"), QT_TR_NOOP("Few examples")},
        {QStringLiteral("no_system_message"), QT_TR_NOOP("Examples without instructions")},
        {QStringLiteral("no_user_message"), QT_TR_NOOP("Examples without a user message")},
    };
    const char *title = titles.value(code);
    return title ? tr(title) : code;
}

QString CheckCatalog::howToFix(const QString &code)
{
    if (code == u"invalid_json")
        return tr("Open the file in a text editor and correct this line, or remove it: each line must be one complete example.");
    if (code == u"not_an_object")
        return tr("Each line must be one example in curly braces { }; remove this line or rewrite it as an example.");
    if (code == u"missing_messages")
        return tr("Give the example a conversation: at least a user message and the answer you want.");
    if (code == u"message_not_object")
        return tr("Rewrite this message with a speaker and a text, or remove it.");
    if (code == u"missing_role")
        return tr("Choose who is speaking in this message: instructions, user, assistant or tool.");
    if (code == u"unknown_role")
        return tr("Choose one of the speakers the provider knows: instructions (system), user, assistant or tool.");
    if (code == u"missing_content")
        return tr("Write the text of this message, or remove the message.");
    if (code == u"content_not_text")
        return tr("Replace the content of this message with plain text.");
    if (code == u"empty_content")
        return tr("Write the text of this message, or remove the message.");
    if (code == u"empty_last_message")
        return tr("Remove the empty message at the end of the conversation.");
    if (code == u"unknown_message_key")
        return tr("Remove the fields the provider does not know from this message.");
    if (code == u"no_assistant_message")
        return tr("Add the answer you want the model to give: an assistant message.");
    if (code == u"tools_invalid")
        return tr("Each tool needs the type \"function\" and a function with a name; correct or remove the tool.");
    if (code == u"tool_call_invalid")
        return tr("Each tool call needs an id, the type \"function\" and the name of the function; correct or remove the call.");
    if (code == u"tool_call_arguments_invalid")
        return tr("Write the arguments of the tool call as valid JSON text, for example {\"city\": \"Recife\"}.");
    if (code == u"tool_calls_not_assistant")
        return tr("Only the assistant calls tools: move the tool call to an assistant message.");
    if (code == u"tool_result_without_call")
        return tr("Give the tool result the id of the tool call it answers, or remove it.");
    if (code == u"invalid_weight")
        return tr("Mark the answer as one the model learns from (1) or skips (0).");
    if (code == u"weight_not_assistant")
        return tr("Remove the learn/skip mark: only assistant answers can have one.");
    if (code == u"preference_missing_answer")
        return tr("Write both answers: the one you prefer and the one you do not.");
    if (code == u"too_few_examples")
        return tr("Add examples: the provider needs at least 10.");
    if (code == u"too_long")
        return tr("Shorten the conversation or split it in two; the part beyond the model's limit will be cut off.");
    if (code == u"duplicate_example")
        return tr("Remove the copy: repeated examples cost money and make the model repeat itself.");
    if (code == u"validation_in_training")
        return tr("Remove the copy from the test examples: a test the model has already seen measures nothing.");
    if (code == u"nothing_to_learn")
        return tr("Mark at least one answer as one the model learns from.");
    if (code == u"preference_same_answers")
        return tr("Change one of the answers so the model can see which one you prefer.");
    if (code == u"unknown_example_key")
        return tr("Remove the fields the provider does not know from the example.");
    if (code == u"hidden_characters")
        return tr("Delete the hidden characters unless you put them there on purpose: they can "
                  "make a text read differently from what it says, or hide words.");
    if (code == u"few_examples")
        return tr("Add more examples: 50 to 100 good ones usually give clearly better results.");
    if (code == u"no_system_message")
        return tr("Consider adding instructions (a system message) that you will also use with the tuned model.");
    if (code == u"no_user_message")
        return tr("Consider adding the user's message the answer responds to.");
    return {};
}

CheckIssue CheckCatalog::issue(const QString &code, const QString &problem, int message)
{
    const Entry known = entry(code);
    CheckIssue issue;
    issue.code = code;
    issue.severity = known.severity;
    issue.fix = known.fix;
    issue.message = message;
    issue.problem = problem;
    issue.howToFix = howToFix(code);
    return issue;
}
