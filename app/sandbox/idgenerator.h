#pragma once

#include <QRandomGenerator>
#include <QString>

// Makes OpenAI-looking identifiers ("file-…", "ftjob-…"). Random but seeded, so a test run
// produces the same ids every time; unique because a counter is mixed in.
class IdGenerator
{
public:
    explicit IdGenerator(quint32 seed);

    QString next(const QString &prefix, int length = 24);
    QString hex(int length);

    // Kept across runs (see SandboxPersistence) so restored ids are never made again.
    quint64 counter() const { return m_counter; }
    void setCounter(quint64 counter) { m_counter = counter; }

private:
    QRandomGenerator m_random;
    quint64 m_counter = 0;
};
