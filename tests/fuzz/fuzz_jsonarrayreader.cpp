// The hand-written JSON list reader against QJsonDocument: whenever Qt reads the input as a
// JSON list, the reader yields the same elements, each one's text parsing to the same value.
// On any input it stops, keeps its promises about sizes and never reads past the data.
#include "core/dataset/jsonarrayreader.h"
#include "core/dataset/linereader.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// One element's text as a value: wrapped in a list so that scalars parse too.
QJsonValue parsedElement(const QByteArray &text, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &error);
    *ok = error.error == QJsonParseError::NoError && document.array().size() == 1;
    return *ok ? document.array().at(0) : QJsonValue();
}

} // namespace

AJUSTE_FUZZ_TARGET(jsonarrayreader)
{
    if (size < 1)
        return 0;
    // The first byte picks a small element limit or the default, and with its low two bits the
    // size of the reads.
    const qint64 limit = data[0] < 0x40 ? qint64(data[0]) + 1 : LineReader::DefaultMaxLineBytes;
    QByteArray input = Fuzz::bytes(data + 1, size - 1);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    JsonArrayReader reader(&device, limit, Fuzz::chunkBytes(data[0]));

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    const bool qtReadsList = error.error == QJsonParseError::NoError && document.isArray();
    const QJsonArray list = document.array();

    SourceRecord record;
    qsizetype index = 0;
    qint64 lastLine = 0;
    while (reader.next(&record)) {
        Fuzz::check(index <= input.size(), "more elements than bytes");
        Fuzz::check(record.text.size() <= limit, "an element longer than the limit");
        Fuzz::check(record.number >= lastLine && record.number >= 1, "line numbers go back");
        Fuzz::check(record.validUtf8 ==
                        LineReader::isValidUtf8(record.text.constData(), record.text.size()),
                    "validUtf8 flag");
        lastLine = record.number;
        if (qtReadsList && limit > input.size()) {
            Fuzz::check(index < list.size(), "more elements than Qt reads", record.text);
            Fuzz::check(!record.incomplete && !record.truncated, "a whole list cut short");
            bool ok = false;
            const QJsonValue value = parsedElement(record.text, &ok);
            Fuzz::check(ok, "an element of a valid list does not parse alone", record.text);
            Fuzz::check(value == list.at(index), "an element differs from Qt's", record.text);
        }
        ++index;
    }
    if (qtReadsList && limit > input.size()) {
        Fuzz::check(index == list.size(), "fewer elements than Qt reads", input);
        Fuzz::check(reader.errorString().isEmpty(), "an error on a valid list", input);
    }
    Fuzz::check(reader.bytesRead() <= input.size(), "read past the end");
    return 0;
}
