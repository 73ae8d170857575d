#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// A training file read and checked the way OpenAI checks one before training: every line a
// JSON object in the chat (supervised) or preference (DPO) format, at least ten examples. The
// first problem found is reported with its line number, as OpenAI's job error does.
class TrainingFile
{
public:
    // What the simulated tuned model remembers of one example.
    struct Example
    {
        QString prompt;       // the user messages, joined
        QString answer;       // the assistant answer it learned (the preferred one for DPO)
        QJsonArray toolCalls; // the tool calls that answered the last user message, if any
    };

    static constexpr int minimumExamples = 10;

    static TrainingFile read(const QByteArray &content, bool preference);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool linesAreValid() const { return !m_lineError; }
    int exampleCount() const { return int(m_examples.size()); }
    // Approximate tokens of one pass over the file (see estimateTokens).
    qint64 tokensPerEpoch() const { return m_tokens; }
    QList<Example> examples() const { return m_examples; }

    // A rough token count (about four characters a token): the Sandbox simulates billing and
    // usage, it does not reproduce the real tokenizer.
    static qint64 estimateTokens(const QString &text);

private:
    QString readLine(const QByteArray &line, Example &example, qint64 &tokens) const;
    QString readChat(const QJsonValue &messages, Example &example, qint64 &tokens) const;
    QString readPreference(const QJsonObject &object, Example &example, qint64 &tokens) const;

    bool m_preference = false;
    QString m_error;
    bool m_lineError = false;
    QList<Example> m_examples;
    qint64 m_tokens = 0;
};
