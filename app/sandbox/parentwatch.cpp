#include "parentwatch.h"

#include <QFile>
#include <QThread>
#include <cstdio>

ParentWatch::ParentWatch(QObject *parent) : QObject(parent) {}

ParentWatch::~ParentWatch()
{
    if (!m_thread)
        return;
    // Once the input ended the reader is only returning: it is waited for. Cancelling it
    // then could catch it outside read(), in code that may not be unwound (std::terminate,
    // an abort instead of a clean exit). When the program quits for another reason the thread
    // is still blocked in read(), which is a cancellation point, so ending it is safe.
    if (!m_inputEnded.load() && !m_thread->wait(0))
        m_thread->terminate();
    m_thread->wait();
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
    m_inputEnded.store(true);
    Q_EMIT parentGone(); // queued to the receiver's thread
}
