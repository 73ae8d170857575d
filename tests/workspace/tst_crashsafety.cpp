// A workspace that was open when Ajuste died opens again, whole (issue #8). Processes are
// really killed (QProcess::kill sends SIGKILL): a helper that waits to be killed right after
// it wrote (the kill loops of the real programs are in tst_crashloops). While a write-ahead log exists,
// the main file's header can be stale; only what SQLite sees decides, and inspecting never
// changes a file.
#include "crashfixture.h"
#include "core/workspace/datasetexporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacefile.h"
#include "core/workspace/workspaceschema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {

using Verdict = WorkspaceFile::Verdict;
using namespace CrashFixture;

const QString CrashHelper = QStringLiteral(CRASH_HELPER);
constexpr qint64 PageSize = 16384;

// A 32-bit big-endian field of the main file's SQLite header, as written on disk.
quint32 headerField(const QString &path, int offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    return header.size() == 100 ? qFromBigEndian<quint32>(header.constData() + offset) : 0;
}

// Runs the helper until it has written and said "ready", then kills it.
bool runHelperAndKill(const QStringList &arguments)
{
    QProcess helper;
    helper.start(CrashHelper, arguments);
    if (!helper.waitForStarted(10000))
        return false;
    QByteArray output;
    while (!output.contains("ready\n") && helper.waitForReadyRead(30000))
        output += helper.readAllStandardOutput();
    const bool ready = output.contains("ready\n");
    if (!ready)
        qWarning() << "helper:" << output << helper.readAllStandardError();
    helper.kill();
    helper.waitForFinished(10000);
    return ready && helper.exitStatus() == QProcess::CrashExit;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedBeforeCheckpointReopensWithContent();
    void staleHeaderWithLogIsAWorkspace();
    void interruptedCheckpointIsNotDamaged();
    void foreignDatabaseWithLogIsRefusedUnchanged();
    void corruptWorkspaceWithLogIsDamaged();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray exportHash(const QString &workspacePath, qint64 datasetId);

    QTemporaryDir m_dir;
    int m_exports = 0;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(CrashHelper), qPrintable(CrashHelper));
}

QByteArray TestCrashSafety::exportHash(const QString &workspacePath, qint64 datasetId)
{
    return CrashFixture::exportHash(workspacePath, datasetId,
                                    path(QStringLiteral("export-%1.jsonl").arg(++m_exports)));
}

void TestCrashSafety::killedBeforeCheckpointReopensWithContent()
{
    const QString workspace = path(QStringLiteral("created/Sample.ajuste"));
    QDir().mkpath(path(QStringLiteral("created")));
    const QString source = path(QStringLiteral("sample.jsonl"));
    writeChatFile(source, 200, 1);
    QVERIFY(runHelperAndKill({QStringLiteral("workspace"), workspace, source}));
    QVERIFY(WorkspaceFile::hasWriteAheadLog(workspace)); // the last writes are only there

    Workspace::Error error;
    auto reopened = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(reopened, qPrintable(error.message + QLatin1Char(' ') + error.detail));
    DatasetStore store(reopened.get());
    const qint64 imported = store.datasetIdByName(QStringLiteral("Imported"));
    const qint64 late = store.datasetIdByName(QStringLiteral("After the checkpoint"));
    QVERIFY(imported && late);
    QCOMPARE(store.exampleCount(imported), 200);
    QCOMPARE(store.exampleCount(late), 5);
    // Never edited, so the export is the imported file byte for byte.
    QCOMPARE(exportHash(workspace, imported), sha256(source));
}

void TestCrashSafety::staleHeaderWithLogIsAWorkspace()
{
    const QString workspace = path(QStringLiteral("stale.ajuste"));
    QVERIFY(runHelperAndKill({QStringLiteral("stale"), workspace}));
    // The main file alone looks like an empty database of no one: application id 0.
    QCOMPARE(headerField(workspace, 68), 0u);
    QCOMPARE(headerField(workspace, 60), 0u);
    QVERIFY(WorkspaceFile::hasWriteAheadLog(workspace));
    const QByteArray mainBefore = sha256(workspace);
    const QByteArray logBefore = sha256(workspace + QStringLiteral("-wal"));

    const WorkspaceFile::Inspection inspection =
        WorkspaceFile::inspect(workspace, WorkspaceSchema::currentVersion());
    QCOMPARE(inspection.verdict, Verdict::Workspace);
    QVERIFY(inspection.inspectedThroughSqlite);
    QCOMPARE(inspection.schemaVersion, WorkspaceSchema::currentVersion());
    QCOMPARE(sha256(workspace), mainBefore);
    QCOMPARE(sha256(workspace + QStringLiteral("-wal")), logBefore);

    Workspace::Error error;
    auto reopened = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(reopened, qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QCOMPARE(countOf(reopened->database(), QStringLiteral("SELECT count(*) FROM datasets")), 300);
}

void TestCrashSafety::interruptedCheckpointIsNotDamaged()
{
    const QString workspace = path(QStringLiteral("interrupted.ajuste"));
    QVERIFY(runHelperAndKill({QStringLiteral("interrupted"), workspace}));
    const qint64 promisedPages = headerField(workspace, 28);
    QVERIFY2(QFileInfo(workspace).size() < promisedPages * PageSize,
             "the main file should hold fewer pages than its header promises");
    QVERIFY(WorkspaceFile::hasWriteAheadLog(workspace));

    // Without its log the same main file is still refused, from its header alone.
    const QString alone = path(QStringLiteral("alone/interrupted.ajuste"));
    QDir().mkpath(path(QStringLiteral("alone")));
    QVERIFY(QFile::copy(workspace, alone));
    QCOMPARE(WorkspaceFile::inspect(alone, WorkspaceSchema::currentVersion()).verdict,
             Verdict::Truncated);

    const QByteArray mainBefore = sha256(workspace);
    const WorkspaceFile::Inspection inspection =
        WorkspaceFile::inspect(workspace, WorkspaceSchema::currentVersion());
    QCOMPARE(inspection.verdict, Verdict::Workspace);
    QCOMPARE(sha256(workspace), mainBefore);

    Workspace::Error error;
    auto reopened = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(reopened, qPrintable(error.message + QLatin1Char(' ') + error.detail));
    QCOMPARE(quickCheck(reopened->database()), QStringLiteral("ok"));
    QCOMPARE(
        countOf(reopened->database(),
                QStringLiteral("SELECT count(*) FROM datasets WHERE length(description) = 2000")),
        300);
    reopened.reset(); // closing folds the log back: the main file is whole again
    QVERIFY(!WorkspaceFile::hasWriteAheadLog(workspace));
    QCOMPARE(WorkspaceFile::inspect(workspace, WorkspaceSchema::currentVersion()).verdict,
             Verdict::Workspace);
}

void TestCrashSafety::foreignDatabaseWithLogIsRefusedUnchanged()
{
    const QString foreign = path(QStringLiteral("contacts.ajuste"));
    const QString connection = QStringLiteral("foreign-writer");
    {
        // Another program's database, open in WAL mode with its writes still in the log.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const char *sql :
             {"PRAGMA journal_mode=WAL", "PRAGMA wal_autocheckpoint=0",
              "CREATE TABLE contacts(name TEXT)", "INSERT INTO contacts VALUES ('Ana')"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(WorkspaceFile::hasWriteAheadLog(foreign));
        const QByteArray mainBefore = sha256(foreign);
        const QByteArray logBefore = sha256(foreign + QStringLiteral("-wal"));

        const WorkspaceFile::Inspection inspection =
            WorkspaceFile::inspect(foreign, WorkspaceSchema::currentVersion());
        QCOMPARE(inspection.verdict, Verdict::ForeignDatabase);
        QVERIFY(inspection.inspectedThroughSqlite);
        Workspace::Error error;
        QVERIFY(!Workspace::open(foreign, Workspace::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error.verdict, Verdict::ForeignDatabase);
        QVERIFY2(error.message.contains(QStringLiteral("another program")),
                 qPrintable(error.message));
        QCOMPARE(sha256(foreign), mainBefore);
        QCOMPARE(sha256(foreign + QStringLiteral("-wal")), logBefore);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestCrashSafety::corruptWorkspaceWithLogIsDamaged()
{
    const QString workspace = path(QStringLiteral("corrupt.ajuste"));
    {
        Workspace::Error error;
        auto created = Workspace::open(workspace, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY(created);
        QSqlQuery fill(created->database());
        for (int i = 0; i < 200; ++i) {
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO datasets(name, description, created_at, "
                                             "updated_at) VALUES ('d%1', '%2', 1, 1)")
                                  .arg(i)
                                  .arg(QString(500, QLatin1Char('x')))));
        }
    }
    const QString connection = QStringLiteral("corrupt-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(workspace);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
        QVERIFY(query.exec(QStringLiteral("UPDATE datasets SET name = 'renamed' WHERE id = 1")));
        QVERIFY(WorkspaceFile::hasWriteAheadLog(workspace));
        // Then the disk garbles pages of the main file that the log does not hold.
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / PageSize;
        QVERIFY(pages > 6);
        QVERIFY(file.seek(3 * PageSize));
        QVERIFY(file.write(QByteArray((pages - 4) * PageSize, '\x5a')) > 0);
        file.close();
        const QByteArray mainBefore = sha256(workspace);

        Workspace::Error error;
        QVERIFY(!Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(error.verdict, Verdict::Damaged);
        QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("corrupt.ajuste")),
                 qPrintable(error.message));
        QVERIFY(!error.detail.isEmpty());
        QCOMPARE(sha256(workspace), mainBefore);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
