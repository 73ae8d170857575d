// The list of `ajuste` subcommands. Each lives in this folder as one class per file pair;
// add a line here when adding one.
#include "cli/commandline.h"
#include "comparecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "jobcommand.h"
#include "tokenscommand.h"
#include "validatecommand.h"

void registerBuiltinCommands(CommandLine &commandLine)
{
    Q_UNUSED(commandLine)
    commandLine.add(std::make_unique<ImportCommand>());
    commandLine.add(std::make_unique<ExportCommand>());
    commandLine.add(std::make_unique<ValidateCommand>());
    commandLine.add(std::make_unique<TokensCommand>());
    commandLine.add(std::make_unique<JobCommand>());
    commandLine.add(std::make_unique<CompareCommand>());
}
