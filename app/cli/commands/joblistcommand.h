#pragma once

#include "cli/clicommand.h"

// `ajuste job list [--json]`: the provider's fine-tuning jobs, newest first. With
// --workspace W they are also recorded there (the window then shows them).
class JobListCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobListCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
