// The workspace file: created, reopened, migrated, and — when it is not a workspace, is
// damaged or comes from a newer Ajuste — refused with a clear message and left byte for byte
// as it was.
#include "core/workspace/workspace.h"
#include "core/workspace/workspacemanager.h"
#include "core/workspace/workspaceschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int pragma(const QString &path, const char *name)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
            if (query.next())
                value = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &sql : statements)
            QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewWorkspaceWithSchema();
    void reopensExistingWorkspace();
    void refusesMissingFileWhenNotCreating();
    void refusesBadFilesWithoutTouchingThem_data();
    void refusesBadFilesWithoutTouchingThem();
    void migratesOlderWorkspaceAndKeepsBackup();
    void managerKeepsCurrentWorkspaceWhenOpeningFails();
    void workerConnectionSeesGuiWrites();
    void workspacesAjusteMakesHaveFriendlyNames();

private:
    QTemporaryDir m_dir;
};

void TestWorkspace::createsNewWorkspaceWithSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new/created.ajuste"));
    Workspace::Error error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    QCOMPARE(workspace->displayName(), QStringLiteral("created"));
    const QStringList tables = workspace->database().tables();
    for (const char *table : {"datasets", "examples", "jobs", "job_events", "metric_points",
                              "checkpoints", "playground_sessions", "comparisons"})
        QVERIFY2(tables.contains(QLatin1String(table)), table);
    QSqlQuery mode(workspace->database());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    workspace.reset();
    QCOMPARE(pragma(path, "user_version"), WorkspaceSchema::currentVersion());
    QCOMPARE(quint32(pragma(path, "application_id")), WorkspaceFile::ApplicationId);
}

void TestWorkspace::reopensExistingWorkspace()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.ajuste"));
    Workspace::Error error;
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY(workspace);
        QSqlQuery insert(workspace->database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO datasets(name, created_at, updated_at) VALUES ('Suporte', 1, 1)")));
    }
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    QSqlQuery select(workspace->database());
    QVERIFY(select.exec(QStringLiteral("SELECT name FROM datasets")) && select.next());
    QCOMPARE(select.value(0).toString(), QStringLiteral("Suporte"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".v0.bak")));
}

void TestWorkspace::refusesMissingFileWhenNotCreating()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.ajuste"));
    Workspace::Error error;
    QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
    QCOMPARE(error.verdict, WorkspaceFile::Verdict::Missing);
    QVERIFY(error.message.contains(QStringLiteral("nowhere.ajuste")));
    QVERIFY(!QFile::exists(path));
}

void TestWorkspace::refusesBadFilesWithoutTouchingThem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("wording");
    QTest::newRow("jsonl") << "jsonl" << int(WorkspaceFile::Verdict::NotSQLite) << "Import";
    QTest::newRow("empty") << "empty" << int(WorkspaceFile::Verdict::NotSQLite) << "not an Ajuste workspace";
    QTest::newRow("truncated") << "truncated" << int(WorkspaceFile::Verdict::Truncated) << "damaged";
    QTest::newRow("newer") << "newer" << int(WorkspaceFile::Verdict::NewerWorkspace) << "newer version";
    QTest::newRow("foreign") << "foreign" << int(WorkspaceFile::Verdict::ForeignDatabase) << "another program";
}

void TestWorkspace::refusesBadFilesWithoutTouchingThem()
{
    QFETCH(QString, kind);
    QFETCH(int, verdict);
    QFETCH(QString, wording);
    const QString path = m_dir.filePath(kind + QStringLiteral(".ajuste"));
    if (kind == QLatin1String("jsonl") || kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QLatin1String("jsonl"))
            file.write("{\"messages\": [{\"role\": \"user\", \"content\": \"Oi\"}]}\n");
    } else if (kind == QLatin1String("foreign")) {
        runSql(path, {QStringLiteral("CREATE TABLE contacts(name TEXT)"),
                      QStringLiteral("INSERT INTO contacts VALUES ('Ana')")});
    } else {
        Workspace::Error error;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY(workspace);
            QSqlQuery fill(workspace->database());
            for (int i = 0; i < 200; ++i)
                fill.exec(QStringLiteral("INSERT INTO datasets(name, description, created_at, updated_at) "
                                         "VALUES ('d%1', '%2', 1, 1)").arg(i).arg(QString(500, QLatin1Char('x'))));
        }
        if (kind == QLatin1String("newer")) {
            runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceSchema::currentVersion() + 1)});
        } else {
            QFile file(path);
            QVERIFY(file.resize(file.size() / 2 + 100));
        }
    }
    const QByteArray before = fingerprint(path);
    Workspace::Error error;
    QVERIFY(!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
    QCOMPARE(int(error.verdict), verdict);
    QVERIFY2(error.message.contains(wording), qPrintable(error.message));
    QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
    QCOMPARE(fingerprint(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestWorkspace::migratesOlderWorkspaceAndKeepsBackup()
{
    // A workspace file at version 0 (created by an interrupted first start) is brought up to
    // date; the original is kept next to it.
    const QString path = m_dir.filePath(QStringLiteral("older.ajuste"));
    runSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceFile::ApplicationId),
                  QStringLiteral("CREATE TABLE scratch(x)")});
    QCOMPARE(pragma(path, "user_version"), 0);
    const QByteArray before = fingerprint(path);
    Workspace::Error error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    QVERIFY(workspace->database().tables().contains(QStringLiteral("examples")));
    QCOMPARE(fingerprint(path + QStringLiteral(".v0.bak")), before);
    workspace.reset();
    QCOMPARE(pragma(path, "user_version"), WorkspaceSchema::currentVersion());
}

void TestWorkspace::managerKeepsCurrentWorkspaceWhenOpeningFails()
{
    WorkspaceManager manager;
    QSignalSpy changed(&manager, &WorkspaceManager::workspaceChanged);
    Workspace::Error error;
    QVERIFY(manager.open(m_dir.filePath(QStringLiteral("a.ajuste")), Workspace::OpenMode::CreateIfMissing, &error));
    QCOMPARE(changed.count(), 1);
    Workspace *first = manager.current();
    const QString notWorkspace = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notWorkspace);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    QVERIFY(!manager.open(notWorkspace, Workspace::OpenMode::OpenExisting, &error));
    QCOMPARE(manager.current(), first);
    QCOMPARE(changed.count(), 1);
    manager.close();
    QCOMPARE(manager.current(), nullptr);
    QCOMPARE(changed.count(), 2);
}

void TestWorkspace::workerConnectionSeesGuiWrites()
{
    Workspace::Error error;
    auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("threads.ajuste")),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY(workspace);
    QSqlQuery(workspace->database())
        .exec(QStringLiteral("INSERT INTO datasets(name, created_at, updated_at) VALUES ('x', 1, 1)"));
    int seen = -1;
    QThread *thread = QThread::create([&] {
        Workspace::WorkerConnection connection(workspace->path());
        QSqlQuery query(connection.database());
        if (query.exec(QStringLiteral("SELECT count(*) FROM datasets")) && query.next())
            seen = query.value(0).toInt();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QCOMPARE(seen, 1);
}

void TestWorkspace::workspacesAjusteMakesHaveFriendlyNames()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Workspace::samplePath() != Workspace::defaultPath());
    QCOMPARE(QFileInfo(Workspace::samplePath()).suffix(), Workspace::fileSuffix());
    Workspace::Error error;
    // The status bar and the title say "Sample workspace", not the file's name "Sample".
    auto sample = Workspace::open(Workspace::samplePath(), Workspace::OpenMode::CreateIfMissing,
                                  &error);
    QVERIFY2(sample, qPrintable(error.message));
    QCOMPARE(sample->displayName(), QStringLiteral("Sample workspace"));
    sample.reset();
    auto mine = Workspace::open(Workspace::defaultPath(), Workspace::OpenMode::CreateIfMissing,
                                &error);
    QVERIFY2(mine, qPrintable(error.message));
    QCOMPARE(mine->displayName(), QStringLiteral("My workspace"));
    mine.reset();
    // Another file called Sample.ajuste is the user's own: it keeps its name.
    auto other = Workspace::open(m_dir.filePath(QStringLiteral("Sample.ajuste")),
                                 Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(other, qPrintable(error.message));
    QCOMPARE(other->displayName(), QStringLiteral("Sample"));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
