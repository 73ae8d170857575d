#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// The one-click fixes: given an example and the code of a problem it has, the example with
// every problem of that code in it fixed. Only fixes that cannot lose what the user meant
// exist here (drop a field the provider does not know, remove an empty last message, mark an
// answer to learn from). Examples to remove (duplicates) are not fixed here: the caller
// removes them. The result is new JSON for the example; the caller applies it (the dataset
// page through its undo stack).
class ExampleFixer
{
public:
    // Whether fixed() can fix problems of this code.
    static bool canFix(const QString &code);
    // The fixed example, or nothing when the code has no fix or the example has nothing to fix.
    static std::optional<QJsonObject> fixed(const QJsonObject &example, const QString &code);
};
