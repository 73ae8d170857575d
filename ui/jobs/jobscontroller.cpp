#include "jobscontroller.h"

#include "api/jobs/jobtracker.h"
#include "core/jobs/jobstore.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "jobnotifier.h"

#include <QEvent>
#include <QWidget>

JobsController::JobsController(const AppContext &context, QWidget *window, QObject *parent)
    : QObject(parent), m_context(context), m_window(window),
      m_notifier(new JobNotifier(window, this))
{
    connect(m_notifier, &JobNotifier::openJobRequested, this, &JobsController::openJobRequested);
    if (m_context.workspaces) {
        connect(m_context.workspaces, &WorkspaceManager::aboutToChangeWorkspace, this,
                &JobsController::dropSession);
        connect(m_context.workspaces, &WorkspaceManager::workspaceChanged, this,
                &JobsController::adoptSession);
        adoptSession(m_context.workspaces->session());
    }
    if (window)
        window->installEventFilter(this);
}

JobsController::~JobsController()
{
    // Pollers stop before the store they write to goes.
    m_tracker.reset();
}

JobStore *JobsController::jobs() const
{
    return m_session ? m_session->jobs() : nullptr;
}

JobTracker *JobsController::tracker() const
{
    return m_tracker.get();
}

void JobsController::dropSession()
{
    if (!m_session)
        return;
    Q_EMIT sessionAboutToChange();
    m_tracker.reset();
    m_session = nullptr;
}

void JobsController::adoptSession(WorkspaceSession *session)
{
    if (session == m_session && session)
        return;
    dropSession();
    m_session = session;
    if (session && m_context.providers) {
        m_tracker = std::make_unique<JobTracker>(m_context.providers, session->jobs());
        connect(m_tracker.get(), &JobTracker::jobFinished, this, &JobsController::onJobFinished);
        updateBackground();
        m_tracker->followActiveJobs();
    }
    Q_EMIT sessionChanged();
}

void JobsController::onJobFinished(qint64 jobId)
{
    if (JobStore *store = jobs())
        m_notifier->notifyFinished(store->job(jobId));
}

bool JobsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::WindowStateChange ||
                                event->type() == QEvent::Hide || event->type() == QEvent::Show))
        updateBackground();
    return QObject::eventFilter(watched, event);
}

void JobsController::updateBackground()
{
    if (m_tracker && m_window)
        m_tracker->setBackground(m_window->isMinimized() || !m_window->isVisible());
}
