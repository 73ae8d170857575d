#include "recordconverter.h"

#include "examplejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QJsonObject message(const char *role, const QString &content)
{
    return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                       {QStringLiteral("content"), content}};
}

QString snippetAround(const QByteArray &text, qsizetype offset)
{
    const qsizetype from = qMax<qsizetype>(0, offset - 15);
    return QString::fromUtf8(text.mid(from, 30)).simplified();
}

QString valueKind(const QJsonDocument &document)
{
    if (document.isArray())
        return RecordConverter::tr("a list “[...]”");
    return RecordConverter::tr("a single value");
}

} // namespace

RecordConverter::RecordConverter(DatasetFormat::Format format, const CsvMapping &mapping)
    : m_format(format), m_mapping(mapping)
{
}

QString RecordConverter::parseProblem(const QByteArray &text, QJsonObject *object)
{
    const QByteArray trimmed = text.trimmed();
    const char first = trimmed.isEmpty() ? ' ' : trimmed.front();
    if (first == '"' || first == '-' || (first >= '0' && first <= '9') || trimmed == "true" ||
        trimmed == "false" || trimmed == "null") {
        return tr("this is a single value, not an example: each example must be one JSON object "
                  "between { and }.");
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            *object = document.object();
            return {};
        }
        return tr("this is %1, not an example: each example must be one JSON object "
                  "between { and }.")
            .arg(valueKind(document));
    }
    // Qt reports where the parser gave up; when that is the end of the text, the text
    // stopped too early (a cut-off line), which people fix differently from a typo.
    // Qt also says "unterminated" where a comma is missing between two members; only an
    // error at the very end means the text was cut off.
    const bool atEnd = error.offset >= text.trimmed().size() - 1;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
        if (atEnd)
            return tr("the text ends before the JSON is complete — a bracket or quote is missing.");
        break;
    case QJsonParseError::GarbageAtEnd:
        return tr("there is more text after the end of the example; each line must hold exactly "
                  "one example.");
    case QJsonParseError::DeepNesting:
        return tr("the JSON is nested too deeply to be a training example.");
    case QJsonParseError::DocumentTooLarge:
        return tr("the JSON is too large to be read as one example.");
    case QJsonParseError::IllegalUTF8String:
        return tr("this line is not valid UTF-8 text. Save the file as UTF-8 and import it "
                  "again.");
    default:
        break;
    }
    if (atEnd)
        return tr("the text ends before the JSON is complete — a bracket or quote is missing.");
    return tr("this is not valid JSON: something unexpected at character %1 (near “%2”). "
              "Check for a missing comma, colon or quote.")
        .arg(error.offset + 1)
        .arg(snippetAround(text, error.offset));
}

RecordConverter::Result RecordConverter::convert(const SourceRecord &record)
{
    Result result;
    if (!record.validUtf8) {
        result.reason = tr("this line is not valid UTF-8 text, so its characters cannot be read "
                           "safely. Save the file as UTF-8 and import it again.");
        return result;
    }
    if (record.truncated) {
        result.reason = tr("this entry is too long to be one training example.");
        return result;
    }
    if (m_format == DatasetFormat::Csv)
        return fromCsv(record);
    QJsonObject object;
    result.reason = parseProblem(record.text, &object);
    if (!result.reason.isEmpty())
        return result;
    if (m_format == DatasetFormat::Auto) {
        m_format = DatasetFormat::fromObjectKeys(object.keys());
        if (m_format == DatasetFormat::Auto) {
            result.reason = tr("a training example needs a \"messages\" list (the conversation), "
                               "but this line has none.");
            return result;
        }
    }
    switch (m_format) {
    case DatasetFormat::Preference:
        return fromPreference(record, object);
    case DatasetFormat::Alpaca:
        return fromAlpaca(record, object);
    default:
        return fromChat(record, object);
    }
}

RecordConverter::Result RecordConverter::fromChat(const SourceRecord &record,
                                                  const QJsonObject &object)
{
    Result result;
    if (ExampleJson::kind(object) == ExampleJson::Kind::Preference) {
        result.reason = tr("this is a preference pair (a preferred and a rejected answer), but "
                           "this file holds chat examples. Import it into a preference dataset.");
        return result;
    }
    result.reason = ExampleJson::shapeProblem(object, ExampleJson::Kind::Chat);
    if (result.reason.isEmpty())
        result.examples.append(
            ParsedExample::fromJson(object, record.text.trimmed(), record.number));
    return result;
}

RecordConverter::Result RecordConverter::fromPreference(const SourceRecord &record,
                                                        const QJsonObject &object)
{
    Result result;
    if (ExampleJson::kind(object) == ExampleJson::Kind::Chat) {
        result.reason = tr("this is a chat example, but this file holds preference pairs. "
                           "Import it into a chat dataset.");
        return result;
    }
    result.reason = ExampleJson::shapeProblem(object, ExampleJson::Kind::Preference);
    if (result.reason.isEmpty())
        result.examples.append(
            ParsedExample::fromJson(object, record.text.trimmed(), record.number));
    return result;
}

RecordConverter::Result RecordConverter::fromAlpaca(const SourceRecord &record,
                                                    const QJsonObject &object)
{
    Result result;
    const QString instruction = object.value(QLatin1String("instruction")).toString();
    QList<std::pair<QString, QString>> pairs; // input, output
    if (object.value(QLatin1String("instances")).isArray()) {
        for (const QJsonValue &instance : object.value(QLatin1String("instances")).toArray()) {
            const QJsonObject fields = instance.toObject();
            pairs.append({fields.value(QLatin1String("input")).toString(),
                          fields.value(QLatin1String("output")).toString()});
        }
    } else {
        pairs.append({object.value(QLatin1String("input")).toString(),
                      object.value(QLatin1String("output")).toString()});
    }
    if (instruction.trimmed().isEmpty()) {
        result.reason = tr("an instruction example needs an \"instruction\" text, but this line "
                           "has none.");
        return result;
    }
    const QString system = object.value(QLatin1String("system")).toString();
    for (const auto &[input, output] : pairs) {
        if (output.trimmed().isEmpty()) {
            result.examples.clear();
            result.reason = tr("an instruction example needs an \"output\" text (the answer), "
                               "but this line has none.");
            return result;
        }
        QJsonArray messages;
        if (!system.isEmpty())
            messages.append(message("system", system));
        messages.append(message("user", input.trimmed().isEmpty()
                                            ? instruction
                                            : instruction + QStringLiteral("\n\n") + input));
        messages.append(message("assistant", output));
        result.examples.append(ParsedExample::fromJson(
            QJsonObject{{QStringLiteral("messages"), messages}}, {}, record.number));
    }
    if (result.examples.isEmpty())
        result.reason = tr("this seed task has an empty \"instances\" list, so there is no answer "
                           "to learn from.");
    return result;
}

RecordConverter::Result RecordConverter::fromCsv(const SourceRecord &record)
{
    Result result;
    const QStringList &fields = record.fields;
    if (record.incomplete) {
        result.reason = tr("the file ends inside a quoted field — a closing quote \" is missing.");
        return result;
    }
    const int needed = qMax(m_mapping.promptColumn, m_mapping.answerColumn) + 1;
    if (fields.size() < needed) {
        result.reason = tr("this row has too few columns: the prompt and the answer need %1, "
                           "it has %2.")
                            .arg(needed)
                            .arg(fields.size());
        return result;
    }
    const QString prompt = fields.at(m_mapping.promptColumn);
    const QString answer = fields.at(m_mapping.answerColumn);
    if (prompt.trimmed().isEmpty() || answer.trimmed().isEmpty()) {
        result.reason =
            prompt.trimmed().isEmpty()
                ? tr("the prompt (column %1) is empty in this row.").arg(m_mapping.promptColumn + 1)
                : tr("the answer (column %1) is empty in this row.")
                      .arg(m_mapping.answerColumn + 1);
        return result;
    }
    QString system = m_mapping.systemPrompt;
    if (m_mapping.systemColumn >= 0 && m_mapping.systemColumn < fields.size() &&
        !fields.at(m_mapping.systemColumn).trimmed().isEmpty())
        system = fields.at(m_mapping.systemColumn);
    QJsonArray messages;
    if (!system.trimmed().isEmpty())
        messages.append(message("system", system));
    messages.append(message("user", prompt));
    messages.append(message("assistant", answer));
    result.examples.append(ParsedExample::fromJson(
        QJsonObject{{QStringLiteral("messages"), messages}}, {}, record.number));
    return result;
}
