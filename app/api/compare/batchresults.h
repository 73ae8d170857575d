#pragma once

#include "api/client/apierror.h"
#include "batchprompt.h"

#include <QList>
#include <QString>
#include <optional>

// A model a batch comparison asks: a model name on a provider profile.
struct BatchModel
{
    QString profileId;
    QString model;
    QString label; // the column's name (the model, with its profile when two share a name)

    QString name() const { return label.isEmpty() ? model : label; }
};

// One model's answer to one prompt.
struct BatchAnswer
{
    enum class State { Waiting, Running, Done, Failed, Cancelled };

    State state = State::Waiting;
    QString text;
    double seconds = 0;                 // from sending to the whole answer, retries included
    // As the provider counted them; counted here with the model's tokenizer when the provider
    // sent no usage (some local servers never do), and then outputTokensCounted is set.
    std::optional<qint64> outputTokens;
    bool outputTokensCounted = false;
    QString error;                      // plain words when it failed
    QString errorDetails;               // HTTP status, request id, the provider's message
    ApiError::Kind errorKind = ApiError::Kind::None;

    bool isFinished() const { return state != State::Waiting && state != State::Running; }
};

struct BatchRow
{
    BatchPrompt prompt;
    QList<BatchAnswer> answers; // one per model, in the models' order
};

// Everything a batch comparison produced, as plain values: the table the review screen and
// the CSV export read. No Qt model: a view wraps it.
struct BatchResults
{
    QList<BatchModel> models;
    QList<BatchRow> rows;
    bool cancelled = false;

    int cellCount() const { return int(rows.size() * models.size()); }
    int finishedCount() const;
    int failedCount() const;
    // The rows with at least one failed answer.
    int failedRows() const;
};
