#pragma once

#include "checkissue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

// The checks that look at one example alone: its shape as the provider's training file
// expects it (everything OpenAI's data-prep notebook checks, and what it misses: tools and
// tool calls, tool results without a call, learn/skip marks, preference pairs) and the
// advice about missing instructions or user messages. The issues it returns carry no
// position; the caller knows where the example is. Safe to call from any thread.
class ExampleChecker
{
    Q_DECLARE_TR_FUNCTIONS(ExampleChecker)

public:
    // A line that is not JSON at all.
    static CheckIssue invalidJson(const QString &parserError);
    // The advice for an example without instructions / without a user message (shared with
    // the fast path of plain lines, so the words are the same).
    static CheckIssue noSystemMessage();
    static CheckIssue noUserMessage();
    // Everything wrong with one parsed example.
    static CheckIssues check(const QJsonObject &example);
    // The same for a JSON value that may not be an object (a line holding [1, 2]).
    static CheckIssues check(const QJsonValue &value);

    static bool isKnownRole(const QString &role);
    static bool isKnownMessageKey(const QString &key);
    static bool isKnownExampleKey(const QJsonObject &example, const QString &key);
    // 0 or 1 (a number or, leniently, true/false is not accepted: the provider refuses it).
    static bool isValidWeight(const QJsonValue &weight);
    // Whether a message's content counts as empty (no text and no other part).
    static bool isEmptyContent(const QJsonValue &content);

private:
    explicit ExampleChecker(CheckIssues *issues) : m_issues(issues) {}

    void checkChat(const QJsonObject &example);
    void checkPreference(const QJsonObject &example);
    void checkExampleKeys(const QJsonObject &example);
    void checkTools(const QJsonValue &tools);
    // Returns false when there is no usable list of messages.
    bool checkMessages(const QJsonValue &messages, bool needsAnswer);
    void checkMessage(const QJsonValue &value, int index, int count);
    void checkContent(const QJsonObject &message, const QString &role, int index, int count);
    void checkWeight(const QJsonObject &message, const QString &role, int index);
    void checkToolCalls(const QJsonObject &message, const QString &role, int index);
    void checkToolResult(const QJsonObject &message, int index);
    // Bidirectional overrides, zero-width spaces and tag characters in what the model reads
    // or learns to write: the text of a message, its name, the functions it calls.
    void checkHiddenCharacters(const QJsonObject &message, int index);
    void checkAnswer(const QJsonObject &example, const char *key, const char *olderKey,
                     bool preferred);
    void add(const QString &code, const QString &problem, int message = -1);

    CheckIssues *m_issues;
    QSet<QString> m_callIds;
    bool m_hasSystem = false;
    bool m_hasUser = false;
    int m_answers = 0;
    int m_learnedAnswers = 0;
};
