// The JSONL line reader against QByteArray::split: the same lines, the same text (without
// the line end, the CR of a CRLF and the byte-order mark), long lines cut where promised,
// and its UTF-8 check against Qt's decoder.
#include "core/dataset/linereader.h"
#include "fuzzsupport.h"

#include <QBuffer>
#include <QStringDecoder>

namespace {

bool qtSaysValidUtf8(const QByteArray &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    return !decoder.hasError();
}

} // namespace

AJUSTE_FUZZ_TARGET(linereader)
{
    if (size < 1)
        return 0;
    // The first byte picks a small line limit (to reach the cutting code) or the default, and
    // with bits 5 and 6 the size of the reads.
    const qint64 limit =
        data[0] < 0x80 ? qint64(data[0] % 32) + 1 : LineReader::DefaultMaxLineBytes;
    QByteArray input = Fuzz::bytes(data + 1, size - 1);
    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    LineReader reader(&device, limit, Fuzz::chunkBytes(data[0] >> 5));

    QList<QByteArray> expected = input.split('\n');
    if (expected.last().isEmpty())
        expected.removeLast(); // a final line end starts no line
    LineReader::Line line;
    qsizetype index = 0;
    while (reader.next(&line)) {
        Fuzz::check(index < expected.size(), "more lines than line ends", input);
        QByteArray whole = expected.at(index);
        if (whole.endsWith('\r'))
            whole.chop(1);
        const bool cut = whole.size() > limit;
        QByteArray text = whole.left(limit);
        if (index == 0 && text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        Fuzz::check(line.number == index + 1, "line numbers count from 1");
        Fuzz::check(line.text.size() <= limit, "a line longer than the limit", line.text);
        Fuzz::check(line.truncated == cut, "truncated flag", line.text);
        // A cut line may also lose a CR that happened to sit where it was cut.
        const bool sameText =
            line.text == text || (cut && text.endsWith('\r') && line.text == text.chopped(1));
        Fuzz::check(sameText, "line text differs", [&] { return line.text + "\n--\n" + text; });
        Fuzz::check(line.blank == LineReader::isBlank(line.text), "blank flag");
        Fuzz::check(line.validUtf8 == qtSaysValidUtf8(line.text), "UTF-8 check differs from Qt's",
                    [&] { return line.text.toHex(); });
        ++index;
    }
    Fuzz::check(index == expected.size(), "fewer lines than line ends", input);
    Fuzz::check(reader.bytesRead() == input.size(), "bytesRead is not the file size");
    Fuzz::check(!reader.hasError(), "an error reading memory");
    return 0;
}
