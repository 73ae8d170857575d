#pragma once

// PlaygroundExample: training examples made from what the Playground's columns answered, in
// the studio's own JSON shapes (see ExampleJson), so the dataset studio, the checks and the
// export treat them like any imported example.
//
// * A chat example is the column's conversation up to one answer: the Playground's system
//   prompt (unless the conversation starts with a system message of its own), the messages
//   before the answer, then the answer as the person chose or edited it.
// * A preference example (OpenAI's DPO shape) takes the prompt of one column (each column has
//   its own history, so the preferred column's is the one the better answer followed) and
//   the preferred and rejected answers as one assistant message each.
// * Only the fields of a chat message travel (role, content, name, tool_calls, tool_call_id):
//   whatever else the Playground keeps beside a message (timings, usage...) stays out of the
//   training data.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class PlaygroundExample
{
    Q_DECLARE_TR_FUNCTIONS(PlaygroundExample)

public:
    // How many answers (assistant messages) the conversation holds.
    static int answerCount(const QJsonArray &conversation);
    // The index in the conversation of its answer number `answer` (0 = the first); -1.
    static int answerIndex(const QJsonArray &conversation, int answer);
    // The text of the message at that index ("" when there is none).
    static QString answerText(const QJsonArray &conversation, int messageIndex);

    // The messages that led to the assistant message at messageIndex (see above); empty when
    // that message is not an answer.
    static QJsonArray promptFor(const QJsonArray &conversation, int messageIndex,
                                const QString &systemPrompt);
    // The prompt's last user message, for a comparison or a summary.
    static QString lastUserText(const QJsonArray &prompt);

    static QJsonObject chatExample(const QJsonArray &prompt, const QString &answer);
    static QJsonObject preferenceExample(const QJsonArray &prompt, const QString &preferred,
                                         const QString &rejected);
    // "chat" or "preference": the kind of dataset the example belongs in.
    static QString datasetKind(const QJsonObject &example);
    // Why the example should not be saved, in plain words; "" when it can be.
    static QString problem(const QJsonObject &example);
};
