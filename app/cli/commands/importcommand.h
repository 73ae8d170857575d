#pragma once

#include "cli/clicommand.h"

// `ajuste import FILE... --workspace W [--dataset NAME] [--format auto|chat|preference|alpaca|csv]`
// Imports files into a dataset (creating the workspace and the dataset when missing), prints
// the summary and each rejected entry as "FILE:LINE: reason".
// Exit status: 0 when every entry was imported, 1 when some were rejected (or a file could
// not be read), 2 when nothing could be imported (no workspace, no readable file, no example).
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
