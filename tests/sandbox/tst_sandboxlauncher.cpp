// The launcher the app uses: it starts the real ajuste-sandbox program on a free port, reports
// its URL, brings it back when it dies, stops it, never lets it outlive the program that
// started it (even one killed with SIGKILL), and explains plainly when it cannot run.
#include "api/sandbox/sandboxlauncher.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

int statusOf(const QUrl &baseUrl)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    url.setPath(url.path() + QStringLiteral("/models"));
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

void makeExecutable(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

// True while the process runs; a zombie (dead, not yet reaped by its new parent) counts as gone.
bool processAlive(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName >= 0 && line.mid(afterName + 2, 1) != "Z";
#else
    Q_UNUSED(pid);
    return false; // elsewhere the port alone tells
#endif
}

} // namespace

class TestSandboxLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndReportsItsUrl();
    void restartsWhenTheProgramDies();
    void dataFolderOutlivesARestart();
    void stopEndsTheProgram();
    void destructionEndsTheProgram();
    void stopLetsTheProgramQuitByItself();
    void neverOutlivesAKilledParent();
    void missingProgramFailsPlainly();
    void findsTheProgramBesideOrInTheBuildTree();
};

void TestSandboxLauncher::startsAndReportsItsUrl()
{
    SandboxLauncher launcher;
    launcher.setExecutablePath(QStringLiteral(SANDBOX_EXECUTABLE));
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.ensureStarted();
    QCOMPARE(launcher.state(), SandboxLauncher::State::Starting);
    launcher.ensureStarted(); // a second call while starting changes nothing
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.size(), 1);
    QVERIFY(launcher.isRunning());
    const QUrl url = launcher.baseUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.path(), QStringLiteral("/v1"));
    QVERIFY(url.port() > 0);
    QCOMPARE(ready.first().first().toUrl(), url);
    QCOMPARE(statusOf(url), 200);
}

void TestSandboxLauncher::restartsWhenTheProgramDies()
{
#ifndef Q_OS_UNIX
    QSKIP("Killing another process from the test needs a Unix kill command");
#endif
    SandboxLauncher launcher;
    launcher.setExecutablePath(QStringLiteral(SANDBOX_EXECUTABLE));
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.ensureStarted();
    QVERIFY(ready.wait(10000));
    const qint64 firstPid = launcher.processId();
    QCOMPARE(QProcess::execute(QStringLiteral("kill"),
                               {QStringLiteral("-9"), QString::number(firstPid)}),
             0);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    QVERIFY(launcher.processId() != firstPid);
    QCOMPARE(statusOf(launcher.baseUrl()), 200);
    QCOMPARE(failed.size(), 0);
}

void TestSandboxLauncher::dataFolderOutlivesARestart()
{
    QTemporaryDir folder;
    SandboxLauncher launcher;
    launcher.setExecutablePath(QStringLiteral(SANDBOX_EXECUTABLE));
    launcher.setDataDir(folder.path());
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.ensureStarted();
    QVERIFY(ready.wait(10000));
    launcher.stop();
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("state.json"))));
    launcher.ensureStarted();
    QVERIFY(ready.wait(10000));
    QCOMPARE(statusOf(launcher.baseUrl()), 200);
}

void TestSandboxLauncher::stopEndsTheProgram()
{
    SandboxLauncher launcher;
    launcher.setExecutablePath(QStringLiteral(SANDBOX_EXECUTABLE));
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    QSignalSpy stopped(&launcher, &SandboxLauncher::stopped);
    launcher.ensureStarted();
    QVERIFY(ready.wait(10000));
    const QUrl url = launcher.baseUrl();
    launcher.stop();
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(launcher.state(), SandboxLauncher::State::Stopped);
    QVERIFY(launcher.baseUrl().isEmpty());
    QCOMPARE(statusOf(url), 0); // nobody answers any more
    QTest::qWait(300);
    QCOMPARE(ready.size(), 1); // and it was not restarted
}

void TestSandboxLauncher::destructionEndsTheProgram()
{
    QUrl url;
    {
        SandboxLauncher launcher;
        launcher.setExecutablePath(QStringLiteral(SANDBOX_EXECUTABLE));
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        launcher.ensureStarted();
        QVERIFY(ready.wait(10000));
        url = launcher.baseUrl();
    }
    QCOMPARE(statusOf(url), 0);
}

void TestSandboxLauncher::stopLetsTheProgramQuitByItself()
{
    // stop() closes the Sandbox's input and it quits on its own, well before the 3 s after
    // which the launcher would terminate it.
    SandboxLauncher launcher;
    launcher.setExecutablePath(QStringLiteral(SANDBOX_EXECUTABLE));
    QSignalSpy ready(&launcher, &SandboxLauncher::ready);
    launcher.ensureStarted();
    QVERIFY(ready.wait(10000));
    QElapsedTimer clock;
    clock.start();
    launcher.stop();
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
}

void TestSandboxLauncher::neverOutlivesAKilledParent()
{
    // sandboxparent plays Ajuste: it starts the Sandbox through the launcher and is then
    // killed outright (SIGKILL on Unix), with no chance to stop it.
    QProcess parent;
    parent.start(QStringLiteral(SANDBOX_PARENT_EXECUTABLE), {QStringLiteral(SANDBOX_EXECUTABLE)});
    QVERIFY(parent.waitForStarted());
    QDeadlineTimer deadline(15000);
    while (!parent.canReadLine() && !deadline.hasExpired() && parent.state() == QProcess::Running)
        parent.waitForReadyRead(100);
    const QStringList words = QString::fromUtf8(parent.readLine()).trimmed().split(u' ');
    QVERIFY2(words.size() == 2, qPrintable(QString::fromLocal8Bit(parent.readAllStandardError())));
    const qint64 sandboxPid = words.at(0).toLongLong();
    const QUrl url(words.at(1));
    QVERIFY(sandboxPid > 0);
    QCOMPARE(statusOf(url), 200);

    parent.kill();
    QVERIFY(parent.waitForFinished(5000));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sandboxPid) && statusOf(url) == 0, 5000);
    qInfo("The Sandbox was gone %lld ms after its parent was killed", clock.elapsed());
}

void TestSandboxLauncher::missingProgramFailsPlainly()
{
    QTemporaryDir empty;
    SandboxLauncher launcher;
    launcher.setExecutablePath(empty.filePath(QStringLiteral("ajuste-sandbox")));
    QSignalSpy failed(&launcher, &SandboxLauncher::failed);
    launcher.ensureStarted();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(launcher.state(), SandboxLauncher::State::Failed);
    const QString message = failed.first().first().toString();
    QVERIFY(message.contains(QStringLiteral("Sandbox")));
    QVERIFY(message.contains(QStringLiteral("Settings"))); // says what to do next
}

void TestSandboxLauncher::findsTheProgramBesideOrInTheBuildTree()
{
#ifdef Q_OS_WIN
    QSKIP("The fake programs here are shell scripts");
#endif
    QTemporaryDir root;
    // Build tree: build/app/ajuste and build/app/sandbox/ajuste-sandbox.
    makeExecutable(root.filePath(QStringLiteral("build/app/sandbox/ajuste-sandbox")));
    QDir().mkpath(root.filePath(QStringLiteral("build/app")));
    QCOMPARE(QFileInfo(SandboxLauncher::findExecutable(root.filePath(QStringLiteral("build/app"))))
                 .canonicalFilePath(),
             QFileInfo(root.filePath(QStringLiteral("build/app/sandbox/ajuste-sandbox")))
                 .canonicalFilePath());
    // Installed: both in bin/, the one beside wins.
    makeExecutable(root.filePath(QStringLiteral("bin/ajuste-sandbox")));
    QCOMPARE(QFileInfo(SandboxLauncher::findExecutable(root.filePath(QStringLiteral("bin"))))
                 .canonicalFilePath(),
             QFileInfo(root.filePath(QStringLiteral("bin/ajuste-sandbox"))).canonicalFilePath());
    QVERIFY(SandboxLauncher::findExecutable(root.filePath(QStringLiteral("nowhere"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxLauncher)
#include "tst_sandboxlauncher.moc"
