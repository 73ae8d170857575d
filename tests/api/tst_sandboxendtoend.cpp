// The OpenAI client against the real Sandbox program, end to end: upload a training file,
// start a job, follow its events (only new ones on each poll) until it succeeds, list its
// checkpoints, read the result metrics, then chat with the tuned model, plain and streamed.
// A second Sandbox with fault injection checks that its faults reach the user as plain words.
// The fine-tunable models come with OpenAI's shutdown dates, and an OpenAI-compatible profile
// with "this server can fine-tune" on launches and follows a job on the Sandbox at its address.
#include "waiter.h"

#include "api/client/jobpoller.h"
#include "api/client/providerfactory.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Starts ajuste-sandbox on a free port and returns its base URL (empty on failure).
QUrl startSandbox(QProcess &process, const QString &dataDir, const QStringList &extra = {})
{
    process.setProgram(QStringLiteral(AJUSTE_SANDBOX_BINARY));
    process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--speed"),
                                     QStringLiteral("1000"), QStringLiteral("--data-dir"), dataDir}
                         + extra);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    static const QRegularExpression url(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/v1)"));
    QByteArray out;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        const QRegularExpressionMatch match = url.match(QString::fromUtf8(out));
        if (match.hasMatch())
            return QUrl(match.captured(1));
        if (process.state() != QProcess::Running)
            break;
    }
    qWarning("sandbox did not start: %s %s", out.constData(), process.readAllStandardError().constData());
    return {};
}

void stopSandbox(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

QString writeTrainingFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("support.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QList<std::pair<const char *, const char *>> pairs = {
        {"How do I reset my password?", "Open Settings, choose Account, then Reset password."},
        {"Where can I see my invoices?", "Invoices are under Billing, in the History tab."},
        {"How do I change my email address?", "Go to Account and edit the Email field, then confirm."},
        {"Can I export my data?", "Yes: Settings, Privacy, Export data gives you a ZIP file."},
        {"How do I delete my account?", "Account, Danger zone, Delete account. It cannot be undone."},
        {"Is there a dark mode?", "Yes, choose Appearance and pick Dark."},
        {"How do I add a team member?", "Open Team, press Invite and type their email."},
        {"What payment methods do you accept?", "Cards and bank transfers, under Billing."},
        {"How do I contact support?", "Write to support from the Help menu; we answer within a day."},
        {"Can I use the app offline?", "Yes, your last synced documents stay available offline."},
        {"How do I turn off notifications?", "Settings, Notifications, then switch them off."},
        {"Where are my backups?", "Backups are listed under Settings, Backups."},
    };
    for (const auto &[question, answer] : pairs) {
        file.write(QByteArray(R"({"messages":[{"role":"system","content":"You are a helpful support agent."},{"role":"user","content":")")
                   + question + R"("},{"role":"assistant","content":")" + answer + "\"}]}\n");
    }
    return path;
}
} // namespace

class TestSandboxEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wholeFlow();
    void faultsReachTheUser();
    void listsTunableModelsWithShutdownDates();
    void compatibleServerWithFineTuning();

private:
    std::unique_ptr<ProviderClient> clientFor(const QUrl &url);

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_url;
};

std::unique_ptr<ProviderClient> TestSandboxEndToEnd::clientFor(const QUrl &url)
{
    ProviderProfile profile = ProviderProfile::sandbox();
    profile.baseUrl = url;
    return makeProviderClient(profile, {}, &m_network);
}

void TestSandboxEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_url = startSandbox(m_sandbox, m_dir.filePath(QStringLiteral("data")));
    QVERIFY2(m_url.isValid(), "ajuste-sandbox did not start");
}

void TestSandboxEndToEnd::cleanupTestCase()
{
    stopSandbox(m_sandbox);
}

void TestSandboxEndToEnd::wholeFlow()
{
    auto sandbox = clientFor(m_url);
    QVERIFY(sandbox->capabilities().canFineTune);

    Waiter<QList<ModelInfo>> models;
    sandbox->listModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY2(models.result->ok(), qPrintable(models.result->error.detailsText()));
    QVERIFY(!models.result->value.isEmpty());
    QString baseModel = models.result->value.first().id;
    for (const ModelInfo &model : models.result->value) {
        if (model.id.startsWith(QLatin1String("gpt-4o-mini")))
            baseModel = model.id;
    }

    Waiter<RemoteFile> uploaded;
    sandbox->uploadFile(writeTrainingFile(m_dir), uploaded.callback());
    QVERIFY(uploaded.wait());
    QVERIFY2(uploaded.result->ok(), qPrintable(uploaded.result->error.detailsText()));
    QVERIFY(!uploaded.result->value.id.isEmpty());

    FineTuneRequest request;
    request.model = baseModel;
    request.trainingFile = uploaded.result->value.id;
    request.suffix = QStringLiteral("support");
    Waiter<Job> created;
    sandbox->createJob(request, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.detailsText()));
    const QString jobId = created.result->value.id;

    // Poll like the job tracker will: the job, then only the events that are new.
    QString cursor;
    QSet<QString> seenEvents;
    QList<MetricPoint> livePoints;
    QSet<JobStatus> statuses;
    Job job = created.result->value;
    QDeadlineTimer deadline(120000);
    while (!job.isFinished() && !deadline.hasExpired()) {
        Waiter<EventPage> events;
        sandbox->listEvents(jobId, cursor, events.callback());
        QVERIFY(events.wait());
        QVERIFY2(events.result->ok(), qPrintable(events.result->error.detailsText()));
        for (const JobEvent &event : events.result->value.events) {
            QVERIFY2(!seenEvents.contains(event.id), qPrintable(QStringLiteral("event %1 came twice").arg(event.id)));
            seenEvents.insert(event.id);
            if (const auto point = event.metrics())
                livePoints.append(*point);
        }
        cursor = events.result->value.cursor;
        Waiter<Job> polled;
        sandbox->getJob(jobId, polled.callback());
        QVERIFY(polled.wait());
        QVERIFY(polled.result->ok());
        job = polled.result->value;
        statuses.insert(job.status);
        spinFor(150);
    }
    QCOMPARE(job.status, JobStatus::Succeeded);
    QVERIFY(job.fineTunedModel.startsWith(QLatin1String("ft:")));
    QVERIFY(!seenEvents.isEmpty());
    QVERIFY2(livePoints.size() >= 2, "the Sandbox should report metrics while training");
    QVERIFY(livePoints.first().step < livePoints.last().step);

    Waiter<EventPage> tail;
    sandbox->listEvents(jobId, cursor, tail.callback());
    QVERIFY(tail.wait());
    for (const JobEvent &event : tail.result->value.events)
        QVERIFY(!seenEvents.contains(event.id));

    Waiter<QList<Checkpoint>> checkpoints;
    sandbox->listCheckpoints(jobId, checkpoints.callback());
    QVERIFY(checkpoints.wait());
    QVERIFY2(checkpoints.result->ok(), qPrintable(checkpoints.result->error.detailsText()));
    QVERIFY(!checkpoints.result->value.isEmpty());
    QVERIFY(checkpoints.result->value.size() <= 3);
    QVERIFY(checkpoints.result->value.last().modelName.startsWith(QLatin1String("ft:")));

    Waiter<QList<MetricPoint>> metrics;
    sandbox->fetchMetrics(job, metrics.callback());
    QVERIFY(metrics.wait());
    QVERIFY2(metrics.result->ok(), qPrintable(metrics.result->error.detailsText()));
    QVERIFY(!metrics.result->value.isEmpty());
    QVERIFY(metrics.result->value.first().trainLoss);

    ChatRequest chat;
    chat.model = job.fineTunedModel;
    chat.messages = {ChatMessage::user(QStringLiteral("How do I reset my password?"))};
    Waiter<ChatResult> answer;
    sandbox->chat(chat, answer.callback());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result->ok(), qPrintable(answer.result->error.detailsText()));
    QVERIFY(!answer.result->value.content.isEmpty());

    QString streamed;
    Waiter<ChatResult> streamAnswer;
    sandbox->chatStream(chat, {[&streamed](const QString &text) { streamed += text; }, {}, streamAnswer.callback()});
    QVERIFY(streamAnswer.wait());
    QVERIFY2(streamAnswer.result->ok(), qPrintable(streamAnswer.result->error.detailsText()));
    QVERIFY(!streamed.isEmpty());
    QCOMPARE(streamAnswer.result->value.content, streamed);
    QVERIFY(streamAnswer.result->value.usage);
}

void TestSandboxEndToEnd::faultsReachTheUser()
{
    QProcess faulty;
    const QUrl url = startSandbox(faulty, m_dir.filePath(QStringLiteral("faulty")),
                                  {QStringLiteral("--cut-stream-after"), QStringLiteral("2")});
    QVERIFY(url.isValid());
    auto sandbox = clientFor(url);
    Waiter<QList<ModelInfo>> models;
    sandbox->listModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY(models.result->ok() && !models.result->value.isEmpty());
    ChatRequest chat;
    chat.model = models.result->value.first().id;
    chat.messages = {ChatMessage::user(QStringLiteral("Tell me a long story about the sea."))};
    Waiter<ChatResult> answer;
    sandbox->chatStream(chat, {{}, {}, answer.callback()});
    QVERIFY(answer.wait());
    QCOMPARE(answer.result->error.kind, ApiError::Kind::StreamCut);
    QVERIFY(!answer.result->error.userMessage.isEmpty());
    stopSandbox(faulty);
}

void TestSandboxEndToEnd::listsTunableModelsWithShutdownDates()
{
    auto sandbox = clientFor(m_url);
    Waiter<QList<TunableModel>> tunable;
    sandbox->listTunableModels(tunable.callback());
    QVERIFY(tunable.wait());
    QVERIFY2(tunable.result->ok(), qPrintable(tunable.result->error.detailsText()));
    QHash<QString, TunableModel> byId;
    for (const TunableModel &model : tunable.result->value)
        byId.insert(model.id, model);
    QVERIFY(byId.contains(QStringLiteral("gpt-4o-mini-2024-07-18")));
    QVERIFY(!byId.contains(QStringLiteral("gpt-4o-mini"))); // an alias, not a snapshot
    for (const TunableModel &model : tunable.result->value)
        QVERIFY2(!model.id.startsWith(QLatin1String("ft:")), qPrintable(model.id));
    const TunableModel mini = byId.value(QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(mini.shutdownDate, QDate(2027, 1, 14)); // GET /models' shutdown_date
    QVERIFY(mini.supports(FineTuneMethod::Dpo));
    const TunableModel turbo = byId.value(QStringLiteral("gpt-3.5-turbo-0125"));
    QCOMPARE(turbo.id, QStringLiteral("gpt-3.5-turbo-0125"));
    QVERIFY(!turbo.shutdownDate.isValid());
    QVERIFY(!turbo.supports(FineTuneMethod::Dpo));
    Waiter<TunableModel> one;
    sandbox->getTunableModel(QStringLiteral("gpt-4o-mini-2024-07-18"), one.callback());
    QVERIFY(one.wait());
    QCOMPARE(one.result->value, mini);
}

void TestSandboxEndToEnd::compatibleServerWithFineTuning()
{
    ProviderProfile chatOnly = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    chatOnly.baseUrl = m_url; // the Sandbox at an address typed by hand, like any server
    QVERIFY(!makeProviderClient(chatOnly, {}, &m_network)->capabilities().canFineTune);

    ProviderProfile profile = chatOnly;
    profile.name = QStringLiteral("My training server");
    profile.fineTuning = true;
    profile.tunableModels = {QStringLiteral("my-own-base-model")};
    QVERIFY(profile.canFineTune());
    auto server = makeProviderClient(profile, {}, &m_network);
    const ProviderCapabilities caps = server->capabilities();
    QVERIFY(caps.canFineTune);
    QVERIFY(caps.supportsPreference());
    QVERIFY(caps.canCancel);
    QVERIFY(caps.tunableModelsEditable);
    QVERIFY(!caps.newJobsUntil.isValid()); // OpenAI's wind-down is OpenAI's alone
    QCOMPARE(server->hyperparameters().size(), 4);

    Waiter<QList<TunableModel>> tunable;
    server->listTunableModels(tunable.callback());
    QVERIFY(tunable.wait());
    QVERIFY(tunable.result->ok());
    QStringList ids;
    for (const TunableModel &model : tunable.result->value)
        ids.append(model.id);
    QVERIFY(ids.contains(QStringLiteral("gpt-4o-mini"))); // what the server lists, aliases too
    QCOMPARE(tunable.result->value.last().id, QStringLiteral("my-own-base-model"));
    QVERIFY(tunable.result->value.last().addedByHand);

    Waiter<RemoteFile> uploaded;
    server->uploadFile(writeTrainingFile(m_dir), uploaded.callback());
    QVERIFY(uploaded.wait());
    QVERIFY2(uploaded.result->ok(), qPrintable(uploaded.result->error.detailsText()));
    FineTuneRequest request;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.trainingFile = uploaded.result->value.id;
    request.hyperparameters.set(Hyperparameters::Epochs, 2);
    Waiter<Job> created;
    server->createJob(request, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.detailsText()));

    JobPoller poller(server.get(), created.result->value.id, {}, {50, 200});
    QSignalSpy metrics(&poller, &JobPoller::metricsArrived);
    QSignalSpy checkpoints(&poller, &JobPoller::checkpointsUpdated);
    QSignalSpy finished(&poller, &JobPoller::finished);
    poller.start();
    QVERIFY(finished.wait(120000));
    const Job job = finished.first().first().value<Job>();
    QCOMPARE(job.status, JobStatus::Succeeded);
    QCOMPARE(job.hyperparameters.integer(Hyperparameters::Epochs), std::optional<int>(2));
    QVERIFY(!metrics.isEmpty());
    QVERIFY(!checkpoints.isEmpty());
    QVERIFY(!poller.checkpoints().isEmpty());
    QVERIFY(poller.checkpoints().last().modelName.startsWith(QLatin1String("ft:")));

    ChatRequest chat;
    chat.model = job.fineTunedModel;
    chat.messages = {ChatMessage::user(QStringLiteral("Where can I see my invoices?"))};
    Waiter<ChatResult> answer;
    server->chat(chat, answer.callback());
    QVERIFY(answer.wait());
    QVERIFY2(answer.result->ok(), qPrintable(answer.result->error.detailsText()));
    QCOMPARE(answer.result->value.content,
             QStringLiteral("[Sandbox] Invoices are under Billing, in the History tab."));
}

QTEST_GUILESS_MAIN(TestSandboxEndToEnd)
#include "tst_sandboxendtoend.moc"
