#include "ssestreamparser.h"

QList<SseStreamParser::Event> SseStreamParser::feed(const QByteArray &bytes)
{
    QList<Event> out;
    qsizetype from = 0; // where the text not yet kept in m_line starts
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c != '\n' && c != '\r') {
            m_lastWasCr = false;
            continue;
        }
        if (c == '\n' && m_lastWasCr) {
            m_lastWasCr = false; // the LF of a CRLF whose CR ended the line
            from = i + 1;
            continue;
        }
        m_lastWasCr = c == '\r';
        const QByteArrayView rest(bytes.constData() + from, i - from);
        if (m_line.isEmpty()) {
            processLine(rest, out); // the whole line is in this piece: no copy
        } else {
            m_line.append(rest);
            processLine(m_line, out);
            m_line.resize(0); // keeps its room for the next line cut between pieces
        }
        from = i + 1;
    }
    m_line.append(bytes.constData() + from, bytes.size() - from);
    return out;
}

bool SseStreamParser::hasPartialEvent() const
{
    return !m_line.isEmpty() || m_hasData;
}

void SseStreamParser::processLine(QByteArrayView line, QList<Event> &out)
{
    if (line.isEmpty()) {
        if (m_hasData)
            out.append(m_current);
        m_current = Event{};
        m_hasData = false;
        return;
    }
    if (line.startsWith(':'))
        return;
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_current.data += QLatin1Char('\n');
        m_current.data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = QString::fromUtf8(value);
    } else if (field == "id") {
        m_current.id = QString::fromUtf8(value);
    }
}
