#include "backgroundwriter.h"

#include "workspace.h"
#include "workspaceerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

BackgroundWriter::BackgroundWriter(const QString &workspacePath, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath)
{
    // One thread: jobs never overlap and run in the order they were queued.
    m_pool.setMaxThreadCount(1);
}

BackgroundWriter::~BackgroundWriter()
{
    waitForIdle();
}

namespace {

bool exec(const QSqlDatabase &db, const char *statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(QString::fromLatin1(statement)))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

void BackgroundWriter::enqueue(Job job, Done done, Read prepare)
{
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
    const QString path = m_workspacePath;
    // The destructor waits for the pool, so this outlives every job.
    // The future is not kept: waitForIdle() waits on the pool, done() reports the outcome.
    (void)QtConcurrent::run(&m_pool, [this, path, job = std::move(job), done = std::move(done),
                                      prepare = std::move(prepare)] {
        QString error;
        bool ok = false;
        {
            Workspace::WorkerConnection connection(path);
            const QSqlDatabase db = connection.database();
            if (!connection.isOpen()) {
                error = connection.errorText();
            } else {
                if (prepare)
                    prepare(db);
                // IMMEDIATE: the write lock is taken first, so the job never works from a
                // snapshot another writer (an import) made stale meanwhile.
                if (exec(db, "BEGIN IMMEDIATE", &error)) {
                    ok = job(db, &error) && exec(db, "COMMIT", &error);
                    if (!ok) {
                        QString ignored;
                        exec(db, "ROLLBACK", &ignored);
                    }
                }
            }
        }
        // Delivered through this object's event queue, so callbacks keep the queue's order;
        // dropped with the object when the store goes away.
        QMetaObject::invokeMethod(
            this, [this, ok, error, done] { finish(ok, error, done); }, Qt::QueuedConnection);
    });
}

void BackgroundWriter::waitForIdle()
{
    m_pool.waitForDone();
}

void BackgroundWriter::finish(bool ok, const QString &error, const Done &done)
{
    --m_pending;
    if (!ok)
        Q_EMIT failed(WorkspaceError::explain(
            error, tr("Ajuste could not store a change to many examples, so it was not "
                      "made. Check that the disk is not full, then try again. (%1)")
                       .arg(error)));
    if (done)
        done(ok);
    if (m_pending == 0)
        Q_EMIT busyChanged(false);
}
