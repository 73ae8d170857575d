#pragma once

#include "checkissue.h"

#include <QJsonObject>
#include <QList>

#include <functional>

// One change a one-click fix asks for: new JSON for an example, or its removal.
struct ExampleFix
{
    qint64 exampleId = 0;
    int position = -1;      // the example's position when checked
    bool remove = false;    // a duplicate or a validation copy: remove the example
    QJsonObject json;       // the new JSON when not removing
    QStringList codes;      // the problems this change fixes
};

// Turns problems the user asked to fix ("Fix", "Fix all of this kind") into changes, one per
// example, so the dataset page can push them on its undo stack as its own commands. The
// plan only computes; it never writes.
class ExampleFixPlan
{
public:
    // Looks up an example's current JSON by id (or by position when the id is 0).
    using JsonLookup = std::function<QJsonObject(qint64 exampleId, int position)>;

    // Problems without a fix are skipped; several problems of one example give one change.
    static QList<ExampleFix> make(const CheckIssues &issues, const JsonLookup &lookup);
};
