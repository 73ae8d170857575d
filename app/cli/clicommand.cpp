#include "clicommand.h"

#include <QCommandLineParser>

std::optional<int> CliCommand::parseOrExplain(QCommandLineParser &parser,
                                              const QStringList &arguments, QTextStream &out,
                                              QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << helpText(parser, arguments);
        return Unusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser, arguments);
        return Success;
    }
    return std::nullopt;
}

QString CliCommand::helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    QString text = parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    const QString typed = arguments.value(0);
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = text.left(lineEnd).indexOf(executable);
    if (!executable.isEmpty() && !typed.isEmpty() && at >= 0)
        text.replace(at, executable.size(), typed);
    return text;
}
