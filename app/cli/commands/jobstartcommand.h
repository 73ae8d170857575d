#pragma once

#include "cli/clicommand.h"

// `ajuste job start FILE --model MODEL [--validation FILE] [--epochs N] [--batch-size N]
// [--learning-rate-multiplier X | --learning-rate X] [--suffix S] [--method supervised|dpo]
// [--wait]`, or `ajuste job start --workspace W --dataset NAME --model MODEL …` (its training
// and validation splits). With --wait it prints a line per status change and per training
// step, and exits 0 when the job succeeded, 1 when it failed or was cancelled; 2 on bad usage
// or when the provider cannot be reached.
class JobStartCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobStartCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
