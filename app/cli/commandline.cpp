#include "commandline.h"

CommandLine::CommandLine() = default;
CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

const CliCommand *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QStringList CommandLine::commandNames() const
{
    QStringList names;
    for (const auto &command : m_commands)
        names.append(command->name());
    return names;
}

bool CommandLine::handles(const QStringList &arguments) const
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    static const QStringList options{QStringLiteral("--help"), QStringLiteral("-h"),
                                     QStringLiteral("--version"), QStringLiteral("-v"),
                                     QStringLiteral("help")};
    return options.contains(first) || find(first);
}

QString CommandLine::helpText(const QString &program) const
{
    QString text = tr("Usage: %1 [WORKSPACE]\n"
                      "       %1 COMMAND [OPTIONS]\n\n"
                      "Without a command, Ajuste opens its window (with WORKSPACE if given).\n\n")
                       .arg(program);
    if (!m_commands.empty()) {
        text += tr("Commands:\n");
        for (const auto &command : m_commands)
            text += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
        text += QLatin1Char('\n');
        text += tr("Run “%1 COMMAND --help” for the options of a command.\n").arg(program);
    }
    text += tr("Options:\n"
               "  -h, --help     Show this help.\n"
               "  -v, --version  Show the version.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString program = QStringLiteral("ajuste");
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return CliCommand::Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        out << helpText(program);
        return CliCommand::Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first) {
            QStringList own = arguments.mid(1);
            own[0] = program + QLatin1Char(' ') + first;
            return command->run(own, out, err);
        }
    }
    err << tr("Unknown command “%1”.").arg(first) << '\n' << helpText(program);
    return CliCommand::Unusable;
}

std::unique_ptr<CommandLine> CommandLine::withBuiltinCommands()
{
    auto commandLine = std::make_unique<CommandLine>();
    registerBuiltinCommands(*commandLine);
    return commandLine;
}
