#include "parentwatch.h"

#include <QFile>
#include <QThread>
#include <cstdio>

ParentWatch::ParentWatch(QObject *parent) : QObject(parent) {}

ParentWatch::~ParentWatch()
{
    if (!m_thread)
        return;
    // The reader only ends with the input; when the program quits for another reason the
    // thread is still blocked in read(), which is a cancellation point, so ending it is safe.
    if (!m_thread->wait(0)) {
        m_thread->terminate();
        m_thread->wait();
    }
    delete m_thread;
}

void ParentWatch::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { readUntilEnd(); });
    m_thread->start();
}

void ParentWatch::readUntilEnd()
{
    QFile input;
    // Unbuffered: each read() goes straight to the pipe and returns 0 at its end.
    if (input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        char discarded[256];
        while (input.read(discarded, sizeof discarded) > 0) {
        }
    }
    Q_EMIT parentGone(); // queued to the receiver's thread
}
