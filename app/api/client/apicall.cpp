#include "apicall.h"

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
}

void ApiCall::abort()
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    abortWork();
}

void ApiCall::follow(ApiCall *step, bool forwardProgress)
{
    m_step = step;
    if (!step)
        return;
    if (forwardProgress)
        connect(step, &ApiCall::progress, this, &ApiCall::progress);
    if (m_aborted)
        step->abort();
}

void ApiCall::markFinished()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::abortWork()
{
    if (m_step)
        m_step->abort();
}
