#include "ssestreamparser.h"

QList<SseStreamParser::Event> SseStreamParser::feed(const QByteArray &bytes)
{
    QList<Event> out;
    for (char c : bytes) {
        if (c == '\n' && m_lastWasCr) {
            m_lastWasCr = false; // the LF of a CRLF whose CR ended the previous piece
            continue;
        }
        m_lastWasCr = c == '\r';
        if (c == '\n' || c == '\r') {
            processLine(m_line, out);
            m_line.clear();
        } else {
            m_line.append(c);
        }
    }
    return out;
}

bool SseStreamParser::hasPartialEvent() const
{
    return !m_line.isEmpty() || m_hasData;
}

void SseStreamParser::processLine(const QByteArray &line, QList<Event> &out)
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
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
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
