// A whole session with a recognisable fake key, then a search of everything Ajuste wrote and
// printed for it. The session: a profile whose key lives in the KeyStore (this session's
// memory), Test connection (stored key and typed key), a dataset launched as a job (splits
// exported to temporary files, uploaded, job created and followed to its end into the
// workspace), chat plain and streamed with the tuned model, failing requests (404, a server
// that echoes the key back in its 401 and 500 messages), the request log on, and the `ajuste job`
// command with AJUSTE_API_KEY (start --wait into a workspace, list, metrics --out, a failure).
// HOME, the XDG folders and TMPDIR all point into one folder, so every file written lands there;
// the search covers it all (settings, workspaces with their -wal, exports, temporary files, the
// Sandbox's data folder) plus the programs' output, the log and every message shown: 0 hits.
// A key the user chose to keep in a file is found in that file and nowhere else.
#include "../jobs/jobsfixture.h"
#include "api/client/connectiontester.h"
#include "api/client/requestlog.h"
#include "api/jobs/joblauncher.h"
#include "api/jobs/jobtracker.h"
#include "testhttpserver.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace JobsTest;

namespace {

// Not JobsTest::fakeKey(): a key of its own, so a hit can only come from this test.
const QString Key = QStringLiteral("sk-proj-SECRETCANARY-7f3a9c1e5b");
const QString FileKey = QStringLiteral("sk-file-SECRETCANARY-24d8a0");
const QString Model = QStringLiteral("gpt-4o-mini-2024-07-18");

QStringList g_messages; // every qDebug/qInfo/qWarning of the session

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
    fprintf(stderr, "%s\n", qPrintable(message));
}

// The key as it may be written: UTF-8 (settings, JSON, SQLite text) and UTF-16 (Qt's own).
QList<QByteArray> encodings(const QString &key)
{
    QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return {key.toUtf8(), utf16};
}

// Files under `root` that hold `key` in any encoding.
QStringList filesHolding(const QString &root, const QString &key, int *scanned = nullptr)
{
    QStringList hits;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++count;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &encoded : encodings(key)) {
            if (bytes.contains(encoded)) {
                hits.append(path);
                break;
            }
        }
    }
    if (scanned)
        *scanned = count;
    return hits;
}

// A server that echoes the Authorization header back in its error messages, as some
// OpenAI-compatible servers do ("Incorrect API key provided: sk-...").
TestHttpServer::Reply echoingError(const TestHttpServer::Request &request)
{
    const QByteArray key = request.headers.value("authorization").mid(7);
    if (request.body.contains("\"stream\":true")) {
        TestHttpServer::Reply reply;
        reply.contentType = "text/event-stream";
        reply.header("x-request-id", "req_" + key);
        reply.chunks = {"data: {\"error\":{\"message\":\"Key " + key +
                        " is not allowed\","
                        "\"code\":\"" +
                        key + "\"}}\n\n"};
        return reply;
    }
    if (!request.path.endsWith(QLatin1String("/chat/completions")))
        return TestHttpServer::Reply::error(401, "Incorrect API key provided: " + key,
                                            "invalid_api_key");
    TestHttpServer::Reply reply =
        TestHttpServer::Reply::error(500, "Internal error while checking " + key, {}, "server");
    reply.header("x-request-id", "req_" + key);
    return reply;
}

struct Run
{
    int exitCode = -1;
    QString output;
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

public:
    explicit TestSecrets(const QString &root) : m_root(root) {}

private Q_SLOTS:
    void initTestCase();
    void theWindowsServices();
    void theCommandLine();
    void aKeyKeptInAFileStaysInThatFile();
    void nothingWrittenOrPrintedHoldsTheKey();
    void cleanupTestCase();

private:
    void note(const QString &text) { m_texts.append(text); }
    void noteError(const ApiError &error)
    {
        note(error.userMessage);
        note(error.details);
        note(error.detailsText());
        note(error.requestId);
    }
    Run ajuste(const QStringList &arguments);

    QString m_root;
    QProcess m_sandbox;
    QByteArray m_sandboxOutput;
    QUrl m_sandboxUrl;
    TestHttpServer m_echo;
    QStringList m_texts; // everything the user or a log could see
    RequestLog m_log{5000};
    std::unique_ptr<Fixture> m_fixture;
};

void TestSecrets::initTestCase()
{
    qInstallMessageHandler(recordMessage);
    // A verbose Sandbox with a data folder, as a user might run it for debugging.
    m_sandbox.setProgram(QStringLiteral(AJUSTE_SANDBOX_BINARY));
    m_sandbox.setArguments(
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
         QStringLiteral("1000"), QStringLiteral("--verbose"), QStringLiteral("--exit-with-parent"),
         QStringLiteral("--data-dir"), m_root + QStringLiteral("/sandbox-data")});
    connect(&m_sandbox, &QProcess::readyReadStandardOutput, this,
            [this] { m_sandboxOutput += m_sandbox.readAllStandardOutput(); });
    connect(&m_sandbox, &QProcess::readyReadStandardError, this,
            [this] { m_sandboxOutput += m_sandbox.readAllStandardError(); });
    m_sandbox.start();
    QVERIFY(m_sandbox.waitForStarted());
    static const QRegularExpression url(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1)"));
    QVERIFY(waitUntil([&] { return url.match(QString::fromUtf8(m_sandboxOutput)).hasMatch(); }));
    m_sandboxUrl = QUrl(url.match(QString::fromUtf8(m_sandboxOutput)).captured(1));
    QVERIFY(m_echo.listen());
    m_echo.setHandler(echoingError);
}

void TestSecrets::theWindowsServices()
{
    // Settings, profiles, KeyStore, ProviderSession; its folder is inside m_root and it lives
    // until the final search.
    m_fixture = std::make_unique<Fixture>();
    Fixture &f = *m_fixture;
    QVERIFY(f.dir.path().startsWith(m_root));
    f.session->setRequestLog(&m_log);
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.name = QStringLiteral("Company OpenAI");
    profile.baseUrl = m_sandboxUrl;
    profile.keyStorage = KeyStorage::Session;
    f.profiles->save(profile);
    bool written = false;
    f.keys->write(profile.id, Key, KeyStorage::Session, [&](const KeyStore::Result &result) {
        note(result.message);
        written = result.status == KeyStore::Status::Ok;
    });
    QVERIFY(waitUntil([&] { return written; }));

    // Test connection, with the stored key and with the key typed again.
    ConnectionTester tester(f.session.get());
    QSignalSpy tested(&tester, &ConnectionTester::finished);
    tester.testDraft(profile, {});
    QVERIFY(tested.wait(20000));
    auto result = tested.takeFirst().first().value<ConnectionTester::Result>();
    QVERIFY2(result.ok, qPrintable(result.message()));
    note(result.message());
    tester.testDraft(profile, Key);
    QVERIFY(tested.wait(20000));
    result = tested.takeFirst().first().value<ConnectionTester::Result>();
    QVERIFY(result.ok);

    // A dataset launched as a job and followed to its end, into the workspace.
    QVERIFY(f.openWorkspace());
    const qint64 datasetId = f.dataset(24, 25);
    JobLauncher launcher(f.session.get(), f.jobs.get(), f.datasets.get());
    QSignalSpy launched(&launcher, &JobLauncher::launched);
    QSignalSpy launchFailed(&launcher, &JobLauncher::failed);
    JobLauncher::Request request;
    request.profileId = profile.id;
    request.datasetId = datasetId;
    request.model = Model;
    request.suffix = QStringLiteral("support");
    launcher.start(request);
    QVERIFY(waitUntil([&] { return !launched.isEmpty() || !launchFailed.isEmpty(); }, 60000));
    QVERIFY(launchFailed.isEmpty());
    JobTracker tracker(f.session.get(), f.jobs.get());
    tracker.setPollOptions({50, 200});
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    tracker.followActiveJobs();
    QVERIFY(finished.wait(60000));
    const Job job = f.jobs->job(launched.first().first().toLongLong()).job;
    QVERIFY(!job.fineTunedModel.isEmpty());

    // Chat with the tuned model, plain and streamed.
    ProviderClient *client = f.client(profile.id);
    QVERIFY(client);
    ChatRequest chat;
    chat.model = job.fineTunedModel;
    chat.messages = {ChatMessage::user(QStringLiteral("How do I reset my password?"))};
    std::optional<ApiResult<ChatResult>> answer;
    client->chat(chat, [&](const ApiResult<ChatResult> &r) { answer = r; });
    QVERIFY(waitUntil([&] { return answer.has_value(); }));
    QVERIFY(answer->ok());
    answer.reset();
    QString streamed;
    client->chatStream(chat, {[&](const QString &text) { streamed += text; },
                              {},
                              [&](const ApiResult<ChatResult> &r) { answer = r; }});
    QVERIFY(waitUntil([&] { return answer.has_value(); }));
    QVERIFY(answer->ok());
    note(streamed);

    // Failing requests: a job that does not exist, and a server that echoes the key.
    std::optional<ApiResult<Job>> missing;
    client->getJob(QStringLiteral("ftjob-does-not-exist"),
                   [&](const ApiResult<Job> &r) { missing = r; });
    QVERIFY(waitUntil([&] { return missing.has_value(); }));
    QVERIFY(!missing->ok());
    noteError(missing->error);

    ProviderProfile echo = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    echo.name = QStringLiteral("Echoing server");
    echo.baseUrl = m_echo.baseUrl();
    echo.keyStorage = KeyStorage::Session;
    tester.testDraft(echo, Key);
    QVERIFY(tested.wait(20000));
    result = tested.takeFirst().first().value<ConnectionTester::Result>();
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidKey);
    note(result.message());
    noteError(result.error);
    f.profiles->save(echo);
    f.keys->write(echo.id, Key, KeyStorage::Session, [](const KeyStore::Result &) {});
    ProviderClient *echoClient = f.client(echo.id);
    QVERIFY(echoClient);
    answer.reset();
    chat.model = QStringLiteral("any");
    echoClient->chat(chat, [&](const ApiResult<ChatResult> &r) { answer = r; });
    QVERIFY(waitUntil([&] { return answer.has_value(); }, 60000));
    QCOMPARE(answer->error.kind, ApiError::Kind::ServerError);
    noteError(answer->error);
    answer.reset();
    echoClient->chatStream(chat, {{}, {}, [&](const ApiResult<ChatResult> &r) { answer = r; }});
    QVERIFY(waitUntil([&] { return answer.has_value(); }, 60000));
    QVERIFY(!answer->ok());
    noteError(answer->error);
    QVERIFY(m_echo.allTraffic().contains(Key.toUtf8())); // it did receive the key...

    // ...and the log saw every request, each to the address of its own profile.
    QVERIFY(m_log.entries().size() > 10);
    for (const RequestLog::Entry &entry : m_log.entries()) {
        const QUrl url(entry.url);
        QVERIFY2(url.port() == m_sandboxUrl.port() || url.port() == m_echo.baseUrl().port(),
                 qPrintable(entry.url));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        note(entry.operation + entry.verb + entry.url + entry.requestHeaders.join(u'\n') +
             entry.requestId + entry.outcome);
    }
    // The workspace is still open: its -wal is searched as it is now, before it is folded in.
    QVERIFY(QFile::exists(f.workspace->path() + QStringLiteral("-wal")));
    const QStringList hits = filesHolding(m_root, Key);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

Run TestSecrets::ajuste(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AJUSTE_API_KEY"), Key);
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(AJUSTE_BINARY_DIR "/app/ajuste"), arguments);
    Run run;
    // The event loop keeps running: the echoing server lives in this process.
    if (!waitUntil([&] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    note(run.output);
    return run;
}

void TestSecrets::theCommandLine()
{
    const QString training = m_root + QStringLiteral("/documents/train.jsonl");
    QDir().mkpath(QFileInfo(training).absolutePath());
    QFile file(training);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 12; ++i)
        file.write(QJsonDocument(Fixture::chat(i)).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    const QStringList at{QStringLiteral("--base-url"), m_sandboxUrl.toString(),
                         QStringLiteral("--provider"), QStringLiteral("openai")};
    const QString workspace = m_root + QStringLiteral("/documents/cli.ajuste");
    const Run imported =
        ajuste({QStringLiteral("import"), training, QStringLiteral("--workspace"), workspace});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.output));
    const Run exportedDataset =
        ajuste({QStringLiteral("export"), QStringLiteral("--workspace"), workspace,
                QStringLiteral("--dataset"), QStringLiteral("train"), QStringLiteral("--out"),
                m_root + QStringLiteral("/documents/exported.jsonl")});
    QVERIFY2(exportedDataset.exitCode == 0, qPrintable(exportedDataset.output));
    const Run start = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("start"), training,
                                         QStringLiteral("--model"), Model, QStringLiteral("--wait"),
                                         QStringLiteral("--workspace"), workspace} +
                             at);
    QVERIFY2(start.exitCode == 0, qPrintable(start.output));
    const Run list = ajuste(
        QStringList{QStringLiteral("job"), QStringLiteral("list"), QStringLiteral("--json")} + at);
    QCOMPARE(list.exitCode, 0);
    const QJsonArray jobs = QJsonDocument::fromJson(list.output.toUtf8()).array();
    QVERIFY(!jobs.isEmpty());
    const QString jobId = jobs.first().toObject().value(QStringLiteral("id")).toString();
    const QString metrics = m_root + QStringLiteral("/documents/metrics.csv");
    const Run exported = ajuste(QStringList{QStringLiteral("job"), QStringLiteral("metrics"), jobId,
                                            QStringLiteral("--out"), metrics} +
                                at);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.output));
    QVERIFY(QFile::exists(metrics));
    const Run refused = ajuste({QStringLiteral("job"), QStringLiteral("list"),
                                QStringLiteral("--base-url"), m_echo.baseUrl().toString(),
                                QStringLiteral("--provider"), QStringLiteral("openai")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY(!refused.output.isEmpty()); // it said why
}

void TestSecrets::aKeyKeptInAFileStaysInThatFile()
{
    // The user may choose, after a warning, to keep a key in a private file: then that file,
    // and only it, holds the key.
    const QString keyFile = m_root + QStringLiteral("/data/Ajuste/keys.json");
    KeyStore keys(KeyStore::Options{QStringLiteral("Ajuste"), keyFile, 8000});
    bool written = false;
    keys.write(QStringLiteral("profile-in-a-file"), FileKey, KeyStorage::File,
               [&](const KeyStore::Result &result) {
                   note(result.message);
                   written = result.status == KeyStore::Status::Ok;
               });
    QVERIFY(waitUntil([&] { return written; }));
    const QStringList hits = filesHolding(m_root, FileKey);
    QCOMPARE(hits, QStringList{keyFile});
}

void TestSecrets::nothingWrittenOrPrintedHoldsTheKey()
{
    // The Sandbox is asked to quit as Ajuste does (its input closes), so it saves its state.
    m_sandbox.closeWriteChannel();
    QVERIFY(m_sandbox.waitForFinished(10000));
    m_sandboxOutput += m_sandbox.readAll();
    QVERIFY(QDir(m_root + QStringLiteral("/sandbox-data")).exists());

    // The window's workspace is closed, as when Ajuste quits: the -wal is folded in.
    QVERIFY(m_fixture);
    const QString workspace = m_fixture->workspace->path();
    m_fixture->closeWorkspace();
    QVERIFY(QFile::exists(workspace));
    int scanned = 0;
    const QStringList hits = filesHolding(m_root, Key, &scanned);
    qInfo("Searched %d files Ajuste wrote for the key: %lld hits", scanned, qint64(hits.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    QVERIFY(scanned > 10); // settings, workspaces, exports, the Sandbox's files were there

    QVERIFY(!m_sandboxOutput.isEmpty()); // verbose: one line per request
    QVERIFY2(!m_sandboxOutput.contains(Key.toUtf8()), m_sandboxOutput.constData());
    for (const QString &text : std::as_const(m_texts))
        QVERIFY2(!text.contains(Key), qPrintable(text));
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(Key), qPrintable(message));
}

void TestSecrets::cleanupTestCase()
{
    m_fixture.reset();
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }
}

int main(int argc, char *argv[])
{
    // Every place Ajuste may write (settings, data, cache, documents, temporary files) is in
    // one folder, made before Qt reads any of these.
    QTemporaryDir root;
    if (!root.isValid())
        return 1;
    const QString path = QFileInfo(root.path()).canonicalFilePath();
    const QList<std::pair<const char *, const char *>> places{{"HOME", ""},
                                                              {"XDG_CONFIG_HOME", "/config"},
                                                              {"XDG_DATA_HOME", "/data"},
                                                              {"XDG_CACHE_HOME", "/cache"},
                                                              {"XDG_STATE_HOME", "/state"},
                                                              {"TMPDIR", "/tmp"}};
    for (const auto &[name, folder] : places) {
        const QString place = path + QLatin1String(folder);
        QDir().mkpath(place);
        qputenv(name, QFile::encodeName(place));
    }
    QCoreApplication app(argc, argv);
    TestSecrets test(path);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
