#pragma once

#include "cli/clicommand.h"

// `ajuste job metrics ID [--out FILE] [--json]`: the job's whole history of measurements, one
// row per step, columns step,epoch,train_loss,train_accuracy,valid_loss,valid_accuracy,
// full_valid_loss,full_valid_accuracy, empty cells where the provider measured nothing.
class JobMetricsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobMetricsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
