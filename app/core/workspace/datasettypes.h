#pragma once

// The value types of datasets and examples that the store, its readers and queries, the models
// and the workers pass around.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One dataset of the workspace.
struct DatasetInfo
{
    qint64 id = 0;
    QString name;
    QString kind; // "chat" or "preference"
    QString description;
    int exampleCount = 0;
    qint64 createdAt = 0; // milliseconds since the epoch, UTC
    qint64 updatedAt = 0;
};

// One line of the example list: only what the list shows, cheap to fetch.
struct ExampleRow
{
    qint64 id = 0;
    int position = -1;
    QString summary; // the first user message on one line (up to 300 characters)
    int turns = 0;   // messages in the conversation (a preference pair counts its prompt)
    QStringList tags;
    QString split;          // "train" or "validation"
    QString status;         // "unchecked", "ok", "warning", "error"
    int totalTokens = -1;   // -1 while not counted
    int trainedTokens = -1; // tokens the model learns from; -1 while not counted
    qint64 duplicateOf = 0; // id of an earlier example with the same messages; 0 when unique
};

// One example in full: for the editor and for undo.
struct ExampleRecord
{
    qint64 id = 0; // 0 for a new example; on insert a free old id is reused (undo)
    qint64 datasetId = 0;
    int position = -1;
    QJsonObject json;
    QStringList tags;
    QString note;
    QString split = QStringLiteral("train");
    QString status = QStringLiteral("unchecked");
};

// What the example list shows; empty fields do not filter.
struct ExampleFilter
{
    QString text;   // case-insensitive, found anywhere in any message, tool call or tool
    QString tag;    // exact tag
    QString split;  // "train" or "validation"
    QString status; // "unchecked", "ok", "warning", "error"
    bool duplicatesOnly = false;

    bool isEmpty() const
    {
        return text.isEmpty() && tag.isEmpty() && split.isEmpty() && status.isEmpty() &&
               !duplicatesOnly;
    }
};

struct TokenCounts
{
    qint64 exampleId = 0;
    int totalTokens = -1;
    int trainedTokens = -1;
};
