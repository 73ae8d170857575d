#pragma once

#include "cli/clicommand.h"

struct CostEstimate;
struct DatasetReport;
struct CheckIssue;

// `ajuste validate FILE [--model MODEL] [--epochs N] [--json]`
// Checks a training file as the dataset page does and prints the report: the problems with
// their line numbers, the token figures and the cost estimate for the model.
// Exit status: 0 when there are no errors, 1 when there are, 2 when the file cannot be read
// (or the arguments are wrong).
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static constexpr const char *DefaultModel = "gpt-4o-mini-2024-07-18";

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    static void printText(const QString &file, const DatasetReport &report,
                          const CostEstimate &cost, QTextStream &out);
    static void printJson(const DatasetReport &report, const CostEstimate &cost, QTextStream &out);
};
