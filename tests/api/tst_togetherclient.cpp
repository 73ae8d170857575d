// TogetherClient speaks Together's own fine-tuning API (paths and fields from
// together-openapi.yaml) and maps it onto Ajuste's job types.
#include "testhttpserver.h"
#include "waiter.h"

#include "api/client/providerfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using Reply = TestHttpServer::Reply;

namespace {
const QString Key = QStringLiteral("tgp-TEST-key-123456");

QByteArray jobJson(const char *status)
{
    return QByteArray(R"({"id":"ft-1","status":")") + status + R"(","model":"meta-llama/Llama-3.2-3B-Instruct",
        "model_output_name":"me/Llama-3.2-3B-Instruct-support","created_at":"2026-11-20T10:00:00Z",
        "updated_at":"2026-11-20T11:00:00Z","training_file":"file-t","n_epochs":3,"batch_size":8,
        "learning_rate":0.00002,"token_count":1234,"training_method":{"method":"sft","train_on_inputs":false},
        "events":[{"object":"fine-tune-event","created_at":"2026-11-20T10:59:00Z","level":"error",
        "message":"Out of memory","type":"job_error"}]})";
}
} // namespace

class TestTogetherClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsModelsFromBareArray();
    void uploadsWithTogetherFields();
    void createsJobWithTogetherFields();
    void mapsStatuses_data();
    void mapsStatuses();
    void readsJobDetails();
    void pollsOnlyNewEvents();
    void estimatesPrice();
    void readsMetricsAndCheckpoints();
    void chatUsesMaxTokensWithoutStreamOptions();
    void cannotPause();

private:
    std::unique_ptr<ProviderClient> client();

    QNetworkAccessManager *m_network = nullptr;
    TestHttpServer *m_server = nullptr;
};

void TestTogetherClient::init()
{
    m_network = new QNetworkAccessManager(this);
    m_server = new TestHttpServer(this);
    QVERIFY(m_server->listen());
}

void TestTogetherClient::cleanup()
{
    delete m_server;
    delete m_network;
}

std::unique_ptr<ProviderClient> TestTogetherClient::client()
{
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::Together);
    profile.baseUrl = m_server->baseUrl();
    return makeProviderClient(profile, Key, m_network);
}

void TestTogetherClient::listsModelsFromBareArray()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        return Reply::json(R"([{"id":"meta-llama/Llama-3.2-3B-Instruct","object":"model","created":1,"type":"chat",
            "display_name":"Llama 3.2 3B","organization":"Meta"}])");
    });
    auto together = client();
    Waiter<QList<ModelInfo>> models;
    together->listModels(models.callback());
    QVERIFY(models.wait());
    QCOMPARE(models.result->value.size(), 1);
    QCOMPARE(models.result->value.first().displayName, QStringLiteral("Llama 3.2 3B"));
    QCOMPARE(models.result->value.first().ownedBy, QStringLiteral("Meta"));
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "Bearer " + Key.toUtf8());
}

void TestTogetherClient::uploadsWithTogetherFields()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("train.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"messages\":[]}\n");
    file.close();
    m_server->setHandler([](const TestHttpServer::Request &) {
        return Reply::json(R"({"id":"file-9","object":"file","created_at":1,"filename":"train.jsonl","bytes":16,
            "purpose":"fine-tune","Processed":true,"FileType":"jsonl"})");
    });
    auto together = client();
    Waiter<RemoteFile> uploaded;
    together->uploadFile(path, uploaded.callback());
    QVERIFY(uploaded.wait());
    QVERIFY(uploaded.result->ok());
    QCOMPARE(uploaded.result->value.id, QStringLiteral("file-9"));
    QCOMPARE(uploaded.result->value.status, QStringLiteral("processed"));
    const TestHttpServer::Request &request = m_server->requests().first();
    QCOMPARE(request.path, QStringLiteral("/v1/files/upload"));
    QVERIFY(request.body.contains("name=\"file_name\"\r\n\r\ntrain.jsonl"));
    QVERIFY(request.body.contains("name=\"purpose\"\r\n\r\nfine-tune"));
    QVERIFY(request.body.contains("{\"messages\":[]}"));
}

void TestTogetherClient::createsJobWithTogetherFields()
{
    m_server->setHandler([](const TestHttpServer::Request &) { return Reply::json(jobJson("pending")); });
    auto together = client();
    FineTuneRequest request;
    request.model = QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    request.trainingFile = QStringLiteral("file-t");
    request.validationFile = QStringLiteral("file-v");
    request.hyperparameters.set(Hyperparameters::Epochs, 3);
    request.hyperparameters.set(Hyperparameters::LearningRate, 2e-5); // Together's own, absolute
    request.suffix = QStringLiteral("support");
    request.seed = 5;
    Waiter<Job> created;
    together->createJob(request, created.callback());
    QVERIFY(created.wait());
    QVERIFY(created.result->ok());
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/fine-tunes"));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value(QLatin1String("training_file")).toString(), QStringLiteral("file-t"));
    QCOMPARE(body.value(QLatin1String("validation_file")).toString(), QStringLiteral("file-v"));
    QCOMPARE(body.value(QLatin1String("n_epochs")).toInt(), 3);
    QCOMPARE(body.value(QLatin1String("learning_rate")).toDouble(), 2e-5);
    QCOMPARE(body.value(QLatin1String("random_seed")).toInt(), 5);
    QVERIFY(body.value(QLatin1String("n_evals")).toInt() > 0); // a validation file is only used with evals
    QCOMPARE(body.value(QLatin1String("training_method")).toObject().value(QLatin1String("method")).toString(), QStringLiteral("sft"));
    QVERIFY(!body.contains(QLatin1String("method"))); // OpenAI's field, not Together's

    request.method = FineTuneMethod::Dpo;
    request.hyperparameters.set(Hyperparameters::Beta, 0.3);
    Waiter<Job> dpo;
    together->createJob(request, dpo.callback());
    QVERIFY(dpo.wait());
    const QJsonObject method = QJsonDocument::fromJson(m_server->requests().last().body).object()
                                   .value(QLatin1String("training_method")).toObject();
    QCOMPARE(method.value(QLatin1String("method")).toString(), QStringLiteral("dpo"));
    QCOMPARE(method.value(QLatin1String("dpo_beta")).toDouble(), 0.3);
}

void TestTogetherClient::mapsStatuses_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<int>("expected");
    QTest::newRow("pending") << QByteArray("pending") << int(JobStatus::Queued);
    QTest::newRow("queued") << QByteArray("queued") << int(JobStatus::Queued);
    QTest::newRow("running") << QByteArray("running") << int(JobStatus::Running);
    QTest::newRow("compressing") << QByteArray("compressing") << int(JobStatus::Running);
    QTest::newRow("uploading") << QByteArray("uploading") << int(JobStatus::Running);
    QTest::newRow("cancel_requested") << QByteArray("cancel_requested") << int(JobStatus::Running);
    QTest::newRow("cancelled") << QByteArray("cancelled") << int(JobStatus::Cancelled);
    QTest::newRow("error") << QByteArray("error") << int(JobStatus::Failed);
    QTest::newRow("completed") << QByteArray("completed") << int(JobStatus::Succeeded);
    QTest::newRow("new word") << QByteArray("thawing") << int(JobStatus::Unknown);
}

void TestTogetherClient::mapsStatuses()
{
    QFETCH(QByteArray, status);
    QFETCH(int, expected);
    m_server->setHandler([&](const TestHttpServer::Request &) { return Reply::json(jobJson(status.constData())); });
    auto together = client();
    Waiter<Job> job;
    together->getJob(QStringLiteral("ft-1"), job.callback());
    QVERIFY(job.wait());
    QCOMPARE(int(job.result->value.status), expected);
    QCOMPARE(job.result->value.statusText, QString::fromLatin1(status));
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/fine-tunes/ft-1"));
}

void TestTogetherClient::readsJobDetails()
{
    m_server->setHandler([](const TestHttpServer::Request &) { return Reply::json(jobJson("error")); });
    auto together = client();
    Waiter<Job> job;
    together->getJob(QStringLiteral("ft-1"), job.callback());
    QVERIFY(job.wait());
    const Job &value = job.result->value;
    QCOMPARE(value.createdAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    QCOMPARE(value.hyperparameters.integer(Hyperparameters::Epochs), std::optional<int>(3));
    // Together's learning rate as it reported it: never turned into OpenAI's multiplier.
    QCOMPARE(value.hyperparameters.number(Hyperparameters::LearningRate), std::optional<double>(2e-5));
    QVERIFY(!value.hyperparameters.contains(Hyperparameters::LearningRateMultiplier));
    QCOMPARE(value.trainedTokens, std::optional<qint64>(1234));
    QCOMPARE(value.error.message, QStringLiteral("Out of memory"));
    QVERIFY(value.fineTunedModel.isEmpty()); // not usable: the job failed

    m_server->setHandler([](const TestHttpServer::Request &) { return Reply::json(jobJson("completed")); });
    Waiter<Job> done;
    together->getJob(QStringLiteral("ft-1"), done.callback());
    QVERIFY(done.wait());
    QCOMPARE(done.result->value.fineTunedModel, QStringLiteral("me/Llama-3.2-3B-Instruct-support"));
}

void TestTogetherClient::pollsOnlyNewEvents()
{
    QByteArray events = R"({"data":[
        {"object":"fine-tune-event","created_at":"2026-11-20T10:00:00Z","message":"Job started","type":"job_start","hash":"h1","level":"info"},
        {"object":"fine-tune-event","created_at":"2026-11-20T10:01:00Z","message":"Epoch 1 done","type":"epoch_complete","hash":"h2","level":"info"}]})";
    m_server->setHandler([&events](const TestHttpServer::Request &) { return Reply::json(events); });
    auto together = client();
    Waiter<EventPage> first;
    together->listEvents(QStringLiteral("ft-1"), {}, first.callback());
    QVERIFY(first.wait());
    QCOMPARE(first.result->value.events.size(), 2);
    QCOMPARE(first.result->value.cursor, QStringLiteral("h2"));
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/fine-tunes/ft-1/events"));

    events.replace("]}", R"(,{"object":"fine-tune-event","created_at":"2026-11-20T10:02:00Z","message":"Warning: slow","type":"warning","hash":"h3","level":"warning"}]})");
    Waiter<EventPage> next;
    together->listEvents(QStringLiteral("ft-1"), first.result->value.cursor, next.callback());
    QVERIFY(next.wait());
    QCOMPARE(next.result->value.events.size(), 1);
    QCOMPARE(next.result->value.events.first().message, QStringLiteral("Warning: slow"));
    QCOMPARE(next.result->value.events.first().level, JobEvent::Level::Warning);
}

void TestTogetherClient::estimatesPrice()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        return Reply::json(R"({"estimated_total_price":4.5,"allowed_to_proceed":true,"user_limit":100,
            "estimated_train_token_count":150000,"estimated_eval_token_count":0})");
    });
    auto together = client();
    FineTuneRequest request;
    request.model = QStringLiteral("m");
    request.trainingFile = QStringLiteral("file-t");
    Waiter<PriceEstimate> estimate;
    together->estimatePrice(request, estimate.callback());
    QVERIFY(estimate.wait());
    QCOMPARE(estimate.result->value.totalPrice, 4.5);
    QCOMPARE(estimate.result->value.trainTokens, 150000);
    QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/fine-tunes/estimate-price"));
}

void TestTogetherClient::readsMetricsAndCheckpoints()
{
    m_server->setHandler([](const TestHttpServer::Request &request) {
        if (request.path.endsWith(QLatin1String("/metrics")))
            return Reply::json(R"({"metrics":[{"global_step":1,"loss":2.0},{"global_step":2,"loss":1.5,"eval_loss":1.7}]})");
        return Reply::json(R"({"data":[{"step":20,"path":"s3://ckpt/20","created_at":"2026-11-20T10:30:00Z","checkpoint_type":"intermediate"}]})");
    });
    auto together = client();
    Waiter<QList<MetricPoint>> metrics;
    Job job;
    job.id = QStringLiteral("ft-1");
    together->fetchMetrics(job, metrics.callback());
    QVERIFY(metrics.wait());
    QCOMPARE(metrics.result->value.size(), 2);
    QCOMPARE(metrics.result->value.last().trainLoss, std::optional<double>(1.5));
    QCOMPARE(metrics.result->value.last().validLoss, std::optional<double>(1.7));
    Waiter<QList<Checkpoint>> checkpoints;
    together->listCheckpoints(QStringLiteral("ft-1"), checkpoints.callback());
    QVERIFY(checkpoints.wait());
    QCOMPARE(checkpoints.result->value.first().stepNumber, 20);
    QVERIFY(checkpoints.result->value.first().modelName.isEmpty());
}

void TestTogetherClient::chatUsesMaxTokensWithoutStreamOptions()
{
    m_server->setHandler([](const TestHttpServer::Request &) {
        Reply reply;
        reply.contentType = "text/event-stream";
        reply.chunks = {"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Oi\"}}]}\n\n", "data: [DONE]\n\n"};
        return reply;
    });
    auto together = client();
    ChatRequest request;
    request.model = QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    request.messages = {ChatMessage::user(QStringLiteral("Olá"))};
    request.maxCompletionTokens = 64;
    Waiter<ChatResult> answer;
    together->chatStream(request, {{}, {}, answer.callback()});
    QVERIFY(answer.wait());
    QVERIFY(answer.result->ok());
    QCOMPARE(answer.result->value.content, QStringLiteral("Oi"));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
    QVERIFY(!body.contains(QLatin1String("max_completion_tokens")));
    QVERIFY(!body.contains(QLatin1String("stream_options")));
}

void TestTogetherClient::cannotPause()
{
    auto together = client();
    QVERIFY(!together->capabilities().canPause);
    Waiter<Job> paused;
    together->pauseJob(QStringLiteral("ft-1"), paused.callback());
    QVERIFY(paused.wait());
    QCOMPARE(paused.result->error.kind, ApiError::Kind::Unsupported);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestTogetherClient)
#include "tst_togetherclient.moc"
