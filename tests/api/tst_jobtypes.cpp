// The job value types read providers' JSON the way the Jobs and Charts screens rely on:
// unknown statuses survive, metrics events become points, the result CSV (plain or base64,
// with empty cells) becomes a curve, and requests are written in OpenAI's current shape.
#include "api/openai/openaichatjson.h"
#include "api/openai/openaijson.h"
#include "api/together/togetherjson.h"
#include "core/jobs/resultmetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestJobTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOpenAiJob();
    void ignoresTimesBeyondYear9999();
    void keepsUnknownStatus();
    void allNullErrorMeansNoError();
    void statusNamesArePlainWords();
    void readsMetricsEvent();
    void plainMessageHasNoMetrics();
    void readsCheckpoint();
    void parsesResultCsv();
    void parsesBase64ResultCsv();
    void leavesPlainTextAlone();
    void rejectsCsvWithoutStep();
    void writesFineTuneRequestWithMethod();
    void writesDpoBeta();
    void readsModelShutdownDate();
    void writesChatRequest();
    void readsChatResultWithToolCalls();
    void storesJobsInAjustesOwnForm();
    void storesEventsCheckpointsAndMetrics();
    void togetherEventsAnnounceCheckpoints();
};

void TestJobTypes::readsOpenAiJob()
{
    const Job job = OpenAiJson::job(parse(R"({
        "object": "fine_tuning.job", "id": "ftjob-abc", "model": "gpt-4o-mini-2024-07-18",
        "created_at": 1721764800, "finished_at": 1721768400, "estimated_finish": null,
        "fine_tuned_model": "ft:gpt-4o-mini-2024-07-18:org::9x", "status": "succeeded",
        "trained_tokens": 5768, "training_file": "file-t", "validation_file": null,
        "result_files": ["file-r"], "seed": 42, "suffix": "support",
        "error": {"code": null, "message": null, "param": null},
        "metadata": {"team": "docs"},
        "method": {"type": "supervised", "supervised": {"hyperparameters":
            {"n_epochs": 3, "batch_size": "auto", "learning_rate_multiplier": 1.8}}},
        "future_field": {"kept": true}})"));
    QCOMPARE(job.id, QStringLiteral("ftjob-abc"));
    QCOMPARE(job.status, JobStatus::Succeeded);
    QVERIFY(job.isFinished());
    QCOMPARE(job.fineTunedModel, QStringLiteral("ft:gpt-4o-mini-2024-07-18:org::9x"));
    QCOMPARE(job.createdAt.toSecsSinceEpoch(), 1721764800);
    QCOMPARE(job.finishedAt.toSecsSinceEpoch(), 1721768400);
    QVERIFY(!job.estimatedFinish.isValid());
    QCOMPARE(job.trainedTokens, std::optional<qint64>(5768));
    QCOMPARE(job.resultFiles, QStringList{QStringLiteral("file-r")});
    QVERIFY(job.validationFile.isEmpty());
    QCOMPARE(job.seed, std::optional<qint64>(42));
    QCOMPARE(job.suffix, QStringLiteral("support"));
    QCOMPARE(job.metadata.value(QStringLiteral("team")), QStringLiteral("docs"));
    QCOMPARE(job.method, FineTuneMethod::Supervised);
    QCOMPARE(job.hyperparameters.integer(Hyperparameters::Epochs), std::optional<int>(3));
    QVERIFY(!job.hyperparameters.contains(Hyperparameters::BatchSize)); // "auto"
    QCOMPARE(job.hyperparameters.number(Hyperparameters::LearningRateMultiplier), std::optional<double>(1.8));
    QVERIFY(job.raw.value(QLatin1String("future_field")).toObject().value(QLatin1String("kept")).toBool());
}

void TestJobTypes::ignoresTimesBeyondYear9999()
{
    // Found by fuzzing (tests/fuzz/regressions/openaijson): milliseconds where seconds belong
    // made a job of the year 56000, which its stored form then lost.
    const QJsonObject object{{QStringLiteral("id"), QStringLiteral("ftjob-1")},
                             {QStringLiteral("created_at"), 1711411472599.0},
                             {QStringLiteral("finished_at"), 1721764800}};
    const Job job = OpenAiJson::job(object);
    QVERIFY(!job.createdAt.isValid());
    QCOMPARE(job.finishedAt, QDateTime::fromSecsSinceEpoch(1721764800, Qt::UTC));
    QVERIFY(Job::fromStorageJson(job.toStorageJson()).sameState(job));
}

void TestJobTypes::keepsUnknownStatus()
{
    const Job paused = OpenAiJson::job(parse(R"({"id":"a","status":"paused"})"));
    QCOMPARE(paused.status, JobStatus::Paused);
    QVERIFY(!paused.isFinished());
    const Job strange = OpenAiJson::job(parse(R"({"id":"a","status":"defrosting"})"));
    QCOMPARE(strange.status, JobStatus::Unknown);
    QCOMPARE(strange.statusText, QStringLiteral("defrosting"));
    QVERIFY(strange.statusDisplayName().contains(QStringLiteral("defrosting")));
}

void TestJobTypes::allNullErrorMeansNoError()
{
    const Job ok = OpenAiJson::job(parse(R"({"error":{"code":null,"message":null,"param":null}})"));
    QVERIFY(ok.error.isEmpty());
    const Job failed = OpenAiJson::job(parse(
        R"({"status":"failed","error":{"code":"invalid_training_file","message":"Line 3 is not JSON","param":"training_file"}})"));
    QCOMPARE(failed.error.code, QStringLiteral("invalid_training_file"));
    QCOMPARE(failed.error.message, QStringLiteral("Line 3 is not JSON"));
}

void TestJobTypes::statusNamesArePlainWords()
{
    for (JobStatus status : {JobStatus::ValidatingFiles, JobStatus::Queued, JobStatus::Running, JobStatus::Paused,
                             JobStatus::Succeeded, JobStatus::Failed, JobStatus::Cancelled}) {
        const QString name = JobStatusText::displayName(status);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!name.contains(QLatin1Char('_')), qPrintable(name));
        QCOMPARE(OpenAiJson::status(OpenAiJson::statusText(status)), status);
        QCOMPARE(JobStatusText::fromId(JobStatusText::id(status)), status);
    }
}

void TestJobTypes::readsMetricsEvent()
{
    const JobEvent event = OpenAiJson::event(parse(R"({
        "object":"fine_tuning.job.event","id":"ftevent-1","created_at":1721764900,"level":"info",
        "message":"Step 300/300: training loss=0.15, validation loss=0.27, full validation loss=0.40",
        "type":"metrics","data":{"step":300,"total_steps":300,"train_loss":0.15,
        "train_mean_token_accuracy":0.93,"valid_loss":0.27,"valid_mean_token_accuracy":0.9,
        "full_valid_loss":0.4,"full_valid_mean_token_accuracy":0.88}})"));
    QCOMPARE(event.type, JobEvent::Type::Metrics);
    const std::optional<MetricPoint> point = event.metrics();
    QVERIFY(point);
    QCOMPARE(point->step, 300);
    QCOMPARE(point->totalSteps, std::optional<int>(300));
    QCOMPARE(point->trainLoss, std::optional<double>(0.15));
    QCOMPARE(point->trainAccuracy, std::optional<double>(0.93));
    QCOMPARE(point->validLoss, std::optional<double>(0.27));
    QCOMPARE(point->validAccuracy, std::optional<double>(0.9));
    QCOMPARE(point->fullValidLoss, std::optional<double>(0.4));
    QCOMPARE(point->fullValidAccuracy, std::optional<double>(0.88));

    const JobEvent partial = OpenAiJson::event(parse(
        R"({"id":"e","type":"metrics","level":"warn","data":{"step":7,"train_loss":1.2}})"));
    QCOMPARE(partial.level, JobEvent::Level::Warning);
    QVERIFY(!partial.metrics()->validLoss);
}

void TestJobTypes::plainMessageHasNoMetrics()
{
    const JobEvent event = OpenAiJson::event(parse(
        R"({"id":"e","type":"message","level":"error","message":"Fine-tuning job failed"})"));
    QCOMPARE(event.level, JobEvent::Level::Error);
    QVERIFY(!event.metrics());
}

void TestJobTypes::readsCheckpoint()
{
    const Checkpoint checkpoint = OpenAiJson::checkpoint(parse(R"({
        "object":"fine_tuning.job.checkpoint","id":"ftckpt_1","created_at":1721764867,
        "fine_tuned_model_checkpoint":"ft:gpt-4o-mini-2024-07-18:org:x:abc:ckpt-step-200",
        "step_number":200,"fine_tuning_job_id":"ftjob-abc",
        "metrics":{"train_loss":0.2,"full_valid_loss":0.5}})"));
    QCOMPARE(checkpoint.stepNumber, 200);
    QCOMPARE(checkpoint.metrics.step, 200);
    QCOMPARE(checkpoint.metrics.fullValidLoss, std::optional<double>(0.5));
    QVERIFY(checkpoint.modelName.endsWith(QStringLiteral(":ckpt-step-200")));
    QCOMPARE(checkpoint.jobId, QStringLiteral("ftjob-abc"));
}

void TestJobTypes::parsesResultCsv()
{
    const QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\r\n"
                           "1,2.5,0.4,,\r\n"
                           "2,2.1,0.5,2.3,0.45\r\n"
                           "\r\n";
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(csv);
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.points.size(), 2);
    QCOMPARE(parsed.points.at(0).step, 1);
    QCOMPARE(parsed.points.at(0).trainLoss, std::optional<double>(2.5));
    QVERIFY(!parsed.points.at(0).validLoss); // empty cell: no validation on that step
    QCOMPARE(parsed.points.at(1).validLoss, std::optional<double>(2.3));
    QCOMPARE(parsed.points.at(1).validAccuracy, std::optional<double>(0.45));
}

void TestJobTypes::parsesBase64ResultCsv()
{
    const QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,0.9,0.7,,\n";
    const QByteArray encoded = csv.toBase64() + "\n";
    QCOMPARE(ResultMetrics::decodeIfBase64(encoded), csv);
    const ResultMetrics::Parsed parsed = ResultMetrics::parse(encoded);
    QCOMPARE(parsed.points.size(), 1);
    QCOMPARE(parsed.points.first().trainAccuracy, std::optional<double>(0.7));
}

void TestJobTypes::leavesPlainTextAlone()
{
    QCOMPARE(ResultMetrics::decodeIfBase64("step,train_loss\n"), QByteArray("step,train_loss\n"));
    QCOMPARE(ResultMetrics::decodeIfBase64("done"), QByteArray("done")); // base64 alphabet, but not text once decoded
    const QByteArray binary = QByteArray("\x00\x01\x02", 3).toBase64();
    QCOMPARE(ResultMetrics::decodeIfBase64(binary), binary); // decodes to bytes that are not text
}

void TestJobTypes::rejectsCsvWithoutStep()
{
    const ResultMetrics::Parsed parsed = ResultMetrics::parse("loss,accuracy\n1,2\n");
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY(parsed.points.isEmpty());
    QVERIFY(!ResultMetrics::parse("").error.isEmpty());
}

void TestJobTypes::writesFineTuneRequestWithMethod()
{
    FineTuneRequest request;
    request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    request.trainingFile = QStringLiteral("file-t");
    request.validationFile = QStringLiteral("file-v");
    request.suffix = QStringLiteral("support");
    request.seed = 7;
    request.hyperparameters.set(Hyperparameters::Epochs, 2);
    const QJsonObject body = OpenAiJson::createBody(request);
    QCOMPARE(body.value(QLatin1String("model")).toString(), request.model);
    QCOMPARE(body.value(QLatin1String("validation_file")).toString(), QStringLiteral("file-v"));
    QCOMPARE(body.value(QLatin1String("seed")).toInt(), 7);
    QVERIFY(!body.contains(QLatin1String("hyperparameters"))); // deprecated top-level form
    const QJsonObject method = body.value(QLatin1String("method")).toObject();
    QCOMPARE(method.value(QLatin1String("type")).toString(), QStringLiteral("supervised"));
    const QJsonObject hp = method.value(QLatin1String("supervised")).toObject().value(QLatin1String("hyperparameters")).toObject();
    QCOMPARE(hp.value(QLatin1String("n_epochs")).toInt(), 2);
    QCOMPARE(hp.value(QLatin1String("batch_size")).toString(), QStringLiteral("auto"));
    QVERIFY(!hp.contains(QLatin1String("beta")));

    FineTuneRequest minimal;
    minimal.model = QStringLiteral("m");
    minimal.trainingFile = QStringLiteral("f");
    QVERIFY(!OpenAiJson::createBody(minimal).contains(QLatin1String("suffix")));
    QVERIFY(!OpenAiJson::createBody(minimal).contains(QLatin1String("validation_file")));
}

void TestJobTypes::writesDpoBeta()
{
    FineTuneRequest request;
    request.method = FineTuneMethod::Dpo;
    request.hyperparameters.set(Hyperparameters::Beta, 0.1);
    const QJsonObject method = OpenAiJson::createBody(request).value(QLatin1String("method")).toObject();
    QCOMPARE(method.value(QLatin1String("type")).toString(), QStringLiteral("dpo"));
    const QJsonObject hp = method.value(QLatin1String("dpo")).toObject().value(QLatin1String("hyperparameters")).toObject();
    QCOMPARE(hp.value(QLatin1String("beta")).toDouble(), 0.1);
    QCOMPARE(OpenAiJson::hyperparameters(hp), request.hyperparameters);
}

void TestJobTypes::readsModelShutdownDate()
{
    const ModelInfo model = OpenAiJson::model(parse(
        R"({"id":"gpt-4o-2024-08-06","object":"model","created":1722814719,"owned_by":"system","shutdown_date":"2027-01-14"})"));
    QCOMPARE(model.shutdownDate, QDate(2027, 1, 14));
    QCOMPARE(model.ownedBy, QStringLiteral("system"));
    const ModelInfo open = OpenAiJson::model(parse(R"({"id":"x","shutdown_date":null})"));
    QVERIFY(!open.shutdownDate.isValid());
    QVERIFY(OpenAiJson::model(parse(R"({"id":"ft:gpt-4o-mini:o::1"})")).isFineTuned());
}

void TestJobTypes::writesChatRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages = {ChatMessage::system(QStringLiteral("Be brief.")), ChatMessage::user(QStringLiteral("Hi"))};
    request.temperature = 0.2;
    request.maxCompletionTokens = 50;
    const QJsonObject plain = OpenAiChatJson::requestBody(request, false);
    QVERIFY(!plain.contains(QLatin1String("stream")));
    QVERIFY(!plain.contains(QLatin1String("top_p")));
    QCOMPARE(plain.value(QLatin1String("messages")).toArray().size(), 2);
    QCOMPARE(plain.value(QLatin1String("max_completion_tokens")).toInt(), 50);
    const QJsonObject streamed = OpenAiChatJson::requestBody(request, true);
    QVERIFY(streamed.value(QLatin1String("stream")).toBool());
    QVERIFY(streamed.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());

    ChatMessage calls = ChatMessage::assistant({});
    calls.toolCalls = {{QStringLiteral("call_1"), QStringLiteral("function"), QStringLiteral("lookup"), QStringLiteral("{}")}};
    QVERIFY(OpenAiChatJson::messageJson(calls).value(QLatin1String("content")).isNull());
}

void TestJobTypes::readsChatResultWithToolCalls()
{
    const ChatResult result = OpenAiChatJson::result(parse(R"({
        "id":"chatcmpl-1","model":"gpt-4o-mini","choices":[{"index":0,"finish_reason":"tool_calls",
        "message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",
        "function":{"name":"get_weather","arguments":"{\"city\":\"Recife\"}"}}]}}],
        "usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29}})"));
    QCOMPARE(result.finishReason, QStringLiteral("tool_calls"));
    QCOMPARE(result.toolCalls.size(), 1);
    QCOMPARE(result.toolCalls.first().name, QStringLiteral("get_weather"));
    QCOMPARE(result.toolCalls.first().arguments, QStringLiteral("{\"city\":\"Recife\"}"));
    QVERIFY(result.usage);
    QCOMPARE(result.usage->totalTokens, 29);
}

void TestJobTypes::storesJobsInAjustesOwnForm()
{
    Job job = OpenAiJson::job(parse(R"({
        "object": "fine_tuning.job", "id": "ftjob-abc", "model": "gpt-4o-mini-2024-07-18",
        "created_at": 1721764800, "finished_at": 1721768400, "status": "failed",
        "trained_tokens": 5768, "training_file": "file-t", "validation_file": "file-v",
        "result_files": ["file-r"], "seed": 42, "suffix": "support",
        "error": {"code": "invalid_training_file", "message": "Line 3", "param": "training_file"},
        "metadata": {"team": "docs"},
        "method": {"type": "dpo", "dpo": {"hyperparameters": {"n_epochs": 3, "beta": 0.2}}}})"));
    job.hyperparameters.set(Hyperparameters::TrainingType, QStringLiteral("lora"));
    const QJsonObject stored = job.toStorageJson();
    // Ajuste's own words, not OpenAI's wire format.
    QCOMPARE(stored.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(stored.value(QLatin1String("method")).toString(), QStringLiteral("dpo"));
    QCOMPARE(stored.value(QLatin1String("hyperparameters")).toObject().value(QLatin1String("epochs")).toInt(), 3);
    QVERIFY(!stored.contains(QLatin1String("fine_tuned_model")));
    QVERIFY(stored.value(QLatin1String("createdAt")).toString().startsWith(QStringLiteral("2024-07-23T")));
    const Job back = Job::fromStorageJson(QJsonDocument::fromJson(QJsonDocument(stored).toJson()).object());
    QCOMPARE(back, job); // every field, the provider's JSON included
    QCOMPARE(back.hyperparameters.number(Hyperparameters::Beta), std::optional<double>(0.2));
    QVERIFY(back.sameState(job));
    Job changed = back;
    changed.raw.insert(QStringLiteral("updated_at"), 2);
    QVERIFY(changed.sameState(job)); // raw-only differences are not a change of the job
    changed.resultFiles.append(QStringLiteral("file-r2"));
    QVERIFY(!changed.sameState(job));
}

void TestJobTypes::storesEventsCheckpointsAndMetrics()
{
    const JobEvent event = OpenAiJson::event(parse(R"({"id":"ev-1","created_at":1721764900,"level":"warn",
        "message":"Step 3/9","type":"metrics","data":{"step":3,"train_loss":1.5,"valid_loss":1.7}})"));
    const JobEvent eventBack = JobEvent::fromStorageJson(event.toStorageJson());
    QCOMPARE(eventBack.id, event.id);
    QCOMPARE(eventBack.createdAt, event.createdAt);
    QCOMPARE(eventBack.level, JobEvent::Level::Warning);
    QCOMPARE(eventBack.type, JobEvent::Type::Metrics);
    QCOMPARE(eventBack.metrics(), event.metrics());
    QCOMPARE(eventBack.data, event.data);

    const Checkpoint checkpoint = OpenAiJson::checkpoint(parse(R"({"id":"ftckpt_1","created_at":1721764867,
        "fine_tuned_model_checkpoint":"ft:gpt-4o-mini:org:x:abc:ckpt-step-200","step_number":200,
        "fine_tuning_job_id":"ftjob-abc","metrics":{"train_loss":0.2,"full_valid_loss":0.5}})"));
    QCOMPARE(Checkpoint::fromStorageJson(checkpoint.toStorageJson()), checkpoint);

    MetricPoint point;
    point.step = 7;
    point.totalSteps = 30;
    point.trainLoss = 0.9;
    point.fullValidAccuracy = 0.8;
    QCOMPARE(MetricPoint::fromStorageJson(point.toStorageJson()), std::optional<MetricPoint>(point));
    QVERIFY(!point.toStorageJson().contains(QLatin1String("validLoss"))); // absent stays absent
    QVERIFY(!MetricPoint::fromStorageJson({}));
}

void TestJobTypes::togetherEventsAnnounceCheckpoints()
{
    const QList<JobEvent> events = TogetherJson::events(QJsonDocument::fromJson(R"([
        {"object":"fine-tune-event","created_at":"2026-11-20T10:00:00Z","message":"Training started","type":"training_start","hash":"h1"},
        {"object":"fine-tune-event","created_at":"2026-11-20T10:05:00Z","message":"Checkpoint saved","type":"checkpoint_save","hash":"h2","step":20}])").array());
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.first().announcesCheckpoint);
    QVERIFY(events.last().announcesCheckpoint);
    QVERIFY(!events.last().metrics()); // Together's measurements come from its metrics endpoint
    QVERIFY(OpenAiJson::event(parse(R"({"id":"e","type":"message","message":"Checkpoint created at step 10"})"))
                .announcesCheckpoint);
}

QTEST_GUILESS_MAIN(TestJobTypes)
#include "tst_jobtypes.moc"
