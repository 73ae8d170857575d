#include "examplefixplan.h"

#include "examplefixer.h"

#include <QMap>

QList<ExampleFix> ExampleFixPlan::make(const CheckIssues &issues, const JsonLookup &lookup)
{
    // Keyed by position so the changes come in dataset order.
    QMap<int, ExampleFix> byExample;
    for (const CheckIssue &issue : issues) {
        if (issue.fix == CheckFixKind::None || issue.example < 0)
            continue;
        auto it = byExample.find(issue.example);
        if (it == byExample.end()) {
            ExampleFix fix;
            fix.exampleId = issue.exampleId;
            fix.position = issue.example;
            fix.json = lookup(issue.exampleId, issue.example);
            it = byExample.insert(issue.example, fix);
        }
        if (it->codes.contains(issue.code))
            continue;
        if (issue.fix == CheckFixKind::RemoveExample) {
            it->remove = true;
            it->codes.append(issue.code);
        } else if (const auto fixed = ExampleFixer::fixed(it->json, issue.code)) {
            it->json = *fixed;
            it->codes.append(issue.code);
        }
    }
    QList<ExampleFix> fixes;
    for (const ExampleFix &fix : std::as_const(byExample)) {
        if (!fix.codes.isEmpty())
            fixes.append(fix);
    }
    return fixes;
}
