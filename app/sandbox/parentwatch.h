#pragma once

#include <QObject>
#include <atomic>

class QThread;

// Tells when the program that started the Sandbox is gone, on every platform: that program
// holds the write end of our standard input and never writes to it, so end of input means it
// closed the pipe or died (the system closes a dead process's pipes, even after SIGKILL).
// A blocking read on a worker thread sees it; no polling, no platform calls.
class ParentWatch : public QObject
{
    Q_OBJECT

public:
    explicit ParentWatch(QObject *parent = nullptr);
    ~ParentWatch() override;

    // Starts reading standard input (and throwing away what arrives); parentGone() follows
    // the end of input, or at once when there is no standard input to read.
    void start();

Q_SIGNALS:
    void parentGone();

private:
    void readUntilEnd();

    QThread *m_thread = nullptr;
    std::atomic_bool m_inputEnded = false; // the reader is past read() for good
};
