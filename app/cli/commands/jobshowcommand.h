#pragma once

#include "cli/clicommand.h"

// `ajuste job show ID [--json]`: one job as the provider reports it now.
class JobShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobShowCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
