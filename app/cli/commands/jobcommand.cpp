#include "jobcommand.h"

#include "jobcancelcommand.h"
#include "jobeventscommand.h"
#include "joblistcommand.h"
#include "jobmetricscommand.h"
#include "jobshowcommand.h"
#include "jobstartcommand.h"

JobCommand::JobCommand()
{
    m_subcommands.push_back(std::make_unique<JobStartCommand>());
    m_subcommands.push_back(std::make_unique<JobListCommand>());
    m_subcommands.push_back(std::make_unique<JobShowCommand>());
    m_subcommands.push_back(std::make_unique<JobEventsCommand>());
    m_subcommands.push_back(std::make_unique<JobCancelCommand>());
    m_subcommands.push_back(std::make_unique<JobMetricsCommand>());
}

JobCommand::~JobCommand() = default;

QString JobCommand::name() const
{
    return QStringLiteral("job");
}

QString JobCommand::summary() const
{
    return tr("Start and follow fine-tuning jobs");
}

QString JobCommand::helpText(const QString &typed) const
{
    QString text = tr("Usage: %1 COMMAND [options]\n\n"
                      "Starts fine-tuning jobs and follows them, on a saved provider profile "
                      "(--profile NAME), at an address (--base-url URL, with the key in the "
                      "AJUSTE_API_KEY environment variable) or, by default, on the offline "
                      "Sandbox.\n\n"
                      "Commands:\n")
                       .arg(typed);
    for (const auto &command : m_subcommands)
        text +=
            QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(8), command->summary());
    text += QLatin1Char('\n') +
            tr("Run “%1 COMMAND --help” for the options of a command.\n").arg(typed);
    return text;
}

int JobCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString typed = arguments.value(0, QStringLiteral("ajuste job"));
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        (first.isEmpty() ? err : out) << helpText(typed);
        return first.isEmpty() ? Unusable : Success;
    }
    for (const auto &command : m_subcommands) {
        if (command->name() == first) {
            QStringList own = arguments.mid(1);
            own[0] = typed + QLatin1Char(' ') + first;
            return command->run(own, out, err);
        }
    }
    err << tr("“%1” is not a job command.").arg(first) << '\n' << helpText(typed);
    return Unusable;
}
