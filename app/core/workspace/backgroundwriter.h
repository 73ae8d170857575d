#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <functional>

// Big writes off the GUI thread, one after the other, for one workspace file.
//
// Why: undoing a find and replace over 100,000 examples rewrites every example; in one
// transaction on the GUI thread that froze the window for seconds. Undo commands (and the
// other writes that can touch a whole dataset) hand their work to this queue instead.
//
// How it keeps the store's promises
// * In order: jobs run one at a time on one worker thread, in the order they were queued,
//   each with a connection of its own (Workspace::WorkerConnection). Undo, redo, undo
//   queued quickly are written in that order.
// * One job, one transaction (BEGIN IMMEDIATE): a job that fails is rolled back whole and
//   reported (failed(), with a sentence for the user); the jobs after it still run. A job's
//   long reads may run just before its transaction (prepare): nothing of this application
//   writes in between, and what another writer adds meanwhile (an import's new examples)
//   is simply not part of the change.
// * Writes never lost: the queue is drained, never dropped, when the writer is destroyed
//   (closing the workspace waits for it).
// * Views stay consistent: the GUI connection keeps reading the last committed state (the
//   workspace is in WAL mode, so readers never wait for this writer), so the list keeps
//   showing the rows as they were. A job's done callback runs on the GUI thread after its
//   commit, in queue order; that is where the store's signals are emitted (a reset pair or
//   examplesChanged), exactly as a synchronous write would have emitted them.
// * Nothing overtakes a queued write: DatasetStore waits for the queue (waitForIdle) at the
//   start of its own synchronous writes and of its full-record reads (what commands keep
//   for undo), so an edit or a command never works from a state that is about to change.
//   That wait would stall the window, so the page disables editing while isBusy() and the
//   example editor shows the example again once the queue is idle.
// * Jobs may change columns of existing examples, never which examples a dataset holds or
//   their positions (ExampleWrites), so row numbers stay valid while a job runs.
class BackgroundWriter : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker inside a transaction; false (with error set) rolls it back.
    using Job = std::function<bool(const QSqlDatabase &db, QString *error)>;
    // Runs on this object's thread once the job committed (ok) or was rolled back.
    using Done = std::function<void(bool ok)>;
    // Runs on the worker just before the job, outside its transaction: long reads (finding
    // what a replacement changes) that need not hold up other writers, such as an import.
    using Read = std::function<void(const QSqlDatabase &db)>;

    explicit BackgroundWriter(const QString &workspacePath, QObject *parent = nullptr);
    ~BackgroundWriter() override; // waits for every queued job

    void enqueue(Job job, Done done = {}, Read prepare = {});
    // True from enqueue until the last queued job's done callback has run.
    bool isBusy() const { return m_pending > 0; }
    // Blocks until every queued job has committed or rolled back. Their done callbacks still
    // arrive through the event loop, in order (never from inside this call).
    void waitForIdle();

Q_SIGNALS:
    void busyChanged(bool busy);
    void failed(const QString &message);

private:
    void finish(bool ok, const QString &error, const Done &done);

    QString m_workspacePath;
    QThreadPool m_pool;
    int m_pending = 0;
};
