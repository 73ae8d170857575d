#pragma once

#include "cli/clicommand.h"

// `ajuste tokens [--encoding o200k_base|cl100k_base] FILE...`: prints "COUNT FILE" per file,
// the number of tokens of the file's whole text as tiktoken's encode_ordinary counts it.
class TokensCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(TokensCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};
