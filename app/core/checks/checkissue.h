#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// How much a problem matters: an error makes the provider refuse the file, a warning costs
// money or quality, advice is a hint the user may ignore.
enum class CheckSeverity { Error, Warning, Advice };

// What a one-click fix does to the example the problem belongs to.
enum class CheckFixKind {
    None,          // no safe automatic fix
    ReplaceJson,   // the example gets new JSON (ExampleFixer::fixed)
    RemoveExample, // the example should be removed (a duplicate, a validation copy)
};

// One problem found by the checks, where it is and what to do about it.
struct CheckIssue
{
    Q_DECLARE_TR_FUNCTIONS(CheckIssue)

public:
    QString code;                       // stable identifier, e.g. "unknown_role"
    CheckSeverity severity = CheckSeverity::Error;
    int example = -1;                   // 0-based position of the example; -1: whole dataset
    qint64 exampleId = 0;               // the workspace's id of the example; 0 for a file
    qint64 line = 0;                    // 1-based line in the source file; 0 when unknown
    int message = -1;                   // 0-based message index inside the example; -1: none
    QString problem;                    // the problem itself, in plain words ("Message 3 ...")
    QString howToFix;                   // one sentence: what the user should do
    CheckFixKind fix = CheckFixKind::None;

    // "Example 12 (line 14): " + problem; the dataset-wide problems have no prefix.
    QString text() const;
    QString where() const;

    bool isDatasetWide() const { return example < 0; }

    static QString severityName(CheckSeverity severity); // "error", "warning", "advice"
    static QString severityTitle(CheckSeverity severity); // "Errors", "Warnings", "Advice"
};

using CheckIssues = QList<CheckIssue>;
