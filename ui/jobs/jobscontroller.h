#pragma once

#include "ui/shell/appcontext.h"

#include <QObject>
#include <QPointer>
#include <memory>

class JobNotifier;
class JobStore;
class JobTracker;
class ProviderSession;
class WorkspaceSession;

// What the Jobs screens share for the open workspace and what must outlive them: the
// workspace's JobStore, the JobTracker that follows its active jobs (one per workspace
// session, whichever page is shown), and the JobNotifier that announces finished jobs. Owned
// by the main window; follows the WorkspaceManager itself, so the tracker starts as soon as a
// workspace opens and stops before it closes.
class JobsController : public QObject
{
    Q_OBJECT

public:
    // `window` shows the notification banner and tells when the app is in the background.
    JobsController(const AppContext &context, QWidget *window, QObject *parent = nullptr);
    ~JobsController() override;

    const AppContext &context() const { return m_context; }
    ProviderSession *providers() const { return m_context.providers; }
    WorkspaceSession *session() const { return m_session; }
    JobStore *jobs() const;      // null without a workspace
    JobTracker *tracker() const; // null without a workspace
    JobNotifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    // The workspace is about to close: let go of its jobs now.
    void sessionAboutToChange();
    // A workspace opened (or none is open): jobs() and tracker() are the new ones.
    void sessionChanged();
    // The user clicked a notification about this job.
    void openJobRequested(qint64 jobId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dropSession();
    void adoptSession(WorkspaceSession *session);
    void onJobFinished(qint64 jobId);
    void updateBackground();

    AppContext m_context;
    QPointer<QWidget> m_window;
    JobNotifier *m_notifier;
    WorkspaceSession *m_session = nullptr;
    std::unique_ptr<JobTracker> m_tracker;
};
