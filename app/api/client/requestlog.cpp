#include "requestlog.h"

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
}

void RequestLog::add(Entry entry, const QString &secret)
{
    entry.url = redact(entry.url, secret);
    entry.outcome = redact(entry.outcome, secret);
    entry.requestId = redact(entry.requestId, secret); // the server's words, like the outcome
    for (QString &header : entry.requestHeaders)
        header = redact(header, secret);
    if (m_entries.size() >= m_capacity)
        m_entries.removeFirst();
    m_entries.append(entry);
    Q_EMIT entryAdded(entry);
}

void RequestLog::clear()
{
    m_entries.clear();
}

QString RequestLog::redact(const QString &text, const QString &secret)
{
    if (secret.size() < 4 || !text.contains(secret))
        return text;
    QString copy = text;
    return copy.replace(secret, redactedMarker());
}
