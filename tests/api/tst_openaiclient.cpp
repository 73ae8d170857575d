// OpenAiClient drives every operation against an in-process OpenAI look-alike (Qt HttpServer):
// models, files (multipart and the Uploads API in parts), jobs with pagination, incremental
// events, checkpoints, base64 result CSV, chat plain and streamed. Faults (a cut stream, an
// abort mid-stream, refusals) use the scripted raw server.
#include "testhttpserver.h"
#include "waiter.h"

#include "api/client/providerfactory.h"
#include "api/client/requestlog.h"
#include "api/openai/openaiclient.h"
#include "api/openai/openaijson.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using Reply = TestHttpServer::Reply;
using Kind = ApiError::Kind;
using Method = QHttpServerRequest::Method;

namespace {
const QString Key = QStringLiteral("sk-openai-TEST-key-000111");

QJsonObject jobJson(const QString &id, const QString &status = QStringLiteral("running"))
{
    return {{QStringLiteral("object"), QStringLiteral("fine_tuning.job")},
            {QStringLiteral("id"), id},
            {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), 1721764800},
            {QStringLiteral("result_files"), QJsonArray{QStringLiteral("file-result")}},
            {QStringLiteral("error"), QJsonValue::Null}};
}

QJsonObject fileJson(const QString &id, qint64 bytes = 10)
{
    return {{QStringLiteral("object"), QStringLiteral("file")}, {QStringLiteral("id"), id},
            {QStringLiteral("bytes"), bytes}, {QStringLiteral("created_at"), 1721764800},
            {QStringLiteral("filename"), QStringLiteral("train.jsonl")},
            {QStringLiteral("purpose"), QStringLiteral("fine-tune")}, {QStringLiteral("status"), QStringLiteral("processed")}};
}

// One page of `items` after the id given in ?after=, like OpenAI's cursor lists.
QJsonObject page(const QList<QJsonObject> &items, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const QString after = query.queryItemValue(QStringLiteral("after"));
    qsizetype start = 0;
    for (qsizetype i = 0; i < items.size() && !after.isEmpty(); ++i) {
        if (items.at(i).value(QLatin1String("id")).toString() == after)
            start = i + 1;
    }
    QJsonArray data;
    for (qsizetype i = start; i < items.size() && data.size() < limit; ++i)
        data.append(items.at(i));
    return {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), start + data.size() < items.size()}};
}
} // namespace

// The OpenAI look-alike: just enough state to check what the client sends and reads.
class FakeOpenAi
{
public:
    QHttpServer server;
    quint16 port = 0;
    QList<QJsonObject> jobs;
    QList<QJsonObject> events; // newest first, as OpenAI serves them
    QList<QByteArray> authorizations;
    QList<QByteArray> bodies;
    QStringList paths;
    QByteArray resultFile;
    int uploadParts = 0;
    QStringList completedPartIds;

    FakeOpenAi()
    {
        for (int i = 0; i < 250; ++i)
            jobs.append(jobJson(QStringLiteral("ftjob-%1").arg(i, 3, 10, QLatin1Char('0'))));
        server.afterRequest([this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
            authorizations.append(request.value("Authorization"));
            paths.append(request.url().path());
            response.setHeader("x-request-id", "req_fake");
            return std::move(response);
        });
        route();
        port = server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)); }

    void addEvent(const QJsonObject &event) { events.prepend(event); }

private:
    void route()
    {
        server.route(QStringLiteral("/v1/models"), Method::Get, [] {
            return QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                               {QStringLiteral("data"),
                                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gpt-4o-mini-2024-07-18")},
                                                       {QStringLiteral("object"), QStringLiteral("model")},
                                                       {QStringLiteral("created"), 1721172741},
                                                       {QStringLiteral("owned_by"), QStringLiteral("system")},
                                                       {QStringLiteral("shutdown_date"), QStringLiteral("2027-01-14")}},
                                           QJsonObject{{QStringLiteral("id"), QStringLiteral("ft:gpt-4o-mini:org::1")},
                                                       {QStringLiteral("object"), QStringLiteral("model")},
                                                       {QStringLiteral("created"), 1721172741},
                                                       {QStringLiteral("owned_by"), QStringLiteral("user-1")},
                                                       {QStringLiteral("shutdown_date"), QJsonValue::Null}}}}};
        });
        server.route(QStringLiteral("/v1/files"), Method::Post, [this](const QHttpServerRequest &request) {
            bodies.append(request.body());
            return fileJson(QStringLiteral("file-new"), request.body().size());
        });
        server.route(QStringLiteral("/v1/files"), Method::Get, [](const QHttpServerRequest &request) {
            QList<QJsonObject> files;
            for (int i = 0; i < 7; ++i)
                files.append(fileJson(QStringLiteral("file-%1").arg(i)));
            return page(files, request);
        });
        server.route(QStringLiteral("/v1/files/<arg>"), Method::Get, [](const QString &id) { return fileJson(id); });
        server.route(QStringLiteral("/v1/files/<arg>"), Method::Delete, [](const QString &id) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("object"), QStringLiteral("file")},
                               {QStringLiteral("deleted"), true}};
        });
        server.route(QStringLiteral("/v1/files/<arg>/content"), Method::Get, [this](const QString &) {
            return QHttpServerResponse("application/octet-stream", resultFile);
        });
        server.route(QStringLiteral("/v1/uploads"), Method::Post, [this](const QHttpServerRequest &request) {
            bodies.append(request.body());
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("upload_1")}, {QStringLiteral("object"), QStringLiteral("upload")},
                               {QStringLiteral("status"), QStringLiteral("pending")}};
        });
        server.route(QStringLiteral("/v1/uploads/<arg>/parts"), Method::Post, [this](const QString &, const QHttpServerRequest &request) {
            bodies.append(request.body());
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("part_%1").arg(uploadParts++)},
                               {QStringLiteral("object"), QStringLiteral("upload.part")}};
        });
        server.route(QStringLiteral("/v1/uploads/<arg>/complete"), Method::Post, [this](const QString &, const QHttpServerRequest &request) {
            const QJsonArray ids = QJsonDocument::fromJson(request.body()).object().value(QLatin1String("part_ids")).toArray();
            for (const QJsonValue &id : ids)
                completedPartIds.append(id.toString());
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("upload_1")}, {QStringLiteral("status"), QStringLiteral("completed")},
                               {QStringLiteral("file"), fileJson(QStringLiteral("file-big"))}};
        });
        server.route(QStringLiteral("/v1/fine_tuning/jobs"), Method::Post, [this](const QHttpServerRequest &request) {
            bodies.append(request.body());
            return jobJson(QStringLiteral("ftjob-new"), QStringLiteral("validating_files"));
        });
        server.route(QStringLiteral("/v1/fine_tuning/jobs"), Method::Get, [this](const QHttpServerRequest &request) {
            return page(jobs, request);
        });
        server.route(QStringLiteral("/v1/fine_tuning/jobs/<arg>"), Method::Get, [](const QString &id) { return jobJson(id); });
        for (const char *action : {"cancel", "pause", "resume"}) {
            const QString status = QString::fromLatin1(action) == QLatin1String("cancel") ? QStringLiteral("cancelled")
                                   : QString::fromLatin1(action) == QLatin1String("pause") ? QStringLiteral("paused")
                                                                                            : QStringLiteral("running");
            server.route(QStringLiteral("/v1/fine_tuning/jobs/<arg>/") + QString::fromLatin1(action), Method::Post,
                         [status](const QString &id) { return jobJson(id, status); });
        }
        server.route(QStringLiteral("/v1/fine_tuning/jobs/<arg>/events"), Method::Get,
                     [this](const QString &, const QHttpServerRequest &request) { return page(events, request); });
        server.route(QStringLiteral("/v1/fine_tuning/jobs/<arg>/checkpoints"), Method::Get, [](const QString &id, const QHttpServerRequest &request) {
            QList<QJsonObject> checkpoints;
            for (int step : {300, 200, 100})
                checkpoints.append({{QStringLiteral("id"), QStringLiteral("ftckpt_%1").arg(step)},
                                    {QStringLiteral("object"), QStringLiteral("fine_tuning.job.checkpoint")},
                                    {QStringLiteral("step_number"), step},
                                    {QStringLiteral("fine_tuning_job_id"), id},
                                    {QStringLiteral("fine_tuned_model_checkpoint"), QStringLiteral("ft:m:o::x:ckpt-step-%1").arg(step)},
                                    {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("train_loss"), 0.5}}}});
            return page(checkpoints, request);
        });
        server.route(QStringLiteral("/v1/chat/completions"), Method::Post, [this](const QHttpServerRequest &request) {
            bodies.append(request.body());
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                               {QStringLiteral("object"), QStringLiteral("chat.completion")},
                               {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                               {QStringLiteral("choices"), QJsonArray{QJsonObject{
                                   {QStringLiteral("index"), 0}, {QStringLiteral("finish_reason"), QStringLiteral("stop")},
                                   {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                           {QStringLiteral("content"), QStringLiteral("Hello!")}}}}}},
                               {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 5},
                                                                     {QStringLiteral("completion_tokens"), 2},
                                                                     {QStringLiteral("total_tokens"), 7}}}};
        });
    }
};

class TestOpenAiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsModelsWithShutdownDates();
    void sendsKeyAndAccountHeaders();
    void uploadsMultipartWithProgress();
    void uploadsLargeFileInParts();
    void reportsUnreadableFile();
    void abortingLargeUploadCancelsIt();
    void listsFilesAcrossPages();
    void getsDeletesAndDownloadsFiles();
    void createsJobWithMethod();
    void explainsFineTuningClosed();
    void listsAllJobsFollowingPages();
    void jobActions();
    void pollsOnlyNewEvents();
    void listsCheckpointsInStepOrder();
    void fetchesBase64ResultMetrics();
    void chats();
    void streamsChat();
    void reportsCutStream();
    void abortsMidStream();
    void chatWithUnknownModel();
    void rejectedUploadSaysFileRejected();
    void azureUsesApiKeyHeader();
    void sandboxSendsNoKey();
    void factoryDeclaresCapabilities();

private:
    std::unique_ptr<ProviderClient> client(const QUrl &base, ProviderKind kind = ProviderKind::OpenAI);

    QNetworkAccessManager *m_network = nullptr;
    FakeOpenAi *m_fake = nullptr;
    TestHttpServer *m_raw = nullptr;
    QTemporaryDir m_dir;
};

void TestOpenAiClient::init()
{
    m_network = new QNetworkAccessManager(this);
    m_fake = new FakeOpenAi;
    QVERIFY(m_fake->port != 0);
    m_raw = new TestHttpServer(this);
    QVERIFY(m_raw->listen());
}

void TestOpenAiClient::cleanup()
{
    delete m_fake;
    delete m_raw;
    delete m_network;
}

std::unique_ptr<ProviderClient> TestOpenAiClient::client(const QUrl &base, ProviderKind kind)
{
    ProviderProfile profile = ProviderProfile::makeNew(kind);
    profile.baseUrl = base;
    profile.organization = QStringLiteral("org-42");
    profile.project = QStringLiteral("proj_7");
    return makeProviderClient(profile, Key, m_network);
}

void TestOpenAiClient::listsModelsWithShutdownDates()
{
    auto openai = client(m_fake->baseUrl());
    Waiter<QList<ModelInfo>> models;
    openai->listModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY(models.result->ok());
    QCOMPARE(models.result->value.size(), 2);
    QCOMPARE(models.result->value.at(0).shutdownDate, QDate(2027, 1, 14));
    QVERIFY(!models.result->value.at(1).shutdownDate.isValid());
    QVERIFY(models.result->value.at(1).isFineTuned());
}

void TestOpenAiClient::sendsKeyAndAccountHeaders()
{
    auto openai = client(m_raw->baseUrl());
    m_raw->setHandler([](const TestHttpServer::Request &) { return Reply::json(R"({"object":"list","data":[]})"); });
    Waiter<QList<ModelInfo>> models;
    openai->listModels(models.callback());
    QVERIFY(models.wait());
    const TestHttpServer::Request &request = m_raw->requests().first();
    QCOMPARE(request.headers.value("authorization"), "Bearer " + Key.toUtf8());
    QCOMPARE(request.headers.value("openai-organization"), QByteArray("org-42"));
    QCOMPARE(request.headers.value("openai-project"), QByteArray("proj_7"));
}

void TestOpenAiClient::uploadsMultipartWithProgress()
{
    const QString path = m_dir.filePath(QStringLiteral("train.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray content = QByteArray(R"({"messages":[{"role":"user","content":"hi"}]})" "\n").repeated(2000);
    file.write(content);
    file.close();

    auto openai = client(m_fake->baseUrl());
    Waiter<RemoteFile> uploaded;
    qint64 lastProgress = 0;
    ApiCall *call = openai->uploadFile(path, uploaded.callback());
    connect(call, &ApiCall::progress, this, [&lastProgress](qint64 sent, qint64) { lastProgress = sent; });
    QVERIFY(uploaded.wait());
    QVERIFY2(uploaded.result->ok(), qPrintable(uploaded.result->error.detailsText()));
    QCOMPARE(uploaded.result->value.id, QStringLiteral("file-new"));
    const QByteArray body = m_fake->bodies.last();
    QVERIFY(body.contains("name=\"purpose\""));
    QVERIFY(body.contains("fine-tune"));
    QVERIFY(body.contains("name=\"file\"; filename=\"train.jsonl\""));
    QVERIFY(body.contains(content));
    QVERIFY(lastProgress >= content.size());
}

void TestOpenAiClient::uploadsLargeFileInParts()
{
    const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray content;
    for (int i = 0; i < 1000; ++i)
        content += "line " + QByteArray::number(i) + "\n";
    file.write(content);
    file.close();

    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.baseUrl = m_fake->baseUrl();
    OpenAiClient::Options options;
    options.largeUploadThreshold = 1000; // small numbers stand in for 512 MB and 64 MB
    options.partSize = 3000;
    OpenAiClient openai(m_network, endpointFor(profile, Key), options);
    Waiter<RemoteFile> uploaded;
    QList<qint64> progress;
    ApiCall *call = openai.uploadFile(path, uploaded.callback());
    connect(call, &ApiCall::progress, this, [&progress](qint64 sent, qint64) { progress.append(sent); });
    QVERIFY(uploaded.wait());
    QVERIFY2(uploaded.result->ok(), qPrintable(uploaded.result->error.detailsText()));
    QCOMPARE(uploaded.result->value.id, QStringLiteral("file-big"));
    const int parts = int((content.size() + 2999) / 3000);
    QCOMPARE(m_fake->uploadParts, parts);
    QCOMPARE(m_fake->completedPartIds.size(), parts);
    QCOMPARE(m_fake->completedPartIds.first(), QStringLiteral("part_0"));
    const QJsonObject create = QJsonDocument::fromJson(m_fake->bodies.first()).object();
    QCOMPARE(create.value(QLatin1String("bytes")).toInteger(), content.size());
    QCOMPARE(create.value(QLatin1String("purpose")).toString(), QStringLiteral("fine-tune"));
    // The parts carry the file's bytes in order, each at most partSize.
    QByteArray reassembled;
    for (qsizetype i = 1; i <= parts; ++i) {
        const QByteArray body = m_fake->bodies.at(i);
        QVERIFY(body.contains("name=\"data\""));
        const qsizetype start = body.indexOf("\r\n\r\n") + 4;
        const qsizetype end = body.lastIndexOf("\r\n--");
        reassembled += body.mid(start, end - start);
    }
    QCOMPARE(reassembled, content);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), content.size());
}

void TestOpenAiClient::abortingLargeUploadCancelsIt()
{
    const QString path = m_dir.filePath(QStringLiteral("abort.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(10000, 'x'));
    file.close();
    m_raw->setHandler([](const TestHttpServer::Request &request) {
        if (request.path.endsWith(QLatin1String("/parts"))) {
            Reply reply = Reply::json(R"({"id":"part_1","object":"upload.part"})");
            reply.delayMs = 5000; // slow enough to be aborted
            return reply;
        }
        return Reply::json(R"({"id":"upload_9","object":"upload","status":"pending"})");
    });
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.baseUrl = m_raw->baseUrl();
    OpenAiClient::Options options;
    options.largeUploadThreshold = 1000;
    options.partSize = 4000;
    OpenAiClient openai(m_network, endpointFor(profile, Key), options);
    Waiter<RemoteFile> uploaded;
    QPointer<ApiCall> call = openai.uploadFile(path, uploaded.callback());
    QTRY_COMPARE(m_raw->count(QStringLiteral("/v1/uploads/upload_9/parts")), 1);
    call->abort();
    QVERIFY(uploaded.wait());
    QCOMPARE(uploaded.result->error.kind, Kind::Cancelled);
    QCOMPARE(uploaded.calls, 1);
    // The abandoned upload is cancelled at the provider rather than left to expire.
    QTRY_COMPARE(m_raw->count(QStringLiteral("/v1/uploads/upload_9/cancel")), 1);
    QCOMPARE(m_raw->count(QStringLiteral("/v1/uploads/upload_9/complete")), 0);
}

void TestOpenAiClient::reportsUnreadableFile()
{
    auto openai = client(m_fake->baseUrl());
    Waiter<RemoteFile> uploaded;
    openai->uploadFile(m_dir.filePath(QStringLiteral("missing.jsonl")), uploaded.callback());
    QVERIFY(uploaded.wait());
    QCOMPARE(uploaded.result->error.kind, Kind::LocalFile);
    QVERIFY(m_fake->paths.isEmpty());
}

void TestOpenAiClient::listsFilesAcrossPages()
{
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    profile.baseUrl = m_fake->baseUrl();
    OpenAiClient::Options options;
    options.pageSize = 3;
    OpenAiClient openai(m_network, endpointFor(profile, Key), options);
    Waiter<QList<RemoteFile>> files;
    openai.listFiles(files.callback());
    QVERIFY(files.wait());
    QVERIFY(files.result->ok());
    QCOMPARE(files.result->value.size(), 7);
    QCOMPARE(files.result->value.last().id, QStringLiteral("file-6"));
    QCOMPARE(m_fake->paths.count(QStringLiteral("/v1/files")), 3);
}

void TestOpenAiClient::getsDeletesAndDownloadsFiles()
{
    auto openai = client(m_fake->baseUrl());
    Waiter<RemoteFile> got;
    openai->getFile(QStringLiteral("file-3"), got.callback());
    QVERIFY(got.wait());
    QCOMPARE(got.result->value.id, QStringLiteral("file-3"));
    QCOMPARE(got.result->value.filename, QStringLiteral("train.jsonl"));

    Waiter<bool> deleted;
    openai->deleteFile(QStringLiteral("file-3"), deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY(deleted.result->value);

    m_fake->resultFile = "raw bytes";
    Waiter<QByteArray> content;
    openai->downloadFile(QStringLiteral("file-3"), content.callback());
    QVERIFY(content.wait());
    QCOMPARE(content.result->value, QByteArray("raw bytes"));
}

void TestOpenAiClient::createsJobWithMethod()
{
    auto openai = client(m_fake->baseUrl());
    FineTuneRequest request;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.trainingFile = QStringLiteral("file-t");
    request.method = FineTuneMethod::Dpo;
    request.hyperparameters.set(Hyperparameters::Beta, 0.2);
    request.suffix = QStringLiteral("tone");
    Waiter<Job> created;
    openai->createJob(request, created.callback());
    QVERIFY(created.wait());
    QVERIFY(created.result->ok());
    QCOMPARE(created.result->value.id, QStringLiteral("ftjob-new"));
    QCOMPARE(created.result->value.status, JobStatus::ValidatingFiles);
    const QJsonObject body = QJsonDocument::fromJson(m_fake->bodies.last()).object();
    QCOMPARE(body, OpenAiJson::createBody(request));
}

void TestOpenAiClient::explainsFineTuningClosed()
{
    m_raw->setHandler([](const TestHttpServer::Request &) {
        return Reply::error(403, "This organization does not have access to fine-tuning.", {}, "invalid_request_error");
    });
    auto openai = client(m_raw->baseUrl());
    FineTuneRequest request;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.trainingFile = QStringLiteral("file-t");
    Waiter<Job> created;
    openai->createJob(request, created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created.result->error.kind, Kind::FineTuningClosed);
    // The plain-words refusal with the way forward (the wind-down's rule, another provider).
    QCOMPARE(created.result->error.userMessage, ApiError::messageFor(Kind::FineTuningClosed));
    QVERIFY(created.result->error.userMessage.contains(QStringLiteral("6 January 2027")));
    QVERIFY(created.result->error.userMessage.contains(QStringLiteral("Together AI")));
    QVERIFY(created.result->error.userMessage.contains(QStringLiteral("keep answering")));
    QCOMPARE(created.result->error.httpStatus, 403);
    QCOMPARE(m_raw->requests().size(), 1); // a refusal is not retried
}

void TestOpenAiClient::listsAllJobsFollowingPages()
{
    auto openai = client(m_fake->baseUrl());
    Waiter<QList<Job>> jobs;
    openai->listJobs(jobs.callback());
    QVERIFY(jobs.wait());
    QVERIFY(jobs.result->ok());
    QCOMPARE(jobs.result->value.size(), 250);
    QCOMPARE(jobs.result->value.last().id, QStringLiteral("ftjob-249"));
    QCOMPARE(m_fake->paths.count(QStringLiteral("/v1/fine_tuning/jobs")), 3); // 100 + 100 + 50
}

void TestOpenAiClient::jobActions()
{
    auto openai = client(m_fake->baseUrl());
    Waiter<Job> got, cancelled, paused, resumed;
    openai->getJob(QStringLiteral("ftjob-1"), got.callback());
    openai->cancelJob(QStringLiteral("ftjob-1"), cancelled.callback());
    openai->pauseJob(QStringLiteral("ftjob-1"), paused.callback());
    openai->resumeJob(QStringLiteral("ftjob-1"), resumed.callback());
    QVERIFY(got.wait() && cancelled.wait() && paused.wait() && resumed.wait());
    QCOMPARE(got.result->value.status, JobStatus::Running);
    QCOMPARE(cancelled.result->value.status, JobStatus::Cancelled);
    QCOMPARE(paused.result->value.status, JobStatus::Paused);
    QCOMPARE(resumed.result->value.status, JobStatus::Running);
    QVERIFY(m_fake->paths.contains(QStringLiteral("/v1/fine_tuning/jobs/ftjob-1/pause")));
}

void TestOpenAiClient::pollsOnlyNewEvents()
{
    auto event = [](int n) {
        return QJsonObject{{QStringLiteral("object"), QStringLiteral("fine_tuning.job.event")},
                           {QStringLiteral("id"), QStringLiteral("ev-%1").arg(n)},
                           {QStringLiteral("created_at"), 1721764800 + n},
                           {QStringLiteral("level"), QStringLiteral("info")},
                           {QStringLiteral("message"), QStringLiteral("Step %1/300").arg(n)},
                           {QStringLiteral("type"), QStringLiteral("metrics")},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("step"), n}, {QStringLiteral("train_loss"), 2.0 / n}}}};
    };
    for (int n = 1; n <= 150; ++n)
        m_fake->addEvent(event(n));
    auto openai = client(m_fake->baseUrl());

    Waiter<EventPage> first;
    openai->listEvents(QStringLiteral("ftjob-1"), {}, first.callback());
    QVERIFY(first.wait());
    QCOMPARE(first.result->value.events.size(), 150); // two pages, oldest first
    QCOMPARE(first.result->value.events.first().id, QStringLiteral("ev-1"));
    QCOMPARE(first.result->value.events.last().metrics()->step, 150);
    QCOMPARE(first.result->value.cursor, QStringLiteral("ev-150"));

    Waiter<EventPage> nothingNew;
    openai->listEvents(QStringLiteral("ftjob-1"), first.result->value.cursor, nothingNew.callback());
    QVERIFY(nothingNew.wait());
    QVERIFY(nothingNew.result->value.events.isEmpty());
    QCOMPARE(nothingNew.result->value.cursor, QStringLiteral("ev-150"));

    for (int n = 151; n <= 153; ++n)
        m_fake->addEvent(event(n));
    const int pagesBefore = int(m_fake->paths.size());
    Waiter<EventPage> next;
    openai->listEvents(QStringLiteral("ftjob-1"), nothingNew.result->value.cursor, next.callback());
    QVERIFY(next.wait());
    QCOMPARE(next.result->value.events.size(), 3);
    QCOMPARE(next.result->value.events.first().id, QStringLiteral("ev-151"));
    QCOMPARE(next.result->value.cursor, QStringLiteral("ev-153"));
    QCOMPARE(int(m_fake->paths.size()) - pagesBefore, 1); // one page was enough
}

void TestOpenAiClient::listsCheckpointsInStepOrder()
{
    auto openai = client(m_fake->baseUrl());
    Waiter<QList<Checkpoint>> checkpoints;
    openai->listCheckpoints(QStringLiteral("ftjob-1"), checkpoints.callback());
    QVERIFY(checkpoints.wait());
    QCOMPARE(checkpoints.result->value.size(), 3);
    QCOMPARE(checkpoints.result->value.first().stepNumber, 100);
    QCOMPARE(checkpoints.result->value.last().modelName, QStringLiteral("ft:m:o::x:ckpt-step-300"));
}

void TestOpenAiClient::fetchesBase64ResultMetrics()
{
    m_fake->resultFile = QByteArray("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n"
                                    "1,1.5,0.5,,\n2,1.2,0.6,1.4,0.55\n").toBase64();
    auto openai = client(m_fake->baseUrl());
    Waiter<QList<MetricPoint>> metrics;
    openai->fetchMetrics(OpenAiJson::job(jobJson(QStringLiteral("ftjob-1"), QStringLiteral("succeeded"))),
                         metrics.callback());
    QVERIFY(metrics.wait());
    QVERIFY(metrics.result->ok());
    QCOMPARE(metrics.result->value.size(), 2);
    QCOMPARE(metrics.result->value.last().validLoss, std::optional<double>(1.4));
    QVERIFY(m_fake->paths.contains(QStringLiteral("/v1/files/file-result/content")));
}

void TestOpenAiClient::chats()
{
    auto openai = client(m_fake->baseUrl());
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {ChatMessage::user(QStringLiteral("Hi"))};
    request.maxCompletionTokens = 20;
    Waiter<ChatResult> answer;
    openai->chat(request, answer.callback());
    QVERIFY(answer.wait());
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value.content, QStringLiteral("Hello!"));
    QCOMPARE(answer.result->value.usage->totalTokens, 7);
    const QJsonObject body = QJsonDocument::fromJson(m_fake->bodies.last()).object();
    QCOMPARE(body.value(QLatin1String("max_completion_tokens")).toInt(), 20); // OpenAI's current name
}

namespace {
QList<QByteArray> streamChunks()
{
    return {"data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Bo\"}}]}\n\n",
            "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"m d",
            "ia\"}}]}\n\ndata: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n",
            "data: {\"id\":\"c\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}\n\n",
            "data: [DONE]\n\n"};
}
} // namespace

void TestOpenAiClient::streamsChat()
{
    m_raw->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.contentType = "text/event-stream";
        reply.chunks = streamChunks();
        reply.chunkDelayMs = 20;
        return reply;
    });
    auto openai = client(m_raw->baseUrl());
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {ChatMessage::user(QStringLiteral("Olá"))};
    QStringList pieces;
    Waiter<ChatResult> answer;
    openai->chatStream(request, {[&pieces](const QString &text) { pieces.append(text); }, {}, answer.callback()});
    QVERIFY(answer.wait());
    QVERIFY2(answer.result->ok(), qPrintable(answer.result->error.detailsText()));
    QCOMPARE(pieces, (QStringList{QStringLiteral("Bo"), QStringLiteral("m dia")}));
    QCOMPARE(answer.result->value.content, QStringLiteral("Bom dia"));
    QCOMPARE(answer.result->value.usage->totalTokens, 5);
    const QJsonObject body = QJsonDocument::fromJson(m_raw->requests().first().body).object();
    QVERIFY(body.value(QLatin1String("stream")).toBool());
    QVERIFY(body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
    QCOMPARE(m_raw->requests().first().headers.value("accept"), QByteArray("text/event-stream"));
}

void TestOpenAiClient::reportsCutStream()
{
    m_raw->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.contentType = "text/event-stream";
        reply.chunks = streamChunks().mid(0, 2);
        reply.cutChunks = true; // the connection dies mid-answer
        return reply;
    });
    auto openai = client(m_raw->baseUrl());
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {ChatMessage::user(QStringLiteral("Olá"))};
    Waiter<ChatResult> answer;
    openai->chatStream(request, {{}, {}, answer.callback()});
    QVERIFY(answer.wait());
    QCOMPARE(answer.result->error.kind, Kind::StreamCut);
    QCOMPARE(answer.result->value.content, QStringLiteral("Bo")); // what arrived is kept
    QVERIFY(!answer.result->value.usage);
    QCOMPARE(m_raw->requests().size(), 1); // a chat that started answering is never resent
}

void TestOpenAiClient::abortsMidStream()
{
    m_raw->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.contentType = "text/event-stream";
        reply.chunks = streamChunks();
        reply.chunkDelayMs = 400;
        return reply;
    });
    auto openai = client(m_raw->baseUrl());
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {ChatMessage::user(QStringLiteral("Olá"))};
    Waiter<ChatResult> answer;
    QPointer<ApiCall> call;
    call = openai->chatStream(request, {[&call](const QString &) {
                                            if (call)
                                                call->abort(); // stop after the first piece
                                        },
                                        {}, answer.callback()});
    QVERIFY(answer.wait());
    QCOMPARE(answer.result->error.kind, Kind::Cancelled);
    QCOMPARE(answer.result->value.content, QStringLiteral("Bo"));
    QCOMPARE(answer.calls, 1);
}

void TestOpenAiClient::chatWithUnknownModel()
{
    m_raw->setHandler([](const TestHttpServer::Request &) {
        return Reply::error(404, "The model `gpt-9` does not exist", "model_not_found");
    });
    auto openai = client(m_raw->baseUrl());
    ChatRequest request;
    request.model = QStringLiteral("gpt-9");
    request.messages = {ChatMessage::user(QStringLiteral("Hi"))};
    Waiter<ChatResult> answer;
    openai->chat(request, answer.callback());
    QVERIFY(answer.wait());
    QCOMPARE(answer.result->error.kind, Kind::ModelNotFound);
    QCOMPARE(answer.result->error.details, QStringLiteral("The model `gpt-9` does not exist"));
}

void TestOpenAiClient::rejectedUploadSaysFileRejected()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json\n");
    file.close();
    m_raw->setHandler([](const TestHttpServer::Request &) {
        return Reply::error(400, "Invalid file format for Fine-Tuning API. Must be .jsonl", "invalid_file_format");
    });
    auto openai = client(m_raw->baseUrl());
    Waiter<RemoteFile> uploaded;
    openai->uploadFile(path, uploaded.callback());
    QVERIFY(uploaded.wait());
    QCOMPARE(uploaded.result->error.kind, Kind::FileRejected);
    QVERIFY(uploaded.result->error.details.contains(QStringLiteral("Must be .jsonl")));
}

void TestOpenAiClient::azureUsesApiKeyHeader()
{
    m_raw->setHandler([](const TestHttpServer::Request &) { return Reply::json(R"({"object":"list","data":[]})"); });
    auto azure = client(m_raw->baseUrl(), ProviderKind::AzureOpenAI);
    Waiter<QList<ModelInfo>> models;
    azure->listModels(models.callback());
    QVERIFY(models.wait());
    const TestHttpServer::Request &request = m_raw->requests().first();
    QCOMPARE(request.headers.value("api-key"), Key.toUtf8());
    QVERIFY(!request.headers.contains("authorization"));
    QVERIFY(!request.headers.contains("openai-organization"));
    QVERIFY(azure->capabilities().chatUsesDeployments);
}

void TestOpenAiClient::sandboxSendsNoKey()
{
    m_raw->setHandler([](const TestHttpServer::Request &) { return Reply::json(R"({"object":"list","data":[]})"); });
    auto sandbox = client(m_raw->baseUrl(), ProviderKind::Sandbox);
    Waiter<QList<ModelInfo>> models;
    sandbox->listModels(models.callback());
    QVERIFY(models.wait());
    QVERIFY(!m_raw->requests().first().headers.contains("authorization"));
    QVERIFY(!m_raw->allTraffic().contains(Key.toUtf8()));
}

void TestOpenAiClient::factoryDeclaresCapabilities()
{
    const QUrl url = m_raw->baseUrl();
    const ProviderCapabilities openai = client(url, ProviderKind::OpenAI)->capabilities();
    QVERIFY(openai.canFineTune && openai.canPause && openai.hasCheckpoints && !openai.hasPriceEstimate);
    QVERIFY(openai.supports(FineTuneMethod::Dpo));
    const ProviderCapabilities together = client(url, ProviderKind::Together)->capabilities();
    QVERIFY(together.canFineTune && !together.canPause && together.hasPriceEstimate);
    const ProviderCapabilities local = client(url, ProviderKind::OpenAICompatible)->capabilities();
    QVERIFY(local.canChat && !local.canFineTune && !local.canManageFiles);
    QVERIFY(client(url, ProviderKind::Sandbox)->capabilities().canFineTune);

    // What a client cannot do answers Unsupported, asynchronously.
    auto compatible = client(url, ProviderKind::OpenAICompatible);
    Waiter<QList<Job>> jobs;
    compatible->listJobs(jobs.callback());
    QCOMPARE(jobs.calls, 0);
    QVERIFY(jobs.wait());
    QCOMPARE(jobs.result->error.kind, Kind::Unsupported);
}

QTEST_GUILESS_MAIN(TestOpenAiClient)
#include "tst_openaiclient.moc"
