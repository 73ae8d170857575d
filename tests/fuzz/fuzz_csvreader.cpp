// CSV and TSV rows: the reader stops on any input, quoted line ends stay inside their row, and
// a row's fields, written back as CSV, split into the same fields again.
#include "core/dataset/csvmapping.h"
#include "core/dataset/csvreader.h"
#include "fuzzsupport.h"

#include <QBuffer>

namespace {

QString quoted(const QStringList &fields, QChar delimiter)
{
    QStringList out;
    for (QString field : fields)
        out.append(u'"' + field.replace(u'"', QStringLiteral("\"\"")) + u'"');
    return out.join(delimiter);
}

} // namespace

AJUSTE_FUZZ_TARGET(csvreader)
{
    if (size < 1)
        return 0;
    // The first byte picks the delimiter and, with bits 2 and 3, the size of the reads.
    static const char delimiters[] = {',', '\t', ';', '|'};
    const char delimiter = delimiters[data[0] % 4];
    QByteArray input = Fuzz::bytes(data + 1, size - 1);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, delimiter, Fuzz::chunkBytes(data[0] >> 2));
    SourceRecord record;
    bool first = true;
    while (reader.next(&record)) {
        if (first) {
            const CsvMapping mapping = CsvMapping::guess(record.fields);
            Fuzz::check(mapping.promptColumn != mapping.answerColumn &&
                            mapping.promptColumn != mapping.systemColumn &&
                            mapping.answerColumn != mapping.systemColumn,
                        "one column in two roles", record.text);
            first = false;
        }
        if (!record.validUtf8 || record.blank)
            continue;
        Fuzz::check(!record.fields.isEmpty(), "a row without fields", record.text);
        QStringList again;
        const bool closed = CsvReader::splitFields(quoted(record.fields, QLatin1Char(delimiter)),
                                                   QLatin1Char(delimiter), &again);
        Fuzz::check(closed && again == record.fields, "fields do not survive writing back",
                    record.text);
    }
    CsvReader::guessDelimiter(QStringLiteral("x.csv"), input.left(input.indexOf('\n')));
    return 0;
}
