#pragma once

#include "cli/clicommand.h"

// `ajuste compare`: the same prompts through two or more models, answers side by side in a
// CSV (one row per example: example, prompt, reference, then each model's answer, seconds and
// output tokens). The prompts come from a JSONL file (--prompts) or a workspace dataset's
// split (--workspace W --dataset NAME [--split validation|train|all]); the provider from the
// options `ajuste job` takes (--profile, or --base-url with AJUSTE_API_KEY; the Sandbox by
// default). Progress goes to stderr.
//
// Exit status: 0 every model answered every prompt; 1 some answers failed (each is named on
// stderr and in its CSV cell; the file is still written); 2 bad usage, prompts that cannot be
// read, a CSV that cannot be written, or a provider that cannot be used or reached at all.
class CompareCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
