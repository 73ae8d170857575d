#pragma once

#include "cli/clicommand.h"

// `ajuste job cancel ID`: stops a job that has not finished. Exit status 0 when the provider
// accepted, 1 when it refused (a finished job, a provider that cannot cancel), 2 when it could
// not be reached.
class JobCancelCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobCancelCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
