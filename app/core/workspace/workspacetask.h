#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <atomic>
#include <functional>

// The plumbing every long job over a workspace file shares (import, export): it runs on a
// worker thread, can be cancelled, reports progress back on this object's thread, and is
// waited for on destruction so the worker never outlives the object it reports to.
class WorkspaceTask : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    ~WorkspaceTask() override;

    void cancel();
    bool isRunning() const;
    // Waits for a running job (tests, shutdown).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);

protected:
    explicit WorkspaceTask(const QString &workspacePath, QObject *parent = nullptr);

    QString workspacePath() const { return m_workspacePath; }

    // Runs work(cancelled, progress) on a worker, watched by watcher (whose finished signal
    // the subclass handles). False while a job is already running: one at a time.
    template<typename Result>
    bool launch(QFutureWatcher<Result> &watcher,
                std::function<Result(const std::atomic_bool *, const Progress &)> work)
    {
        if (isRunning())
            return false;
        m_cancelled = false;
        const Progress progress = progressReporter();
        QFuture<Result> future = QtConcurrent::run(
            [work, progress, cancelled = &m_cancelled] { return work(cancelled, progress); });
        m_running = QFuture<void>(future);
        watcher.setFuture(future);
        return true;
    }

private:
    Progress progressReporter();

    QString m_workspacePath;
    std::atomic_bool m_cancelled{false};
    QFuture<void> m_running;
};
