#pragma once

#include "cli/clicommand.h"

// `ajuste job events ID`: the job's whole history of messages, oldest first.
class JobEventsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobEventsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
