#pragma once

#include "checkissue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Every check Ajuste runs, by its stable code: how serious it is, a short title for the
// kind, the sentence that tells the user how to fix it and whether a one-click fix exists.
// Codes never change once shipped: the command line's JSON and the tests use them.
class CheckCatalog
{
    Q_DECLARE_TR_FUNCTIONS(CheckCatalog)

public:
    struct Entry
    {
        QString code;
        CheckSeverity severity = CheckSeverity::Error;
        CheckFixKind fix = CheckFixKind::None;
    };

    static QStringList codes();
    static Entry entry(const QString &code); // severity Error and no fix for an unknown code
    static QString title(const QString &code);    // "Unknown role", for grouping and buttons
    static QString howToFix(const QString &code); // one sentence in plain words

    // An issue of this code with the catalog's severity, fix and advice filled in.
    static CheckIssue issue(const QString &code, const QString &problem, int message = -1);
};
