#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

// One subcommand of `ajuste` (validate, tokens, import, export, job...). Runs without a
// display; prints results to out and problems to err.
class CliCommand
{
public:
    // The exit statuses every subcommand shares.
    enum ExitStatus {
        Success = 0,  // everything worked
        Partial = 1,  // it ran, but found problems (rejected lines, check errors)
        Unusable = 2, // nothing could be done: bad arguments, unreadable input
    };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // arguments: the command's own arguments, program name first as QCommandLineParser wants.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;

protected:
    // Parses the arguments with the parser (which has its help option). Prints the help for
    // --help, or the problem and the help for bad usage, and returns the exit status to stop
    // with; nullopt when the command should go on.
    static std::optional<int> parseOrExplain(QCommandLineParser &parser,
                                             const QStringList &arguments, QTextStream &out,
                                             QTextStream &err);
    // The parser's help with the command as it is typed ("ajuste import"), not the full path
    // of the executable that QCommandLineParser puts in its first line.
    static QString helpText(const QCommandLineParser &parser, const QStringList &arguments);
};
