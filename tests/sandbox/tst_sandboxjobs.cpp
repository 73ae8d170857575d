// Simulated fine-tuning jobs over real HTTP: the status sequence, events and their pages,
// metrics, checkpoints, the result file, validation failures, pause, resume and cancel.
#include "sandboxtestclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject epochs(int n)
{
    return {{QStringLiteral("method"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("supervised")},
                         {QStringLiteral("supervised"),
                          QJsonObject{{QStringLiteral("hyperparameters"),
                                       QJsonObject{{QStringLiteral("n_epochs"), n}}}}}}}};
}

QList<double> trainLosses(const QJsonArray &eventsNewestFirst)
{
    QList<double> losses;
    for (const QJsonValue &event : eventsNewestFirst) {
        if (event[QStringLiteral("type")].toString() == QLatin1String("metrics"))
            losses.prepend(event[QStringLiteral("data")][QStringLiteral("train_loss")].toDouble());
    }
    return losses;
}

// Events of a finished one-epoch job over n examples: validating, validated, started, n
// metrics, one checkpoint, model created, completed.
qsizetype sandboxEventsFor(int examples)
{
    return 3 + examples + 1 + 2;
}

SandboxOptions atSpeed(double speed)
{
    SandboxOptions options;
    options.speed = speed;
    return options;
}

} // namespace

class TestSandboxJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobMovesThroughEveryStatusToSucceeded();
    void succeededJobHasModelTokensAndResultFile();
    void eventsPageNewestFirstWithAfter();
    void lossFallsAndRepeatsForTheSameSeed();
    void validationFileAddsValidationMetrics();
    void checkpointsCoverTheLastThreeEpochs();
    void automaticEpochsFollowOpenAIsRule();
    void badLineFailsValidationNamingTheLine();
    void badValidationFileFailsTheJob();
    void tooFewExamplesFailValidation();
    void badRequestsAreRefused();
    void pauseStopsProgressAndResumeContinues();
    void cancelStopsAJob();
    void jobListPagesWithAfterAndLimit();
    void preferenceJobTrainsWithBeta();
    void dataFolderKeepsFilesAndJobsAcrossRuns();
};

void TestSandboxJobs::jobMovesThroughEveryStatusToSucceeded()
{
    SandboxFixture sandbox(atSpeed(8)); // queued lasts 1.5 s: polling cannot miss it
    const QJsonObject created =
        sandbox.client->startJob(SandboxTestClient::chatFile(10), epochs(1));
    QCOMPARE(created[QStringLiteral("status")].toString(), QStringLiteral("validating_files"));
    QCOMPARE(created[QStringLiteral("object")].toString(), QStringLiteral("fine_tuning.job"));
    QVERIFY(created[QStringLiteral("fine_tuned_model")].isNull());
    const QString id = created[QStringLiteral("id")].toString();
    QStringList statuses{QStringLiteral("validating_files")};
    for (int i = 0; i < 1200 && statuses.last() != QLatin1String("succeeded"); ++i) {
        const QString status = sandbox.client->get(QStringLiteral("/fine_tuning/jobs/") + id)
                                   .json[QStringLiteral("status")]
                                   .toString();
        if (status != statuses.last())
            statuses.append(status);
        QTest::qWait(25);
    }
    QCOMPARE(statuses, QStringList({QStringLiteral("validating_files"), QStringLiteral("queued"),
                                    QStringLiteral("running"), QStringLiteral("succeeded")}));
}

void TestSandboxJobs::succeededJobHasModelTokensAndResultFile()
{
    SandboxFixture sandbox;
    QJsonObject extra = epochs(2);
    extra.insert(QStringLiteral("suffix"), QStringLiteral("shop"));
    const QString id =
        sandbox.client->startJob(SandboxTestClient::chatFile(10), extra)[QStringLiteral("id")]
            .toString();
    const QJsonObject job = sandbox.client->waitForJob(id);
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    const QString model = job[QStringLiteral("fine_tuned_model")].toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^ft:gpt-4o-mini-2024-07-18:sandbox:shop:\\w+$"))
                 .match(model)
                 .hasMatch(),
             qPrintable(model));
    QVERIFY(job[QStringLiteral("trained_tokens")].toInteger() > 0);
    QVERIFY(job[QStringLiteral("finished_at")].toInteger() >=
            job[QStringLiteral("created_at")].toInteger());
    QCOMPARE(job[QStringLiteral("hyperparameters")][QStringLiteral("n_epochs")].toInt(), 2);
    QCOMPARE(job[QStringLiteral("error")].isNull(), true);

    // The result file is base64-encoded CSV, one row per step.
    const QJsonArray results = job[QStringLiteral("result_files")].toArray();
    QCOMPARE(results.size(), 1);
    const QString resultId = results.first().toString();
    QCOMPARE(sandbox.client->get(QStringLiteral("/files/") + resultId)
                 .json[QStringLiteral("purpose")]
                 .toString(),
             QStringLiteral("fine-tune-results"));
    const QByteArray csv = QByteArray::fromBase64(
        sandbox.client->get(QStringLiteral("/files/%1/content").arg(resultId)).body);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy"));
    QCOMPARE(lines.size(), 1 + 20); // 10 examples, batch 1, 2 epochs
    QVERIFY(lines.at(1).startsWith("1,"));
    QVERIFY(lines.at(1).endsWith(",,")); // no validation file: empty cells

    // The tuned model is listed, with its base model's shutdown date.
    bool listed = false;
    for (const QJsonValue &entry :
         sandbox.client->get(QStringLiteral("/models")).json[QStringLiteral("data")].toArray()) {
        if (entry[QStringLiteral("id")].toString() == model) {
            listed = true;
            QCOMPARE(entry[QStringLiteral("shutdown_date")].toString(),
                     QStringLiteral("2027-01-14"));
        }
    }
    QVERIFY(listed);
}

void TestSandboxJobs::eventsPageNewestFirstWithAfter()
{
    SandboxFixture sandbox;
    const QString id =
        sandbox.client->startJob(SandboxTestClient::chatFile(10), epochs(3))[QStringLiteral("id")]
            .toString();
    sandbox.client->waitForJob(id);
    const QJsonArray small = sandbox.client->allEvents(id, 7);
    const QJsonArray large = sandbox.client->allEvents(id, 100);
    QCOMPARE(small, large);
    QSet<QString> ids;
    int metrics = 0;
    int lastStep = 1 << 30;
    for (const QJsonValue &event : small) {
        ids.insert(event[QStringLiteral("id")].toString());
        QCOMPARE(event[QStringLiteral("object")].toString(),
                 QStringLiteral("fine_tuning.job.event"));
        if (event[QStringLiteral("type")].toString() != QLatin1String("metrics"))
            continue;
        ++metrics;
        const QJsonObject data = event[QStringLiteral("data")].toObject();
        const int step = data[QStringLiteral("step")].toInt();
        QVERIFY(step < lastStep); // newest first
        lastStep = step;
        QCOMPARE(data[QStringLiteral("total_steps")].toInt(), 30);
        QVERIFY(data.contains(QStringLiteral("train_mean_token_accuracy")));
        QVERIFY(event[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("Step %1/30").arg(step)));
    }
    QCOMPARE(ids.size(), small.size()); // each event once
    QCOMPARE(metrics, 30);
    QVERIFY(small.first()[QStringLiteral("message")].toString().contains(
        QStringLiteral("successfully")));
    QVERIFY(small.last()[QStringLiteral("message")].toString().startsWith(
        QStringLiteral("Validating training file")));

    // A page after the newest id starts with the second newest.
    const QJsonArray page = sandbox.client
                                ->get(QStringLiteral("/fine_tuning/jobs/%1/events?limit=2&after=%2")
                                          .arg(id, small.first()[QStringLiteral("id")].toString()))
                                .json[QStringLiteral("data")]
                                .toArray();
    QCOMPARE(page.first(), small.at(1));
}

void TestSandboxJobs::lossFallsAndRepeatsForTheSameSeed()
{
    SandboxFixture sandbox;
    QJsonObject extra = epochs(5);
    extra.insert(QStringLiteral("seed"), 1234);
    const QString first =
        sandbox.client->startJob(SandboxTestClient::chatFile(20), extra)[QStringLiteral("id")]
            .toString();
    const QString second =
        sandbox.client->startJob(SandboxTestClient::chatFile(20), extra)[QStringLiteral("id")]
            .toString();
    extra.insert(QStringLiteral("seed"), 99);
    const QString other =
        sandbox.client->startJob(SandboxTestClient::chatFile(20), extra)[QStringLiteral("id")]
            .toString();
    for (const QString &id : {first, second, other})
        sandbox.client->waitForJob(id);
    const QList<double> losses = trainLosses(sandbox.client->allEvents(first, 100));
    QCOMPARE(losses.size(), 100);
    QCOMPARE(sandbox.client->get(QStringLiteral("/fine_tuning/jobs/") + first)
                 .json[QStringLiteral("seed")]
                 .toInt(),
             1234);
    const auto mean = [](const QList<double> &values) {
        return std::accumulate(values.cbegin(), values.cend(), 0.0) / values.size();
    };
    QVERIFY(mean(losses.mid(0, 10)) > 2 * mean(losses.mid(90, 10)));
    // Noise: the curve is not monotonic.
    bool rises = false;
    for (qsizetype i = 1; i < losses.size(); ++i)
        rises = rises || losses.at(i) > losses.at(i - 1);
    QVERIFY(rises);
    QCOMPARE(trainLosses(sandbox.client->allEvents(second, 100)), losses);
    QVERIFY(trainLosses(sandbox.client->allEvents(other, 100)) != losses);
}

void TestSandboxJobs::validationFileAddsValidationMetrics()
{
    SandboxFixture sandbox;
    const QString validation =
        sandbox.client->uploadFile(QStringLiteral("valid.jsonl"), SandboxTestClient::chatFile(4))
            .json[QStringLiteral("id")]
            .toString();
    QJsonObject extra = epochs(2);
    extra.insert(QStringLiteral("validation_file"), validation);
    const QJsonObject created = sandbox.client->startJob(SandboxTestClient::chatFile(10), extra);
    QCOMPARE(created[QStringLiteral("validation_file")].toString(), validation);
    const QString id = created[QStringLiteral("id")].toString();
    const QJsonObject job = sandbox.client->waitForJob(id);
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    int withValid = 0;
    int withFull = 0;
    for (const QJsonValue &event : sandbox.client->allEvents(id, 100)) {
        const QJsonObject data = event[QStringLiteral("data")].toObject();
        withValid += data.contains(QStringLiteral("valid_loss")) ? 1 : 0;
        if (data.contains(QStringLiteral("full_valid_loss"))) {
            ++withFull;
            QVERIFY(data.contains(QStringLiteral("full_valid_mean_token_accuracy")));
            QCOMPARE(data[QStringLiteral("step")].toInt() % 10, 0); // end of an epoch
        }
    }
    QVERIFY(withValid >= 4);
    QCOMPARE(withFull, 2);
    const QByteArray csv = QByteArray::fromBase64(
        sandbox.client
            ->get(QStringLiteral("/files/%1/content")
                      .arg(job[QStringLiteral("result_files")][0].toString()))
            .body);
    QVERIFY(csv.contains("\n10,"));
    const QList<QByteArray> row10 =
        csv.mid(csv.indexOf("\n10,") + 1).split('\n').first().split(',');
    QCOMPARE(row10.size(), 5);
    QVERIFY(!row10.at(3).isEmpty());
}

void TestSandboxJobs::checkpointsCoverTheLastThreeEpochs()
{
    SandboxFixture sandbox;
    const QString id =
        sandbox.client->startJob(SandboxTestClient::chatFile(10), epochs(4))[QStringLiteral("id")]
            .toString();
    const QJsonObject job = sandbox.client->waitForJob(id);
    const auto reply =
        sandbox.client->get(QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(id));
    QCOMPARE(reply.status, 200);
    const QJsonArray checkpoints = reply.json[QStringLiteral("data")].toArray();
    QCOMPARE(checkpoints.size(), 3);
    const QList<int> steps{40, 30, 20}; // newest first
    for (int i = 0; i < 3; ++i) {
        const QJsonObject checkpoint = checkpoints.at(i).toObject();
        QCOMPARE(checkpoint[QStringLiteral("step_number")].toInt(), steps.at(i));
        QCOMPARE(checkpoint[QStringLiteral("object")].toString(),
                 QStringLiteral("fine_tuning.job.checkpoint"));
        QCOMPARE(checkpoint[QStringLiteral("fine_tuning_job_id")].toString(), id);
        QCOMPARE(checkpoint[QStringLiteral("fine_tuned_model_checkpoint")].toString(),
                 job[QStringLiteral("fine_tuned_model")].toString() +
                     QStringLiteral(":ckpt-step-%1").arg(steps.at(i)));
        QVERIFY(checkpoint[QStringLiteral("metrics")][QStringLiteral("train_loss")].toDouble() > 0);
    }
    QCOMPARE(reply.json[QStringLiteral("has_more")].toBool(), false);
    const auto page =
        sandbox.client->get(QStringLiteral("/fine_tuning/jobs/%1/checkpoints?limit=1&after=%2")
                                .arg(id, checkpoints.at(0)[QStringLiteral("id")].toString()));
    QCOMPARE(page.json[QStringLiteral("data")][0], checkpoints.at(1));
    QCOMPARE(page.json[QStringLiteral("has_more")].toBool(), true);
}

void TestSandboxJobs::automaticEpochsFollowOpenAIsRule()
{
    SandboxFixture sandbox;
    const QString few =
        sandbox.client->startJob(SandboxTestClient::chatFile(10))[QStringLiteral("id")].toString();
    const QString more =
        sandbox.client->startJob(SandboxTestClient::chatFile(40))[QStringLiteral("id")].toString();
    const QJsonObject fewJob = sandbox.client->waitForJob(few);
    const QJsonObject moreJob = sandbox.client->waitForJob(more);
    // 3 epochs, but min(25, 100 / n) when 3n < 100.
    QCOMPARE(fewJob[QStringLiteral("hyperparameters")][QStringLiteral("n_epochs")].toInt(), 10);
    QCOMPARE(moreJob[QStringLiteral("hyperparameters")][QStringLiteral("n_epochs")].toInt(), 3);
    QCOMPARE(moreJob[QStringLiteral("method")][QStringLiteral("supervised")]
                    [QStringLiteral("hyperparameters")][QStringLiteral("n_epochs")]
                        .toInt(),
             3);
}

void TestSandboxJobs::badLineFailsValidationNamingTheLine()
{
    SandboxFixture sandbox;
    QList<QByteArray> lines = SandboxTestClient::chatFile(12).split('\n');
    lines[2] = R"({"messages": [{"role": "robot", "content": "beep"}]})";
    const QString id = sandbox.client->startJob(lines.join('\n'))[QStringLiteral("id")].toString();
    const QJsonObject job = sandbox.client->waitForJob(id);
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    const QJsonObject error = job[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("invalid_training_file"));
    QCOMPARE(error[QStringLiteral("param")].toString(), QStringLiteral("training_file"));
    QVERIFY2(error[QStringLiteral("message")].toString().contains(QStringLiteral("Line 3")),
             qPrintable(error[QStringLiteral("message")].toString()));
    QVERIFY(job[QStringLiteral("fine_tuned_model")].isNull());
    const QJsonArray events = sandbox.client->allEvents(id);
    QCOMPARE(events.first()[QStringLiteral("level")].toString(), QStringLiteral("error"));

    lines[2] = "{not json";
    const QJsonObject broken = sandbox.client->waitForJob(
        sandbox.client->startJob(lines.join('\n'))[QStringLiteral("id")].toString());
    QVERIFY(broken[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("Line 3")));
}

void TestSandboxJobs::badValidationFileFailsTheJob()
{
    SandboxFixture sandbox;
    const QString validation =
        sandbox.client->uploadFile(QStringLiteral("valid.jsonl"), "{\"messages\": []}\n")
            .json[QStringLiteral("id")]
            .toString();
    const QJsonObject job = sandbox.client->waitForJob(
        sandbox.client
            ->startJob(SandboxTestClient::chatFile(10),
                       {{QStringLiteral("validation_file"), validation}})[QStringLiteral("id")]
            .toString());
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QCOMPARE(job[QStringLiteral("error")][QStringLiteral("param")].toString(),
             QStringLiteral("validation_file"));
    QVERIFY(job[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("Line 1")));
}

void TestSandboxJobs::tooFewExamplesFailValidation()
{
    SandboxFixture sandbox;
    const QJsonObject job = sandbox.client->waitForJob(
        sandbox.client->startJob(SandboxTestClient::chatFile(4))[QStringLiteral("id")].toString());
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("failed"));
    QVERIFY(job[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("at least 10")));
}

void TestSandboxJobs::badRequestsAreRefused()
{
    SandboxFixture sandbox;
    const QString file =
        sandbox.client->uploadFile(QStringLiteral("t.jsonl"), SandboxTestClient::chatFile(10))
            .json[QStringLiteral("id")]
            .toString();
    const auto paramOf = [&sandbox](const QJsonObject &body) {
        const auto reply = sandbox.client->post(QStringLiteral("/fine_tuning/jobs"), body);
        return reply.status == 400
                   ? reply.json[QStringLiteral("error")][QStringLiteral("param")].toString()
                   : QStringLiteral("status %1").arg(reply.status);
    };
    const QJsonObject valid{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                            {QStringLiteral("training_file"), file}};
    QJsonObject body = valid;
    body[QStringLiteral("training_file")] = QStringLiteral("file-missing");
    QCOMPARE(paramOf(body), QStringLiteral("training_file"));
    body = valid;
    body[QStringLiteral("model")] = QStringLiteral("gpt-9-ultra");
    QCOMPARE(paramOf(body), QStringLiteral("model"));
    body = valid;
    body[QStringLiteral("hyperparameters")] = QJsonObject{{QStringLiteral("n_epochs"), 0}};
    QCOMPARE(paramOf(body), QStringLiteral("n_epochs"));
    body = valid;
    body[QStringLiteral("method")] =
        QJsonObject{{QStringLiteral("type"), QStringLiteral("reinforcement")}};
    QCOMPARE(paramOf(body), QStringLiteral("method.type"));
    body = valid;
    body[QStringLiteral("suffix")] = QString(65, QLatin1Char('x'));
    QCOMPARE(paramOf(body), QStringLiteral("suffix"));
    QCOMPARE(sandbox.client->get(QStringLiteral("/fine_tuning/jobs/ftjob-none")).status, 404);
    // The alias resolves to the dated model, as OpenAI reports it.
    QCOMPARE(sandbox.client->post(QStringLiteral("/fine_tuning/jobs"), valid)
                 .json[QStringLiteral("model")]
                 .toString(),
             QStringLiteral("gpt-4o-mini-2024-07-18"));
}

void TestSandboxJobs::pauseStopsProgressAndResumeContinues()
{
    SandboxFixture sandbox(atSpeed(10)); // 30 steps over 60 simulated seconds: 6 s of running
    const QString id =
        sandbox.client->startJob(SandboxTestClient::chatFile(10), epochs(3))[QStringLiteral("id")]
            .toString();
    QCOMPARE(sandbox.client->postEmpty(QStringLiteral("/fine_tuning/jobs/%1/pause").arg(id)).status,
             400);
    sandbox.client->waitForJob(id, 10000, QStringLiteral("running"));
    QTest::qWait(300);
    const qint64 estimate = sandbox.client->get(QStringLiteral("/fine_tuning/jobs/") + id)
                                .json[QStringLiteral("estimated_finish")]
                                .toInteger();
    QVERIFY(estimate >= QDateTime::currentSecsSinceEpoch());
    const auto paused =
        sandbox.client->postEmpty(QStringLiteral("/fine_tuning/jobs/%1/pause").arg(id));
    QCOMPARE(paused.status, 200);
    QCOMPARE(paused.json[QStringLiteral("status")].toString(), QStringLiteral("paused"));
    const qsizetype eventsAtPause = sandbox.client->allEvents(id, 100).size();
    QTest::qWait(600);
    QCOMPARE(sandbox.client->allEvents(id, 100).size(), eventsAtPause);
    QCOMPARE(sandbox.client->get(QStringLiteral("/fine_tuning/jobs/") + id)
                 .json[QStringLiteral("status")]
                 .toString(),
             QStringLiteral("paused"));
    const auto resumed =
        sandbox.client->postEmpty(QStringLiteral("/fine_tuning/jobs/%1/resume").arg(id));
    QCOMPARE(resumed.json[QStringLiteral("status")].toString(), QStringLiteral("running"));
    QCOMPARE(
        sandbox.client->postEmpty(QStringLiteral("/fine_tuning/jobs/%1/resume").arg(id)).status,
        400);
    const QJsonObject job = sandbox.client->waitForJob(id, 20000);
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(trainLosses(sandbox.client->allEvents(id, 100)).size(),
             30); // no step lost or repeated
}

void TestSandboxJobs::cancelStopsAJob()
{
    SandboxFixture sandbox(atSpeed(10));
    const QString id =
        sandbox.client->startJob(SandboxTestClient::chatFile(10), epochs(3))[QStringLiteral("id")]
            .toString();
    sandbox.client->waitForJob(id, 10000, QStringLiteral("running"));
    const auto cancelled =
        sandbox.client->postEmpty(QStringLiteral("/fine_tuning/jobs/%1/cancel").arg(id));
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.json[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    QVERIFY(cancelled.json[QStringLiteral("finished_at")].toInteger() > 0);
    QTest::qWait(300);
    const QJsonObject job = sandbox.client->get(QStringLiteral("/fine_tuning/jobs/") + id).json;
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    QVERIFY(job[QStringLiteral("fine_tuned_model")].isNull());
    QCOMPARE(
        sandbox.client->postEmpty(QStringLiteral("/fine_tuning/jobs/%1/cancel").arg(id)).status,
        400);
}

void TestSandboxJobs::jobListPagesWithAfterAndLimit()
{
    SandboxFixture sandbox;
    QStringList created;
    for (int i = 0; i < 3; ++i)
        created.prepend(
            sandbox.client->startJob(SandboxTestClient::chatFile(10))[QStringLiteral("id")]
                .toString());
    const QJsonObject first = sandbox.client->get(QStringLiteral("/fine_tuning/jobs?limit=2")).json;
    QCOMPARE(first[QStringLiteral("has_more")].toBool(), true);
    const QJsonArray data = first[QStringLiteral("data")].toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0)[QStringLiteral("id")].toString(), created.at(0));
    QCOMPARE(data.at(1)[QStringLiteral("id")].toString(), created.at(1));
    const QJsonObject second =
        sandbox.client->get(QStringLiteral("/fine_tuning/jobs?limit=2&after=") + created.at(1))
            .json;
    QCOMPARE(second[QStringLiteral("has_more")].toBool(), false);
    QCOMPARE(second[QStringLiteral("data")][0][QStringLiteral("id")].toString(), created.at(2));
}

void TestSandboxJobs::preferenceJobTrainsWithBeta()
{
    SandboxFixture sandbox;
    QByteArray content;
    for (int i = 0; i < 10; ++i) {
        content +=
            QStringLiteral(R"({"input":{"messages":[{"role":"user","content":"%1"}]},)"
                           R"("preferred_output":[{"role":"assistant","content":"good %2"}],)"
                           R"("non_preferred_output":[{"role":"assistant","content":"bad"}]})")
                .arg(SandboxTestClient::question(i))
                .arg(i)
                .toUtf8() +
            '\n';
    }
    const QJsonObject method{
        {QStringLiteral("type"), QStringLiteral("dpo")},
        {QStringLiteral("dpo"), QJsonObject{{QStringLiteral("hyperparameters"),
                                             QJsonObject{{QStringLiteral("beta"), 0.2},
                                                         {QStringLiteral("n_epochs"), 1}}}}}};
    const QString id =
        sandbox.client
            ->startJob(content, {{QStringLiteral("method"), method}})[QStringLiteral("id")]
            .toString();
    const QJsonObject job = sandbox.client->waitForJob(id);
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(job[QStringLiteral("method")][QStringLiteral("type")].toString(),
             QStringLiteral("dpo"));
    QCOMPARE(job[QStringLiteral("method")][QStringLiteral("dpo")][QStringLiteral("hyperparameters")]
                [QStringLiteral("beta")]
                    .toDouble(),
             0.2);
    // The same file read as chat examples has no "messages": it fails validation.
    const QJsonObject wrong = sandbox.client->waitForJob(
        sandbox.client->startJob(content)[QStringLiteral("id")].toString());
    QCOMPARE(wrong[QStringLiteral("status")].toString(), QStringLiteral("failed"));
}

void TestSandboxJobs::dataFolderKeepsFilesAndJobsAcrossRuns()
{
    QTemporaryDir folder;
    SandboxOptions options = SandboxFixture::defaults();
    options.dataDir = folder.path();
    QString doneId;
    QString runningId;
    QString model;
    QString fileId;
    {
        SandboxFixture first(options);
        doneId =
            first.client->startJob(SandboxTestClient::chatFile(10), epochs(1))[QStringLiteral("id")]
                .toString();
        model = first.client->waitForJob(doneId)[QStringLiteral("fine_tuned_model")].toString();
        fileId = first.client->get(QStringLiteral("/files?purpose=fine-tune"))
                     .json[QStringLiteral("data")][0][QStringLiteral("id")]
                     .toString();
    }
    SandboxFixture second(options);
    QString problem;
    QVERIFY(second.server->loadState(problem));
    const QJsonObject job = second.client->get(QStringLiteral("/fine_tuning/jobs/") + doneId).json;
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(job[QStringLiteral("fine_tuned_model")].toString(), model);
    QCOMPARE(second.client->allEvents(doneId, 100).size(), sandboxEventsFor(10));
    QCOMPARE(second.client->get(QStringLiteral("/files/%1/content").arg(fileId)).body,
             SandboxTestClient::chatFile(10));
    // The tuned model still answers from its examples, and new ids do not repeat old ones.
    const QJsonObject chat{
        {QStringLiteral("model"), model},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("gift cards")}}}}};
    QCOMPARE(second.client->post(QStringLiteral("/chat/completions"), chat)
                 .json[QStringLiteral("choices")][0][QStringLiteral("message")]
                      [QStringLiteral("content")]
                 .toString(),
             QStringLiteral("[Sandbox] ") + SandboxTestClient::answer(5));
    runningId =
        second.client->startJob(SandboxTestClient::chatFile(10))[QStringLiteral("id")].toString();
    QVERIFY(runningId != doneId);
    QVERIFY(second.client->uploadFile(QStringLiteral("x.jsonl"), "{}")
                .json[QStringLiteral("id")]
                .toString() != fileId);
}

QTEST_GUILESS_MAIN(TestSandboxJobs)
#include "tst_sandboxjobs.moc"
