#include "csvreader.h"

#include <QFileInfo>
#include <QStringDecoder>

namespace {

// Rows can be long, but a quote left open must not swallow a whole big file.
constexpr qsizetype MaxRowBytes = 16 * 1024 * 1024;

// A row's text as the user wrote it. LineReader already removed the file's own byte-order
// mark, so a U+FEFF still at the start of a row is part of its first field: QString::fromUtf8
// would drop it without a word.
QString rowText(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter, qint64 chunkBytes)
    : m_lines(device, LineReader::DefaultMaxLineBytes, chunkBytes), m_delimiter(delimiter)
{
}

char CsvReader::guessDelimiter(const QString &fileName, const QByteArray &firstLine)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("tsv") || suffix == QLatin1String("tab"))
        return '\t';
    if (suffix == QLatin1String("csv"))
        return firstLine.count('\t') > firstLine.count(',') ? '\t' : ',';
    return firstLine.count('\t') > firstLine.count(',') ? '\t' : ',';
}

bool CsvReader::next(SourceRecord *record)
{
    SourceRecord line;
    if (!m_lines.next(&line))
        return false;
    *record = line;
    // A row goes on over line ends while a quoted field is open (an odd number of quotes).
    qsizetype quotes = line.text.count('"');
    while (quotes % 2 == 1 && record->text.size() < MaxRowBytes) {
        if (!m_lines.next(&line)) {
            record->incomplete = true;
            break;
        }
        record->text.append('\n');
        record->text.append(line.text);
        record->validUtf8 = record->validUtf8 && line.validUtf8;
        quotes += line.text.count('"');
    }
    record->blank = LineReader::isBlank(record->text);
    if (record->validUtf8 && !record->blank) {
        splitFields(rowText(record->text), QLatin1Char(m_delimiter), &record->fields);
    }
    return true;
}

bool CsvReader::splitFields(const QString &row, QChar delimiter, QStringList *fields)
{
    fields->clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < row.size() && row.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && (field.isEmpty() && !wasQuoted)) {
            quoted = true;
            wasQuoted = true;
        } else if (c == delimiter) {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else {
            field.append(c);
        }
    }
    fields->append(field);
    return !quoted;
}
