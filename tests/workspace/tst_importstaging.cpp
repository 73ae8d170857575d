// What an interrupted import leaves behind is removed as soon as its process is known to be
// gone — its lock file names a process that no longer runs — while imports still running,
// here or in another process, keep theirs. Staging rows without a lock file (older versions
// of Ajuste) keep the ten-minute rule.
#include "core/workspace/importstaging.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QString CrashHelper = QStringLiteral(CRASH_HELPER);

// A process that holds the lock of a staging dataset until it is killed.
std::unique_ptr<QProcess> startClaim(const QString &workspacePath, qint64 stagingId)
{
    auto helper = std::make_unique<QProcess>();
    helper->start(CrashHelper,
                  {QStringLiteral("claim"), workspacePath, QString::number(stagingId)});
    QByteArray output;
    while (!output.contains("ready\n") && helper->waitForReadyRead(10000))
        output += helper->readAllStandardOutput();
    return output.contains("ready\n") ? std::move(helper) : nullptr;
}

void kill(QProcess &process)
{
    process.kill();
    process.waitForFinished(10000);
}

} // namespace

class TestImportStaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesWhatDeadImportsLeftAndKeepsRunningOnes();

private:
    qint64 addDataset(const QString &state, qint64 updatedAt);
    bool exists(qint64 datasetId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_added = 0;
};

qint64 TestImportStaging::addDataset(const QString &state, qint64 updatedAt)
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("INSERT INTO datasets(name, state, created_at, updated_at) "
                                 "VALUES(?, ?, ?, ?)"));
    query.addBindValue(QStringLiteral("\x01staging %1").arg(++m_added));
    query.addBindValue(state);
    query.addBindValue(updatedAt);
    query.addBindValue(updatedAt);
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

bool TestImportStaging::exists(qint64 datasetId) const
{
    QSqlQuery query(m_workspace->database());
    query.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE id = ?"));
    query.addBindValue(datasetId);
    return query.exec() && query.next();
}

void TestImportStaging::removesWhatDeadImportsLeftAndKeepsRunningOnes()
{
    QVERIFY2(QFile::exists(CrashHelper), qPrintable(CrashHelper));
    const QString path = m_dir.filePath(QStringLiteral("Staging [1].ajuste"));
    Workspace::Error error;
    m_workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY(m_workspace);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 longAgo = now - ImportStaging::UnlockedStagingAgeMs - 60000;

    // An import running in this process, and one in another process.
    const qint64 runningHere = addDataset(QStringLiteral("importing"), longAgo);
    ImportStaging here(path);
    QString why;
    QVERIFY2(here.claim(runningHere, &why), qPrintable(why));
    const qint64 runningThere = addDataset(QStringLiteral("importing"), longAgo);
    auto there = startClaim(path, runningThere);
    QVERIFY(there);
    // Imports that were killed: one mid-way, one after it had promoted its dataset, and one
    // before its staging row was committed (only the lock file is left).
    const qint64 killed = addDataset(QStringLiteral("importing"), now);
    const qint64 finished = addDataset(QStringLiteral("ready"), now);
    const qint64 neverCommitted = finished + 100;
    for (const qint64 id : {killed, finished, neverCommitted}) {
        auto owner = startClaim(path, id);
        QVERIFY(owner);
        kill(*owner);
        QVERIFY(QFile::exists(ImportStaging::lockPath(path, id)));
    }
    // Killed while QLockFile was creating its file, before it wrote the process id in it
    // (found by tst_crashloops): an empty lock file and no row.
    const qint64 killedWhileLocking = finished + 200;
    {
        QFile empty(ImportStaging::lockPath(path, killedWhileLocking));
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    // Rows of older versions, without lock files: silent for long, and recent.
    const qint64 oldAbandoned = addDataset(QStringLiteral("importing"), longAgo);
    const qint64 oldRecent = addDataset(QStringLiteral("importing"), now);

    QCOMPARE(ImportStaging::discardAbandoned(m_workspace->database(), path), 2);
    QVERIFY(exists(runningHere));
    QVERIFY(exists(runningThere));
    QVERIFY(!exists(killed));
    QVERIFY(exists(finished));
    QVERIFY(!exists(oldAbandoned));
    QVERIFY(exists(oldRecent));
    for (const qint64 id : {killed, finished, neverCommitted, killedWhileLocking})
        QVERIFY(!QFile::exists(ImportStaging::lockPath(path, id)));
    QVERIFY(QFile::exists(ImportStaging::lockPath(path, runningHere)));
    QVERIFY(QFile::exists(ImportStaging::lockPath(path, runningThere)));

    // Once the other process dies too, its staging dataset goes at the next cleanup.
    kill(*there);
    QCOMPARE(ImportStaging::discardAbandoned(m_workspace->database(), path), 1);
    QVERIFY(!exists(runningThere));
    here.release();
    QVERIFY(!QFile::exists(ImportStaging::lockPath(path, runningHere)));
    m_workspace.reset();
}

QTEST_GUILESS_MAIN(TestImportStaging)
#include "tst_importstaging.moc"
