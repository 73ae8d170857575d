#include "batchcsv.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {

const QLatin1String rowEnd("\r\n");

bool looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ||
        first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return true;
    // "- a list item" is text; "-1+2" or "-A1" is a formula.
    return first == QLatin1Char('-') && value.size() > 1 && !value.at(1).isSpace();
}

} // namespace

QString BatchCsv::field(const QString &raw)
{
    const QString value = looksLikeFormula(raw) ? QLatin1Char('\'') + raw : raw;
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString BatchCsv::header(const BatchResults &results)
{
    QStringList names{QStringLiteral("example"), QStringLiteral("prompt"),
                      QStringLiteral("reference")};
    for (const BatchModel &model : results.models) {
        names << model.name() << model.name() + QStringLiteral(" seconds")
              << model.name() + QStringLiteral(" output tokens");
    }
    for (QString &name : names)
        name = field(name);
    return names.join(QLatin1Char(','));
}

QString BatchCsv::answerCell(const BatchAnswer &answer)
{
    switch (answer.state) {
    case BatchAnswer::State::Done:
        return answer.text;
    case BatchAnswer::State::Failed:
        return tr("Failed: %1").arg(answer.error);
    case BatchAnswer::State::Cancelled:
        return tr("Not asked: the comparison was cancelled.");
    case BatchAnswer::State::Waiting:
    case BatchAnswer::State::Running:
        break;
    }
    return {};
}

QString BatchCsv::text(const BatchResults &results)
{
    QString out = header(results) + rowEnd;
    for (const BatchRow &row : results.rows) {
        QStringList cells{field(row.prompt.label), field(row.prompt.promptText()),
                          field(row.prompt.reference)};
        for (const BatchAnswer &answer : row.answers) {
            const bool done = answer.state == BatchAnswer::State::Done;
            cells << field(answerCell(answer))
                  << (done ? QString::number(answer.seconds, 'f', 2) : QString())
                  << (done && answer.outputTokens ? QString::number(*answer.outputTokens)
                                                  : QString());
        }
        out += cells.join(QLatin1Char(',')) + rowEnd;
    }
    return out;
}

bool BatchCsv::write(const BatchResults &results, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("“%1” cannot be written: %2. Choose a folder you may write in.")
                         .arg(name, file.errorString());
        return false;
    }
    file.write(text(results).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("“%1” could not be saved: %2. Check that the disk has room.")
                         .arg(name, file.errorString());
        return false;
    }
    return true;
}
