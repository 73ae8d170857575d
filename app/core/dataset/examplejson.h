#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Helpers over one training example kept as a QJsonObject (the JSON line itself), so that
// fields Ajuste does not know survive every edit and the export.
//
// Chat (supervised) examples: {"messages": [...], "tools"?: [...], "parallel_tool_calls"?: bool}.
// Messages have a role (system, developer, user, assistant, tool), a content that is a string,
// an array of parts ({"type": "text", "text": ...}) or null when the assistant only calls tools
// ("tool_calls"), and optionally "weight" (assistant, 0 or 1), "name", "tool_call_id".
//
// Preference (DPO) examples: {"input": {"messages": [...], "tools"?}, "preferred_output": [msg],
// "non_preferred_output": [msg]}. Older files say "preferred_completion" and
// "non_preferred_completion": both are read, exports write the *_output names.
class ExampleJson
{
    Q_DECLARE_TR_FUNCTIONS(ExampleJson)

public:
    enum class Kind { Chat, Preference, Unknown };

    static Kind kind(const QJsonObject &example);
    static QString kindName(Kind kind); // "chat", "preference", "unknown"

    // The conversation: "messages" of a chat example, "input.messages" of a preference one.
    static QJsonArray messages(const QJsonObject &example);
    static QJsonArray preferredOutput(const QJsonObject &example);
    static QJsonArray nonPreferredOutput(const QJsonObject &example);

    // The readable text of a message content: a string, the text parts of an array, or ""
    // for null.
    static QString contentText(const QJsonValue &content);

    // The first user message on one line, cut to maxLength characters (with "…").
    static QString summary(const QJsonObject &example, int maxLength = 300);
    // Messages in the conversation; a preference example counts its prompt plus one answer.
    static int turns(const QJsonObject &example);
    // Every text of the example (contents, tool call names and arguments, answers of a
    // preference pair) in lower case, one per line: what the text filter searches.
    static QString searchText(const QJsonObject &example);
    // A 64-bit hash of the messages (and preference answers) only: equal for examples a
    // person would call duplicates, whatever their tags or note. Stable across runs.
    static qint64 contentHash(const QJsonObject &example);

    // The example as it should be written to a training file: preference examples get the
    // *_output names; everything else is untouched.
    static QJsonObject forExport(const QJsonObject &example);
    static bool needsExportUpgrade(const QJsonObject &example);

    // The first system (or developer) message's text, "" when there is none.
    static QString systemPrompt(const QJsonObject &example);
    // Sets the first system message's text, inserting one at the start when there is none;
    // an empty prompt removes the first system message.
    static QJsonObject withSystemPrompt(const QJsonObject &example, const QString &prompt);

    // Find and replace in the text of every message (and preference answer).
    static int countMatches(const QJsonObject &example, const QString &find,
                            Qt::CaseSensitivity cs);
    static QJsonObject replaced(const QJsonObject &example, const QString &find,
                                const QString &replacement, Qt::CaseSensitivity cs, int *count);

    // Why this object cannot be a training example of the kind, in plain words; "" when it
    // can. Only the shape is checked here (what an import needs); the checks do the rest.
    static QString shapeProblem(const QJsonObject &example, Kind kind);

    // Stable 64-bit FNV-1a of bytes.
    static quint64 fnv1a(const QByteArray &bytes, quint64 hash = 14695981039346656037ULL);
};
