#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// Server-sent events, parsed as bytes arrive: lines end with LF, CRLF or CR (even when a CRLF
// is split between two pieces), "data:" lines of one event are joined with LF, comments
// (":") are skipped and an event is complete at a blank line. Text is decoded per whole line,
// so a UTF-8 character split between pieces arrives intact.
class SseStreamParser
{
public:
    struct Event
    {
        QString event; // empty means "message"
        QString data;
        QString id;
    };

    // The events completed by `bytes`.
    QList<Event> feed(const QByteArray &bytes);
    // Bytes received but not yet part of a complete event (a cut stream leaves some).
    bool hasPartialEvent() const;

private:
    void processLine(QByteArrayView line, QList<Event> &out);

    QByteArray m_line;
    Event m_current;
    bool m_hasData = false;
    bool m_lastWasCr = false;
};
