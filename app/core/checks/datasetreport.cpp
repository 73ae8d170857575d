#include "datasetreport.h"

QString ExampleResult::status() const
{
    if (errors > 0)
        return QStringLiteral("error");
    if (warnings > 0)
        return QStringLiteral("warning");
    return QStringLiteral("ok");
}

CostEstimator::Input DatasetReport::costInput() const
{
    CostEstimator::Input input;
    QList<qint64> prompts;
    QList<qint64> answers;
    input.trainingTokens.reserve(trainingExamples);
    for (const ExampleResult &example : examples) {
        if (example.validation) {
            ++input.validationExamples;
            input.validationTokens += example.totalTokens;
        } else {
            input.trainingTokens.append(example.totalTokens);
        }
        if (example.readable && example.outputTokens > 0) {
            prompts.append(example.totalTokens - example.outputTokens);
            answers.append(example.outputTokens);
        }
    }
    std::sort(prompts.begin(), prompts.end());
    std::sort(answers.begin(), answers.end());
    input.typicalInputTokens = TokenStatistics::percentile(prompts, 50);
    input.typicalOutputTokens = TokenStatistics::percentile(answers, 50);
    return input;
}

CheckIssues DatasetReport::issuesOf(int example) const
{
    CheckIssues found;
    for (const CheckIssue &issue : issues) {
        if (issue.example == example)
            found.append(issue);
    }
    return found;
}
