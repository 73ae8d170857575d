#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// The last few hundred requests, for a debug view. Keys never enter it: the authorisation
// header is recorded as "[redacted]" and any text that would contain the key is scrubbed.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime startedAt;
        QString operation;
        QString verb;
        QString url;
        QStringList requestHeaders; // "Name: value", secrets redacted
        int attempt = 1;
        int httpStatus = 0;
        QString requestId;
        qint64 durationMs = 0;
        QString outcome; // "ok", or the error kind and the provider's message
    };

    explicit RequestLog(int capacity = 500, QObject *parent = nullptr);

    void add(Entry entry, const QString &secret);
    QList<Entry> entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    void clear();

    // `text` with every occurrence of `secret` replaced (secrets shorter than 4 characters are
    // not real keys and are left alone, so "Bearer " never vanishes).
    static QString redact(const QString &text, const QString &secret);
    static QString redactedMarker() { return QStringLiteral("[redacted]"); }

Q_SIGNALS:
    void entryAdded(const RequestLog::Entry &entry);

private:
    QList<Entry> m_entries;
    int m_capacity;
};
