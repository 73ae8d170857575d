// The launcher the app uses: it starts the real ajuste-sandbox program on a free port, reports
// its URL, brings it back when it dies, stops it, and explains plainly when it cannot run.
#include "api/sandbox/sandboxlauncher.h"

#include <QDir>
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
