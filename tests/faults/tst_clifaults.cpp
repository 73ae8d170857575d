// The built `ajuste` program against the misbehaving server: `ajuste job list` and `ajuste
// compare` with a refused connection, 5xx and 429 storms (with the program's own retry plan,
// timestamps taken by the server), a web page, broken JSON and a chat that fails for one row.
// Each ends with the exit status the README documents, the plain words once on stderr with the
// server's message under "Details:", and no raw Qt warnings.
#include "api/client/apierror.h"
#include "jobsfixture.h"
#include "misbehavingserver.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Fault = MisbehavingServer::Fault;
using Mode = MisbehavingServer::Mode;

namespace {

const QString JobsPath = QStringLiteral("/fine_tuning/jobs");
const QString ChatPath = QStringLiteral("/chat/completions");
// The program's default plan: 500 ms, doubled, less up to a quarter of jitter.
constexpr qint64 ShortestFirstBackoff = 375;
constexpr qint64 ShortestSecondBackoff = 750;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refusedConnectionExitsTwo();
    void silentServerGivesUpAfterTheTimeout();
    void timeoutMustBeSeconds();
    void serverErrorsThenSuccess();
    void rateLimitHonoursRetryAfter();
    void serverErrorStormShowsTheServersWords();
    void unreadableAnswerIsNamed_data();
    void unreadableAnswerIsNamed();
    void compareKeepsTheOtherRows();
    void compareWaitsOutARateLimit();
    void sandboxServerErrorsAreNamed();
    void sandboxTruncatedJsonIsNamed();
    void sandboxRateLimitIsWaitedOut();

private:
    Run ajuste(const QStringList &arguments);
    QStringList at(const QUrl &base) const;
    QString writePrompts();
    // Two models on the prompts, one request at a time (so which one fails is known).
    Run compare(const QString &prompts, const QString &out);
    static void verifyPlainStderr(const Run &run, const QString &message);

    QTemporaryDir m_home;
    std::unique_ptr<MisbehavingServer> m_server;
};

void TestCliFaults::init()
{
    QVERIFY(m_home.isValid());
    m_server = std::make_unique<MisbehavingServer>();
    QVERIFY(m_server->listen());
}

Run TestCliFaults::ajuste(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A private home: the user's profiles, keys and Sandbox are never touched.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("AJUSTE_API_KEY"), QStringLiteral("test"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AJUSTE_BINARY), arguments);
    Run run;
    // The server lives in this process: the event loop must turn while the program runs.
    QDeadlineTimer deadline(50000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QStringList TestCliFaults::at(const QUrl &base) const
{
    return {QStringLiteral("--base-url"), base.toString(), QStringLiteral("--provider"),
            QStringLiteral("openai")};
}

QString TestCliFaults::writePrompts()
{
    const QString path = m_home.filePath(QStringLiteral("prompts.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 3; ++i)
        file.write(QStringLiteral(R"({"messages":[{"role":"user","content":"Question %1"},)"
                                  R"({"role":"assistant","content":"Answer %1"}]})")
                       .arg(i)
                       .toUtf8()
                   + '\n');
    return path;
}

Run TestCliFaults::compare(const QString &prompts, const QString &out)
{
    return ajuste(QStringList{QStringLiteral("compare"), QStringLiteral("--prompts"), prompts,
                              QStringLiteral("--model"), QStringLiteral("gpt-4o-mini-2024-07-18"),
                              QStringLiteral("--model"), QStringLiteral("ft:gpt-4o-mini-2024-07-18:ajuste::faults1"),
                              QStringLiteral("--out"), out, QStringLiteral("--concurrency"), QStringLiteral("1")}
                  + at(m_server->baseUrl()));
}

void TestCliFaults::verifyPlainStderr(const Run &run, const QString &message)
{
    QVERIFY2(run.err.count(message) == 1, qPrintable(run.err));
    // No Qt warnings or raw reply texts in place of the explanation.
    for (const char *raw : {"QNetworkReply", "QObject", "qt.", "Error transferring", "QIODevice"})
        QVERIFY2(!run.err.contains(QLatin1String(raw)), qPrintable(run.err));
}

void TestCliFaults::refusedConnectionExitsTwo()
{
    QUrl base = m_server->baseUrl();
    base.setPort(MisbehavingServer::closedPort());
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(base));
    QCOMPARE(run.exitCode, 2);
    verifyPlainStderr(run, ApiError::messageFor(ApiError::Kind::NetworkDown));
    QVERIFY2(run.err.contains(QLatin1String("Details:")) && run.err.contains(QLatin1String("refused")),
             qPrintable(run.err));
}

// A script bounds a silent provider with --timeout: every attempt waits that long (the
// default would be a minute each), then the plain words and exit 2.
void TestCliFaults::silentServerGivesUpAfterTheTimeout()
{
    m_server->failAlways(Fault::of(Mode::NeverAnswer));
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list"),
                                       QStringLiteral("--timeout"), QStringLiteral("1")} +
                           at(m_server->baseUrl()));
    QCOMPARE(run.exitCode, 2);
    verifyPlainStderr(run, ApiError::messageFor(ApiError::Kind::Timeout));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    // Each retry comes after the attempt before it timed out, plus the backoff.
    const QList<qint64> gaps = m_server->gapsFor(JobsPath);
    QVERIFY2(gaps.at(0) >= 850 + ShortestFirstBackoff, qPrintable(QString::number(gaps.at(0))));
    QVERIFY2(gaps.at(1) >= 850 + ShortestSecondBackoff, qPrintable(QString::number(gaps.at(1))));
}

void TestCliFaults::timeoutMustBeSeconds()
{
    for (const char *value : {"0", "soon", "7200"}) {
        const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list"),
                                           QStringLiteral("--timeout"), QLatin1String(value)} +
                               at(m_server->baseUrl()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--timeout needs a number of seconds")),
                 qPrintable(run.err));
        QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 0);
    }
}

void TestCliFaults::serverErrorsThenSuccess()
{
    m_server->failNext(2, Fault::http(503, "The engine is currently overloaded"), JobsPath);
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(m_server->baseUrl()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("ftjob-faults1")), qPrintable(run.out));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
    const QList<qint64> gaps = m_server->gapsFor(JobsPath);
    QVERIFY2(gaps.at(0) >= ShortestFirstBackoff, qPrintable(QString::number(gaps.at(0))));
    QVERIFY2(gaps.at(1) >= ShortestSecondBackoff, qPrintable(QString::number(gaps.at(1))));
}

void TestCliFaults::rateLimitHonoursRetryAfter()
{
    m_server->failNext(1, Fault::http(429, "Rate limit reached", "2"), JobsPath);
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(m_server->baseUrl()));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 2);
    QVERIFY(m_server->gapsFor(JobsPath).first() >= 2000);
}

void TestCliFaults::serverErrorStormShowsTheServersWords()
{
    m_server->failAlways(Fault::http(502, "Bad gateway from upstream"));
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(m_server->baseUrl()));
    QCOMPARE(run.exitCode, 1);
    verifyPlainStderr(run, ApiError::messageFor(ApiError::Kind::ServerError));
    QVERIFY2(run.err.contains(QLatin1String("Details: HTTP 502"))
                 && run.err.contains(QLatin1String("Bad gateway from upstream")),
             qPrintable(run.err));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 3);
}

void TestCliFaults::unreadableAnswerIsNamed_data()
{
    QTest::addColumn<MisbehavingServer::Mode>("mode");
    QTest::addColumn<QString>("details");
    QTest::newRow("web page") << Mode::HtmlPage << QStringLiteral("web page");
    QTest::newRow("broken JSON") << Mode::MalformedJson << QStringLiteral("Details:");
}

void TestCliFaults::unreadableAnswerIsNamed()
{
    QFETCH(MisbehavingServer::Mode, mode);
    QFETCH(QString, details);
    m_server->failAlways(Fault::of(mode));
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(m_server->baseUrl()));
    QCOMPARE(run.exitCode, 1);
    verifyPlainStderr(run, ApiError::messageFor(ApiError::Kind::BadResponse));
    QVERIFY2(run.err.contains(details), qPrintable(run.err));
    QCOMPARE(m_server->arrivalsFor(JobsPath).size(), 1); // the same answer would come again
}

void TestCliFaults::compareKeepsTheOtherRows()
{
    const QString prompts = writePrompts();
    QVERIFY(!prompts.isEmpty());
    const QString out = m_home.filePath(QStringLiteral("compare.csv"));
    // The first chat fails; the other five must still be answered.
    m_server->failNext(1, Fault::http(503, "Model overloaded, try later"), ChatPath);
    const Run run = compare(prompts, out);
    QCOMPARE(run.exitCode, 1); // some answers failed; the file is still written
    for (const char *raw : {"QNetworkReply", "QObject", "qt.", "Error transferring"})
        QVERIFY2(!run.err.contains(QLatin1String(raw)), qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    // Three prompts, two models: five answers, and the failed cell says why.
    QCOMPARE(csv.count(m_server->chatAnswer()), 5);
    QCOMPARE(csv.count(QLatin1String("Failed: ")), 1);
    QVERIFY2(csv.contains(ApiError::messageFor(ApiError::Kind::ServerError).left(30)), qPrintable(csv));
    QCOMPARE(m_server->arrivalsFor(ChatPath).size(), 6); // the failed chat was not sent again
}

void TestCliFaults::compareWaitsOutARateLimit()
{
    const QString prompts = writePrompts();
    const QString out = m_home.filePath(QStringLiteral("ratelimited.csv"));
    m_server->failNext(2, Fault::http(429, "Rate limit reached", "1"), ChatPath);
    const Run run = compare(prompts, out);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).count(m_server->chatAnswer()), 6);
    const QList<qint64> gaps = m_server->gapsFor(ChatPath);
    QCOMPARE(gaps.size(), 7); // two refused, then six answered
    QVERIFY(gaps.at(0) >= 1000 && gaps.at(1) >= 1000);
}

// The Sandbox's own fault flags, through the same program.
void TestCliFaults::sandboxServerErrorsAreNamed()
{
    JobsTest::SandboxProcess sandbox;
    const QUrl url = sandbox.start({QStringLiteral("--error-rate"), QStringLiteral("1")});
    QVERIFY(url.isValid());
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(url));
    QCOMPARE(run.exitCode, 1);
    verifyPlainStderr(run, ApiError::messageFor(ApiError::Kind::ServerError));
    QVERIFY2(run.err.contains(QLatin1String("Details: HTTP 500"))
                 && run.err.contains(QLatin1String("Sorry about that")),
             qPrintable(run.err));
}

void TestCliFaults::sandboxTruncatedJsonIsNamed()
{
    JobsTest::SandboxProcess sandbox;
    const QUrl url = sandbox.start({QStringLiteral("--truncate-json")});
    QVERIFY(url.isValid());
    const Run run = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(url));
    QCOMPARE(run.exitCode, 1);
    verifyPlainStderr(run, ApiError::messageFor(ApiError::Kind::BadResponse));
}

void TestCliFaults::sandboxRateLimitIsWaitedOut()
{
    // One request per 5 s window: the second run is refused with a Retry-After, sleeps it
    // and then succeeds.
    JobsTest::SandboxProcess sandbox;
    const QUrl url = sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("1"),
                                    QStringLiteral("--rate-window"), QStringLiteral("5")});
    QVERIFY(url.isValid());
    const QStringList list = QStringList{QStringLiteral("job"), QStringLiteral("list")} + at(url);
    QCOMPARE(ajuste(list).exitCode, 0);
    QElapsedTimer clock;
    clock.start();
    const Run second = ajuste(list);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
