#pragma once

#include "core/jobs/chatmessage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// One prompt of a batch comparison: an example's conversation up to its last assistant
// message, and that message as the reference answer (the answer the dataset itself gives).
// A conversation without an assistant message is a prompt with no reference.
struct BatchPrompt
{
    QString label;        // what the CSV's "example" column shows: the example's number, a line
    qint64 exampleId = 0; // the example in the workspace; 0 for a file's line
    QList<ChatMessage> messages;
    QString reference;

    // The conversation as readable text: the user's message alone when that is all there is,
    // otherwise one "role: text" paragraph per message.
    QString promptText() const;

    // From an example's JSON as stored or as a JSONL line: a chat example ({"messages"}) or a
    // preference example (its input, the preferred answer as the reference). Nothing when
    // the JSON holds no conversation to send.
    static std::optional<BatchPrompt> fromExampleJson(const QJsonObject &json, const QString &label,
                                                      qint64 exampleId = 0);
    // The text of a message's content, which may be a string or a list of parts.
    static QString contentText(const QJsonValue &content);
};
