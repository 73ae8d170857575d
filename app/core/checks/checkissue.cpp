#include "checkissue.h"

QString CheckIssue::where() const
{
    if (example < 0)
        return {};
    if (line > 0)
        return tr("Example %L1 (line %L2)").arg(example + 1).arg(line);
    return tr("Example %L1").arg(example + 1);
}

QString CheckIssue::text() const
{
    const QString place = where();
    if (place.isEmpty())
        return problem;
    return tr("%1: %2", "where: problem").arg(place, problem);
}

QString CheckIssue::severityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Error:
        return QStringLiteral("error");
    case CheckSeverity::Warning:
        return QStringLiteral("warning");
    case CheckSeverity::Advice:
        break;
    }
    return QStringLiteral("advice");
}

QString CheckIssue::severityTitle(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Error:
        return tr("Errors: the provider will refuse the file");
    case CheckSeverity::Warning:
        return tr("Warnings: the training will run, but not as you expect");
    case CheckSeverity::Advice:
        break;
    }
    return tr("Advice: worth a look");
}
