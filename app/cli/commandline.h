#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

// The entry point's dispatcher: decides whether a command line asks for the GUI or for a
// subcommand, and runs subcommands, --help and --version without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    ~CommandLine();

    void add(std::unique_ptr<CliCommand> command);
    const CliCommand *find(const QString &name) const;
    QStringList commandNames() const;

    // True when these arguments are for the command line, not the window.
    bool handles(const QStringList &arguments) const;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    QString helpText(const QString &program) const;

    // The commands every build has (see commands/commandregistry.cpp).
    static std::unique_ptr<CommandLine> withBuiltinCommands();

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

// Defined in commands/commandregistry.cpp: adds each built-in subcommand.
void registerBuiltinCommands(CommandLine &commandLine);
