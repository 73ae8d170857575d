// The ajuste-sandbox executable: it prints the URL it serves on as its first line (so a parent
// started with --port 0 learns the port), answers there, and refuses bad options plainly.
#include "sandboxtestclient.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsItsUrlAndServesThere();
    void refusesABadSpeed();
    void refusesAPortInUse();
    void parsesEveryFaultOption();
    void verboseLogNeverShowsTheKey();
    void aNewJobOutlivesAnAbruptStop();
    void exitsWithItsParentWhenAsked();
    void startedByHandIgnoresItsInput();
};

namespace {

// Starts the program on a free port and returns its base URL (invalid on failure).
QUrl startServing(QProcess &process, const QStringList &extra)
{
    // What the Sandbox writes to its error output shows in the test's log (a sanitizer's
    // report, for one).
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extra);
    if (!process.waitForStarted())
        return {};
    QDeadlineTimer deadline(10000);
    while (!process.canReadLine() && !deadline.hasExpired())
        process.waitForReadyRead(100);
    const auto match = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1)"))
                           .match(QString::fromUtf8(process.readLine()));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

} // namespace

void TestSandboxCommandLine::printsItsUrlAndServesThere()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                   QStringLiteral("1000")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const auto match =
        QRegularExpression(
            QStringLiteral("^Sandbox listening on (http://127\\.0\\.0\\.1:(\\d+)/v1)$"))
            .match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(match.captured(2).toInt() > 0);
    SandboxTestClient client(QUrl(match.captured(1)));
    QCOMPARE(client.get(QStringLiteral("/models")).status, 200);
    process.kill();
    process.waitForFinished();
}

void TestSandboxCommandLine::refusesABadSpeed()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  {QStringLiteral("--speed"), QStringLiteral("fast")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("speed"));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSandboxCommandLine::refusesAPortInUse()
{
    SandboxFixture sandbox; // holds a port
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  {QStringLiteral("--port"), QString::number(sandbox.server->baseUrl().port())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("could not listen"));
}

void TestSandboxCommandLine::parsesEveryFaultOption()
{
    SandboxOptions options;
    QString problem;
    QVERIFY(SandboxOptions::parse(
        {QStringLiteral("ajuste-sandbox"), QStringLiteral("--port"), QStringLiteral("8123"),
         QStringLiteral("--speed"), QStringLiteral("250"), QStringLiteral("--latency"),
         QStringLiteral("40"), QStringLiteral("--error-rate"), QStringLiteral("0.25"),
         QStringLiteral("--rate-limit"), QStringLiteral("5"), QStringLiteral("--cut-stream-after"),
         QStringLiteral("3"), QStringLiteral("--truncate-json"),
         QStringLiteral("--refuse-fine-tuning"), QStringLiteral("--data-dir"),
         QStringLiteral("/tmp/x")},
        options, problem));
    QCOMPARE(options.port, quint16(8123));
    QCOMPARE(options.speed, 250.0);
    QCOMPARE(options.latencyMs, 40);
    QCOMPARE(options.errorRate, 0.25);
    QCOMPARE(options.rateLimit, 5);
    QCOMPARE(options.cutStreamAfter, 3);
    QVERIFY(options.truncateJson);
    QVERIFY(options.refuseFineTuning);
    QCOMPARE(options.dataDir, QStringLiteral("/tmp/x"));
    SandboxOptions bad;
    QVERIFY(!SandboxOptions::parse(
        {QStringLiteral("ajuste-sandbox"), QStringLiteral("--error-rate"), QStringLiteral("2")},
        bad, problem));
    QVERIFY(!problem.isEmpty());
}

void TestSandboxCommandLine::verboseLogNeverShowsTheKey()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXECUTABLE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QUrl base(QString::fromUtf8(process.readLine()).trimmed().section(QLatin1Char(' '), 3));
    QNetworkAccessManager network;
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/models"));
    url.setQuery(QStringLiteral("api_key=sk-secret-in-query"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer sk-secret-in-header");
    QNetworkReply *reply = network.get(request);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QTest::qWait(200);
    process.kill();
    process.waitForFinished();
    const QByteArray log = process.readAllStandardError();
    QVERIFY2(log.contains("GET /v1/models"), log.constData()); // it does log the request
    QVERIFY(!log.contains("sk-secret"));
}

void TestSandboxCommandLine::aNewJobOutlivesAnAbruptStop()
{
    // `ajuste job start` stops its Sandbox right after the answer: the job must be on disk by
    // then, not a second later at the next timed save.
    QTemporaryDir data;
    QProcess first;
    const QUrl url = startServing(first, {QStringLiteral("--data-dir"), data.path()});
    QVERIFY(url.isValid());
    SandboxTestClient client(url);
    const QJsonObject job = client.startJob(SandboxTestClient::chatFile(12));
    const QString jobId = job.value(QStringLiteral("id")).toString();
    QVERIFY(!jobId.isEmpty());
    first.kill(); // no destructor runs, no timed save
    first.waitForFinished();

    QProcess second;
    const QUrl again = startServing(second, {QStringLiteral("--data-dir"), data.path()});
    QVERIFY(again.isValid());
    SandboxTestClient reopened(again);
    QCOMPARE(reopened.get(QStringLiteral("/fine_tuning/jobs/") + jobId).status, 200);
    second.kill();
    second.waitForFinished();
}

void TestSandboxCommandLine::exitsWithItsParentWhenAsked()
{
    QProcess process;
    const QUrl url = startServing(process, {QStringLiteral("--exit-with-parent")});
    QVERIFY(url.isValid());
    process.write("anything written is ignored\n");
    QTest::qWait(200);
    QCOMPARE(process.state(), QProcess::Running);
    SandboxTestClient client(url);
    QCOMPARE(client.get(QStringLiteral("/models")).status, 200);
    process.closeWriteChannel(); // what the system does when the parent dies
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxCommandLine::startedByHandIgnoresItsInput()
{
    // From a terminal, Ctrl+D or a closed input must not stop a Sandbox that was not asked to
    // watch it.
    QProcess process;
    const QUrl url = startServing(process, {});
    QVERIFY(url.isValid());
    process.closeWriteChannel();
    QVERIFY(!process.waitForFinished(1000));
    SandboxTestClient client(url);
    QCOMPARE(client.get(QStringLiteral("/models")).status, 200);
    process.kill();
    process.waitForFinished();
}

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "tst_sandboxcommandline.moc"
