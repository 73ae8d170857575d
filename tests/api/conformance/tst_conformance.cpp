// Drives every operation of one provider's client against Prism mocking that provider's
// OpenAPI description (see run_conformance.sh): a request Prism rejects as not matching the
// spec (422, or 404/405 for a path or method the spec does not have) fails the test.
// Environment: CONFORMANCE_PROVIDER=openai|together, CONFORMANCE_BASE_URL=http://127.0.0.1:PORT
#include "waiter.h"

#include "api/client/providerfactory.h"
#include "api/client/requestlog.h"
#include "api/openai/openaiclient.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

class TestConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listModels();
    void uploadFile();
    void uploadLargeFileInParts();
    void listFiles();
    void getFile();
    void deleteFile();
    void downloadFile();
    void createSupervisedJob();
    void createDpoJob();
    void createJobWithEveryProviderSetting();
    void listTunableModels();
    void getTunableModel();
    void listMetricsFromAStep();
    void listJobs();
    void getJob();
    void cancelJob();
    void pauseJob();
    void resumeJob();
    void listEvents();
    void listCheckpoints();
    void fetchMetrics();
    void estimatePrice();
    void chat();
    void chatStream();
    void cleanupTestCase();

private:
    template<typename T>
    void expectAccepted(const Waiter<T> &waiter);
    bool isOpenAi() const { return m_provider == QLatin1String("openai"); }
    FineTuneRequest jobRequest(FineTuneMethod method) const;
    ChatRequest chatRequest() const;

    QString m_provider;
    QNetworkAccessManager m_network;
    RequestLog m_log{2000};
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<OpenAiClient> m_smallPartsClient;
    QTemporaryDir m_dir;
    QString m_trainingFile;
    QStringList m_rejections;
};

void TestConformance::initTestCase()
{
    m_provider = qEnvironmentVariable("CONFORMANCE_PROVIDER");
    const QUrl base(qEnvironmentVariable("CONFORMANCE_BASE_URL"));
    if (m_provider.isEmpty() || !base.isValid())
        QSKIP("Run through run_conformance.sh, which starts Prism.");
    ProviderProfile profile = ProviderProfile::makeNew(isOpenAi() ? ProviderKind::OpenAI : ProviderKind::Together);
    profile.baseUrl = base;
    profile.organization = isOpenAi() ? QStringLiteral("org-conformance") : QString();
    profile.project = isOpenAi() ? QStringLiteral("proj_conformance") : QString();
    const QString key = QStringLiteral("sk-conformance-test-key");
    m_client = makeProviderClient(profile, key, &m_network);
    m_client->setRequestLog(&m_log);
    RetryPolicy noRetries;
    noRetries.baseDelay = std::chrono::milliseconds(1);
    m_client->setRetryPolicy(noRetries);
    OpenAiClient::Options options;
    options.largeUploadThreshold = 100;
    options.partSize = 64;
    m_smallPartsClient = std::make_unique<OpenAiClient>(&m_network, endpointFor(profile, key), options);
    m_smallPartsClient->setRequestLog(&m_log);

    m_trainingFile = m_dir.filePath(QStringLiteral("train.jsonl"));
    QFile file(m_trainingFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 10; ++i)
        file.write(R"({"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}]})" "\n");
}

template<typename T>
void TestConformance::expectAccepted(const Waiter<T> &waiter)
{
    QVERIFY2(waiter.result, "no answer from Prism");
    const ApiError &error = waiter.result->error;
    const int status = error.httpStatus;
    QVERIFY2(status != 422 && status != 404 && status != 405 && status != 400,
             qPrintable(QStringLiteral("Prism rejected the request (HTTP %1): %2").arg(status).arg(error.details)));
    QVERIFY2(error.kind != ApiError::Kind::NetworkDown && error.kind != ApiError::Kind::Timeout,
             qPrintable(error.detailsText()));
}

FineTuneRequest TestConformance::jobRequest(FineTuneMethod method) const
{
    FineTuneRequest request;
    request.model = isOpenAi() ? QStringLiteral("gpt-4o-mini-2024-07-18") : QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    request.trainingFile = QStringLiteral("file-abc123");
    request.validationFile = QStringLiteral("file-def456");
    request.method = method;
    request.suffix = QStringLiteral("conformance");
    request.seed = 42;
    request.hyperparameters.set(Hyperparameters::Epochs, 3);
    if (isOpenAi())
        request.hyperparameters.set(Hyperparameters::LearningRateMultiplier, 1.5);
    else
        request.hyperparameters.set(Hyperparameters::LearningRate, 1.5e-5);
    request.hyperparameters.set(Hyperparameters::BatchSize, 8);
    if (method == FineTuneMethod::Dpo)
        request.hyperparameters.set(Hyperparameters::Beta, 0.1);
    request.metadata.insert(QStringLiteral("app"), QStringLiteral("ajuste"));
    return request;
}

ChatRequest TestConformance::chatRequest() const
{
    ChatRequest request;
    request.model = isOpenAi() ? QStringLiteral("gpt-4o-mini") : QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    request.messages = {ChatMessage::system(QStringLiteral("Be brief.")), ChatMessage::user(QStringLiteral("Hi"))};
    request.temperature = 0.7;
    request.topP = 1;
    request.maxCompletionTokens = 64;
    request.stop = {QStringLiteral("END")};
    request.seed = 1;
    return request;
}

void TestConformance::listModels()
{
    Waiter<QList<ModelInfo>> waiter;
    m_client->listModels(waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
    QVERIFY(waiter.result->ok());
}

void TestConformance::uploadFile()
{
    Waiter<RemoteFile> waiter;
    m_client->uploadFile(m_trainingFile, waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.detailsText()));
}

void TestConformance::uploadLargeFileInParts()
{
    if (!isOpenAi())
        QSKIP("Together has no Uploads API.");
    Waiter<RemoteFile> waiter;
    m_smallPartsClient->uploadFile(m_trainingFile, waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter); // Prism's example upload has no finished file; only the requests count
}

void TestConformance::listFiles()
{
    Waiter<QList<RemoteFile>> waiter;
    m_client->listFiles(waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::getFile()
{
    Waiter<RemoteFile> waiter;
    m_client->getFile(QStringLiteral("file-abc123"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::deleteFile()
{
    Waiter<bool> waiter;
    m_client->deleteFile(QStringLiteral("file-abc123"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::downloadFile()
{
    Waiter<QByteArray> waiter;
    m_client->downloadFile(QStringLiteral("file-abc123"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::createSupervisedJob()
{
    Waiter<Job> waiter;
    m_client->createJob(jobRequest(FineTuneMethod::Supervised), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.detailsText()));
}

void TestConformance::createDpoJob()
{
    Waiter<Job> waiter;
    m_client->createJob(jobRequest(FineTuneMethod::Dpo), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::createJobWithEveryProviderSetting()
{
    // Each setting the provider declares, with a value of its own, must make a body the spec
    // accepts (Together: LoRA size and strength, checkpoints, evaluations, warm-up, inputs).
    for (FineTuneMethod method : {FineTuneMethod::Supervised, FineTuneMethod::Dpo}) {
        FineTuneRequest request = jobRequest(method);
        request.hyperparameters = {};
        for (const HyperparameterSpec &spec : m_client->hyperparameters()) {
            if (!spec.appliesTo(method))
                continue;
            QVariant value;
            switch (spec.kind) {
            case HyperparameterSpec::Kind::Integer:
                value = spec.minimum.isNull() ? 2 : qMax(spec.minimum.toInt() + 1, 2);
                break;
            case HyperparameterSpec::Kind::Number:
                value = spec.logarithmic ? 2e-5 : 0.1;
                break;
            case HyperparameterSpec::Kind::Boolean:
                value = true;
                break;
            case HyperparameterSpec::Kind::Choice:
                value = spec.defaultValue.isNull() ? spec.choices.first().value : spec.defaultValue.toString();
                break;
            }
            if (spec.key == Hyperparameters::LearningRateMultiplier)
                value = 1.5;
            request.hyperparameters.values.insert(spec.key, value);
        }
        QVERIFY(!request.hyperparameters.isAuto());
        Waiter<Job> waiter;
        m_client->createJob(request, waiter.callback());
        QVERIFY(waiter.wait());
        expectAccepted(waiter);
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.userMessage + waiter.result->error.detailsText()));
    }
}

void TestConformance::listTunableModels()
{
    Waiter<QList<TunableModel>> waiter;
    m_client->listTunableModels(waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.detailsText()));
}

void TestConformance::getTunableModel()
{
    Waiter<TunableModel> waiter;
    m_client->getTunableModel(isOpenAi() ? QStringLiteral("gpt-4o-mini-2024-07-18")
                                         : QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"),
                              waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.detailsText()));
}

void TestConformance::listMetricsFromAStep()
{
    Waiter<QList<MetricPoint>> waiter;
    m_client->listMetrics(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), 7, waiter.callback());
    QVERIFY(waiter.wait());
    if (!m_client->capabilities().metricsEndpoint) {
        // OpenAI's metrics come with its events: the client says so instead of guessing a path.
        QCOMPARE(waiter.result->error.kind, ApiError::Kind::Unsupported);
        return;
    }
    expectAccepted(waiter);
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.detailsText()));
}

void TestConformance::listJobs()
{
    Waiter<QList<Job>> waiter;
    m_client->listJobs(waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::getJob()
{
    Waiter<Job> waiter;
    m_client->getJob(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::cancelJob()
{
    Waiter<Job> waiter;
    m_client->cancelJob(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::pauseJob()
{
    if (!m_client->capabilities().canPause)
        QSKIP("This provider cannot pause jobs.");
    Waiter<Job> waiter;
    m_client->pauseJob(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::resumeJob()
{
    if (!m_client->capabilities().canPause)
        QSKIP("This provider cannot pause jobs.");
    Waiter<Job> waiter;
    m_client->resumeJob(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::listEvents()
{
    Waiter<EventPage> first;
    m_client->listEvents(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), {}, first.callback());
    QVERIFY(first.wait());
    expectAccepted(first);
    Waiter<EventPage> since;
    m_client->listEvents(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), QStringLiteral("ftevent-1"), since.callback());
    QVERIFY(since.wait());
    expectAccepted(since);
}

void TestConformance::listCheckpoints()
{
    Waiter<QList<Checkpoint>> waiter;
    m_client->listCheckpoints(QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F"), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::fetchMetrics()
{
    Job job;
    job.id = QStringLiteral("ft-AF1WoRqd3aJAHsqc9NY7iL8F");
    job.resultFiles = {QStringLiteral("file-abc123")};
    Waiter<QList<MetricPoint>> waiter;
    m_client->fetchMetrics(job, waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::estimatePrice()
{
    if (!m_client->capabilities().hasPriceEstimate)
        QSKIP("This provider does not estimate prices.");
    Waiter<PriceEstimate> waiter;
    m_client->estimatePrice(jobRequest(FineTuneMethod::Supervised), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::chat()
{
    Waiter<ChatResult> waiter;
    m_client->chat(chatRequest(), waiter.callback());
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
    QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.detailsText()));
}

void TestConformance::chatStream()
{
    // Prism cannot serialise a stream example (500, or JSON instead of events), so only the
    // request is judged here; streaming itself is tested against in-process servers.
    Waiter<ChatResult> waiter;
    m_client->chatStream(chatRequest(), {{}, {}, waiter.callback()});
    QVERIFY(waiter.wait());
    expectAccepted(waiter);
}

void TestConformance::cleanupTestCase()
{
    // Every attempt of every operation, including the steps of chained ones.
    for (const RequestLog::Entry &entry : m_log.entries()) {
        qInfo().noquote() << entry.verb << entry.url << entry.httpStatus;
        if (entry.httpStatus == 422 || entry.httpStatus == 404 || entry.httpStatus == 405)
            m_rejections.append(entry.verb + QLatin1Char(' ') + entry.url + QStringLiteral(": ") + entry.outcome);
    }
    QVERIFY2(m_rejections.isEmpty(), qPrintable(m_rejections.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
