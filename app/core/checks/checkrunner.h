#pragma once

#include "datasetchecker.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class DatasetStore;

// Runs the checks of one dataset of a workspace off the GUI thread: a worker opens its own
// connection to the workspace file, reads the examples' JSON and split, checks and counts
// them on every core, and the report arrives on the GUI thread (finished()). One run at a
// time; starting again cancels the previous run.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override; // cancels and waits for the worker

    // Checks the dataset in the workspace file at workspacePath.
    void start(const QString &workspacePath, qint64 datasetId,
               const DatasetChecker::Options &options);
    // Checks examples already in memory (a file, a test).
    void start(const QList<CheckInput> &inputs, const DatasetChecker::Options &options);
    void cancel();
    bool isRunning() const;

    // The last finished report (empty before the first).
    const DatasetReport &report() const { return m_report; }
    qint64 datasetId() const { return m_datasetId; }

    // Stores the report's token counts and statuses in the workspace (GUI thread), so the
    // example list shows them. False when the store refused (store->lastError()).
    static bool applyToStore(const DatasetReport &report, DatasetStore *store);

Q_SIGNALS:
    void progress(int done, int total);
    void finished();
    void failed(const QString &message);
    void cancelled();

private:
    struct Outcome
    {
        DatasetReport report;
        QString error;
    };
    using Work = std::function<Outcome(const std::atomic_bool *, const DatasetChecker::Progress &)>;
    void launch(const Work &work);
    void onDone();
    static QList<CheckInput> readDataset(const QString &path, qint64 datasetId, QString *error);

    QThreadPool m_pool; // one thread for the run itself; the checks use the global pool
    std::unique_ptr<QFutureWatcher<Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    DatasetReport m_report;
    qint64 m_datasetId = 0;
};
