#pragma once

#include "cli/clicommand.h"

// `ajuste export --workspace W --dataset NAME --out FILE [--split train|validation]`
// Writes a dataset (or one of its splits) as a JSONL training file. Exit status 0 when the
// file was written, 2 when it could not be (no workspace, no such dataset, unwritable file).
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
