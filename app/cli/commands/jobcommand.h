#pragma once

#include "cli/clicommand.h"

#include <memory>
#include <vector>

// `ajuste job start|list|show|events|cancel|metrics …`: fine-tuning jobs from scripts, on a
// saved profile, at an address with the key in AJUSTE_API_KEY, or on the Sandbox (default).
// Each subcommand is a CliCommand of its own (jobstartcommand.h …); this one dispatches.
class JobCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobCommand)

public:
    JobCommand();
    ~JobCommand() override;

    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

private:
    QString helpText(const QString &typed) const;

    std::vector<std::unique_ptr<CliCommand>> m_subcommands;
};
