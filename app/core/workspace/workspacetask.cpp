#include "workspacetask.h"

WorkspaceTask::WorkspaceTask(const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_workspacePath(workspacePath)
{}

WorkspaceTask::~WorkspaceTask()
{
    cancel();
    waitForFinished();
}

void WorkspaceTask::cancel()
{
    m_cancelled = true;
}

bool WorkspaceTask::isRunning() const
{
    return m_running.isRunning();
}

void WorkspaceTask::waitForFinished()
{
    m_running.waitForFinished();
}

WorkspaceTask::Progress WorkspaceTask::progressReporter()
{
    // Progress arrives from the worker; a queued call brings it to this object's thread.
    return [this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressChanged(done, total); },
            Qt::QueuedConnection);
    };
}
