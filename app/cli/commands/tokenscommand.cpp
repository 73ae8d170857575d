#include "tokenscommand.h"

#include "core/tokenizer/datasettokencounter.h"
#include "core/tokenizer/tokenencoding.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

QString TokensCommand::name() const
{
    return u"tokens"_s;
}

QString TokensCommand::summary() const
{
    return tr("Count the tokens of text files, as OpenAI counts them");
}

int TokensCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints, for each file, the number of tokens of its whole text: one line “COUNT FILE”.\n"
           "Files are read as UTF-8, exactly as they are (a byte-order mark and line endings count "
           "too)."));
    parser.addHelpOption();
    const QCommandLineOption encodingOption(
        u"encoding"_s,
        tr("The tokenizer: o200k_base (GPT-4o, GPT-4.1 and later; the default) or cl100k_base "
           "(GPT-3.5, GPT-4)."),
        tr("NAME"), u"o200k_base"_s);
    parser.addOption(encodingOption);
    parser.addPositionalArgument(tr("FILE"), tr("Text files to count."), tr("FILE..."));
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    const std::optional<TokenEncoding> encoding =
        tokenEncodingFromName(parser.value(encodingOption));
    if (!encoding) {
        err << tr("“%1” is not a tokenizer Ajuste knows. Use --encoding o200k_base or --encoding "
                  "cl100k_base.")
                   .arg(parser.value(encodingOption))
            << '\n';
        return Unusable;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("Name at least one file to count, for example: ajuste tokens notes.txt") << '\n';
        return Unusable;
    }

    int status = Success;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("Could not read “%1”: %2. Check the file's name and that you may open it, "
                      "then try again.")
                       .arg(path, file.errorString())
                << '\n';
            status = Unusable;
            continue;
        }
        const QByteArray text = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            err << tr("Could not read all of “%1”: %2. Check the disk or copy the file elsewhere, "
                      "then try again.")
                       .arg(path, file.errorString())
                << '\n';
            status = Unusable;
            continue;
        }
        out << DatasetTokenCounter::countLargeText(text, *encoding) << ' ' << path << '\n';
        out.flush();
    }
    return status;
}
