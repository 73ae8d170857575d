#pragma once

#include "checkissue.h"
#include "costestimator.h"
#include "tokenstatistics.h"

#include "core/tokenizer/tokenencoding.h"

#include <QList>
#include <QString>

#include <optional>

// One example as the checks saw it.
struct ExampleResult
{
    qint64 id = 0;            // workspace id; 0 for a file
    qint64 line = 0;          // 1-based line in the file; 0 for the workspace
    bool validation = false;  // in the validation split
    bool readable = false;    // a JSON object that could be counted
    qint64 totalTokens = 0;   // as OpenAI's notebook counts them
    qint64 trainedTokens = 0; // answers the model learns from
    qint64 outputTokens = 0;  // the last answer: the typical reply length
    int messages = 0;
    quint64 fingerprint = 0;  // equal for examples with the same conversation
    int errors = 0;
    int warnings = 0;
    int advice = 0;

    // "error", "warning" or "ok" (advice alone is ok), as the workspace's status column says.
    QString status() const;
};

// Everything one run of the checks found: per example and for the whole dataset.
struct DatasetReport
{
    QString model;
    TokenEncoding encoding = TokenEncoding::O200kBase;
    std::optional<int> trainingContext;
    bool cancelled = false;

    QList<ExampleResult> examples; // in dataset (or file) order
    CheckIssues issues;            // dataset-wide first, then by example
    int errors = 0;
    int warnings = 0;
    int advice = 0;

    int trainingExamples = 0;
    int validationExamples = 0;
    TokenStatistics tokens;   // total tokens per example (training and validation)
    TokenStatistics messages; // messages per example

    // What the cost estimate needs from the examples.
    CostEstimator::Input costInput() const;
    // Issues of one example (by index in examples).
    CheckIssues issuesOf(int example) const;
    bool hasErrors() const { return errors > 0; }
};
