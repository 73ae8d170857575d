// The server-sent-events parser, fed the stream in pieces of any size (as the network gives
// them) and at once, against a plain reference reading of the same stream: the same events,
// the same leftover. The first byte says how many of the next bytes choose the cuts.
#include "api/client/ssestreamparser.h"
#include "fuzzsupport.h"

namespace {

using Event = SseStreamParser::Event;

bool same(const Event &a, const Event &b)
{
    return a.event == b.event && a.data == b.data && a.id == b.id;
}

QByteArray shown(const QList<Event> &events)
{
    QByteArray out;
    for (const Event &event : events)
        out += "[" + event.event.toUtf8() + "|" + event.data.toUtf8() + "|" + event.id.toUtf8() +
               "]\n";
    return out;
}

// The stream read the simple way: whole lines (CRLF, CR or LF), the documented rules.
QList<Event> reference(const QByteArray &stream, bool *partial)
{
    QByteArray text = stream;
    text.replace("\r\n", "\n");
    text.replace('\r', '\n');
    QList<QByteArray> lines = text.split('\n');
    const QByteArray unfinished = lines.takeLast();
    QList<Event> out;
    Event current;
    bool hasData = false;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty()) {
            if (hasData)
                out.append(current);
            current = Event{};
            hasData = false;
            continue;
        }
        if (line.startsWith(':'))
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data") {
            current.data += (hasData ? QStringLiteral("\n") : QString()) + QString::fromUtf8(value);
            hasData = true;
        } else if (field == "event") {
            current.event = QString::fromUtf8(value);
        } else if (field == "id") {
            current.id = QString::fromUtf8(value);
        }
    }
    *partial = !unfinished.isEmpty() || hasData;
    return out;
}

} // namespace

AJUSTE_FUZZ_TARGET(ssestream)
{
    if (size < 1)
        return 0;
    const size_t seedBytes = qMin<size_t>(data[0] % 32, size - 1);
    const QByteArrayView seed(reinterpret_cast<const char *>(data + 1), qsizetype(seedBytes));
    const QByteArray stream = Fuzz::bytes(data + 1 + seedBytes, size - 1 - seedBytes);

    SseStreamParser whole;
    const QList<Event> atOnce = whole.feed(stream);
    SseStreamParser cut;
    QList<Event> inPieces;
    for (const QByteArray &piece : Fuzz::pieces(stream, seed))
        inPieces += cut.feed(piece);
    bool partial = false;
    const QList<Event> expected = reference(stream, &partial);

    const auto equal = [](const QList<Event> &a, const QList<Event> &b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same);
    };
    Fuzz::check(equal(atOnce, expected), "events differ from the reference reading",
                [&] { return shown(atOnce) + "--\n" + shown(expected); });
    Fuzz::check(equal(inPieces, atOnce), "events differ when the stream comes in pieces",
                [&] { return shown(inPieces) + "--\n" + shown(atOnce); });
    Fuzz::check(whole.hasPartialEvent() == partial && cut.hasPartialEvent() == partial,
                "the leftover differs");
    return 0;
}
