// `ajuste job …`, the built program against real Sandbox processes at --base-url (with a
// recognisable fake key that must never be printed) and, once, the default Sandbox it starts
// itself: start --wait with its lines and exit status, list --json, show, events, cancel,
// metrics --out and its columns, --workspace recording the job, OpenAI's refusal, a provider
// that cannot be reached (exit 2), bad usage (exit 2).
#include "core/charts/metricscsv.h"
#include "jobsfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>

using namespace JobsTest;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QString all() const { return out + err; }
};

const QString Model = QStringLiteral("gpt-4o-mini-2024-07-18");

} // namespace

class TestJobCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndBadUsage();
    void startWaitThenListShowEventsAndMetrics();
    void cancelStopsARunningJob();
    void workspaceRecordsTheJob();
    void refusalIsExplainedAndFails();
    void unreachableProviderExitsTwo();
    void defaultIsTheSandbox();

private:
    Run ajuste(const QStringList &arguments, bool withKey = true);
    QStringList at(const QUrl &url) const
    {
        return {QStringLiteral("--base-url"), url.toString(), QStringLiteral("--provider"),
                QStringLiteral("openai")};
    }
    void verifyNoKey(const Run &run)
    {
        QVERIFY2(!run.all().contains(fakeKey()), qPrintable(run.all()));
        QVERIFY(!run.all().contains(QStringLiteral("DO-NOT-PRINT")));
    }

    QTemporaryDir m_home;
    SandboxProcess m_fast;
    QUrl m_url;
    QString m_training;
};

void TestJobCommand::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_url = m_fast.start({QStringLiteral("--speed"), QStringLiteral("1000")});
    QVERIFY(m_url.isValid());
    m_training = m_home.filePath(QStringLiteral("train.jsonl"));
    QFile file(m_training);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 12; ++i)
        file.write(QJsonDocument(Fixture::chat(i)).toJson(QJsonDocument::Compact) + '\n');
}

Run TestJobCommand::ajuste(const QStringList &arguments, bool withKey)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A private home: the user's profiles, keys and Sandbox are never touched.
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    if (withKey)
        environment.insert(QStringLiteral("AJUSTE_API_KEY"), fakeKey());
    else
        environment.remove(QStringLiteral("AJUSTE_API_KEY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AJUSTE_BINARY_DIR "/app/ajuste"),
                  QStringList{QStringLiteral("job")} + arguments);
    Run result;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestJobCommand::helpAndBadUsage()
{
    const Run help = ajuste({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage: ajuste job ")), qPrintable(help.out));
    for (const char *name : {"start", "list", "show", "events", "cancel", "metrics"})
        QVERIFY(help.out.contains(QLatin1String(name)));
    const Run startHelp = ajuste({QStringLiteral("start"), QStringLiteral("--help")});
    QCOMPARE(startHelp.exitCode, 0);
    QVERIFY2(startHelp.out.startsWith(QStringLiteral("Usage: ajuste job start ")),
             qPrintable(startHelp.out));
    QVERIFY(startHelp.out.contains(QStringLiteral("--learning-rate-multiplier")));

    const Run noModel = ajuste(QStringList{QStringLiteral("start"), m_training} + at(m_url));
    QCOMPARE(noModel.exitCode, 2);
    QVERIFY(noModel.err.contains(QStringLiteral("--model")));
    QVERIFY(noModel.err.contains(QStringLiteral("Usage: ajuste job start")));
    const Run both =
        ajuste(QStringList{QStringLiteral("start"), m_training, QStringLiteral("--model"), Model,
                           QStringLiteral("--learning-rate"), QStringLiteral("0.1"),
                           QStringLiteral("--learning-rate-multiplier"), QStringLiteral("2")} +
               at(m_url));
    QCOMPARE(both.exitCode, 2);
    // A setting OpenAI does not take is refused before any file is sent.
    const Run wrongKnob =
        ajuste(QStringList{QStringLiteral("start"), m_training, QStringLiteral("--model"), Model,
                           QStringLiteral("--learning-rate"), QStringLiteral("0.00001")} +
               at(m_url));
    QCOMPARE(wrongKnob.exitCode, 2);
    QVERIFY2(wrongKnob.err.contains(QStringLiteral("learning_rate")), qPrintable(wrongKnob.err));
    QVERIFY(!wrongKnob.err.contains(QStringLiteral("Sending the training examples")));
    QVERIFY(wrongKnob.out.isEmpty());
    const Run unknown = ajuste({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    const Run noKey = ajuste(QStringList{QStringLiteral("list")} + at(m_url), false);
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY(noKey.err.contains(QStringLiteral("AJUSTE_API_KEY")));
}

void TestJobCommand::startWaitThenListShowEventsAndMetrics()
{
    const Run started = ajuste(
        QStringList{QStringLiteral("start"), m_training, QStringLiteral("--model"), Model,
                    QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--suffix"),
                    QStringLiteral("cli"), QStringLiteral("--wait")} +
        at(m_url));
    QVERIFY2(started.exitCode == 0, qPrintable(started.all()));
    verifyNoKey(started);
    const QStringList lines = started.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("Started job ftjob-")));
    const QString jobId = lines.first().section(QLatin1Char(' '), 2, 2);
    QVERIFY(lines.contains(QStringLiteral("Status: Checking your files")));
    QVERIFY(lines.contains(QStringLiteral("Status: Finished")));
    // 12 examples, batch size 1, 2 epochs: one line per step, in order.
    QStringList steps;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("step ")))
            steps.append(line);
    }
    QCOMPARE(steps.size(), 24);
    QVERIFY2(steps.first().startsWith(QStringLiteral("step 1/24  training loss ")),
             qPrintable(steps.first()));
    QVERIFY(steps.last().startsWith(QStringLiteral("step 24/24  training loss ")));
    QVERIFY(QRegularExpression(QStringLiteral("^step 1/24  training loss \\d+\\.\\d{3}"))
                .match(steps.first())
                .hasMatch());
    QVERIFY(started.err.contains(QStringLiteral("Sending the training examples")));

    const Run listed =
        ajuste(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + at(m_url));
    QCOMPARE(listed.exitCode, 0);
    verifyNoKey(listed);
    const QJsonArray jobs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QVERIFY(!jobs.isEmpty());
    QJsonObject job;
    for (const QJsonValue &value : jobs) {
        if (value[QStringLiteral("id")].toString() == jobId)
            job = value.toObject();
    }
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(job[QStringLiteral("model")].toString(), Model);

    const Run shown = ajuste(QStringList{QStringLiteral("show"), jobId} + at(m_url));
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.out.contains(QStringLiteral("Job: ") + jobId));
    QVERIFY(shown.out.contains(QStringLiteral("Status: Finished")));
    QVERIFY(shown.out.contains(QStringLiteral("Fine-tuned model: ft:") + Model));
    const Run shownJson =
        ajuste(QStringList{QStringLiteral("show"), jobId, QStringLiteral("--json")} + at(m_url));
    QCOMPARE(QJsonDocument::fromJson(shownJson.out.toUtf8())[QStringLiteral("id")].toString(),
             jobId);

    const Run events = ajuste(QStringList{QStringLiteral("events"), jobId} + at(m_url));
    QCOMPARE(events.exitCode, 0);
    QVERIFY(events.out.contains(QStringLiteral("Step 24/24")));
    QVERIFY(events.out.count(QLatin1Char('\n')) > 24);
    QVERIFY(events.out.indexOf(QStringLiteral("Step 1/24")) <
            events.out.indexOf(QStringLiteral("Step 24/24")));

    const QString csv = m_home.filePath(QStringLiteral("metrics.csv"));
    const Run metrics = ajuste(
        QStringList{QStringLiteral("metrics"), jobId, QStringLiteral("--out"), csv} + at(m_url));
    QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.all()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
    QCOMPARE(rows.first().trimmed(),
             QByteArray("step,epoch,train_loss,train_accuracy,valid_loss,valid_accuracy,"
                        "full_valid_loss,full_valid_accuracy"));
    QCOMPARE(rows.size(), 25);
    QVERIFY(rows.at(1).startsWith("1,"));
    QVERIFY(rows.last().startsWith("24,"));
    // No validation file: its cells are empty, the training loss and accuracy are there.
    QVERIFY2(rows.at(1).endsWith(",,,,"), rows.at(1).constData());
    QCOMPARE(rows.at(1).split(',').size(), 8);
    QVERIFY(!rows.at(1).split(',').at(2).isEmpty());
    QVERIFY(!rows.at(1).split(',').at(3).isEmpty());
    const Run json =
        ajuste(QStringList{QStringLiteral("metrics"), jobId, QStringLiteral("--json")} + at(m_url));
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 24);
}

void TestJobCommand::cancelStopsARunningJob()
{
    SandboxProcess slow;
    const QUrl url = slow.start({QStringLiteral("--speed"), QStringLiteral("1")});
    QVERIFY(url.isValid());
    const Run started =
        ajuste(QStringList{QStringLiteral("start"), m_training, QStringLiteral("--model"), Model} +
               at(url));
    QVERIFY2(started.exitCode == 0, qPrintable(started.all()));
    const QString jobId = started.out.section(QLatin1Char(' '), 2, 2);
    QVERIFY(jobId.startsWith(QStringLiteral("ftjob-")));

    const Run cancelled = ajuste(QStringList{QStringLiteral("cancel"), jobId} + at(url));
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.all()));
    QVERIFY(cancelled.out.contains(QStringLiteral("Status: Cancelled")));
    verifyNoKey(cancelled);
    const Run again = ajuste(QStringList{QStringLiteral("cancel"), jobId} + at(url));
    QCOMPARE(again.exitCode, 1); // the provider refuses: it is over already
    QVERIFY(!again.err.isEmpty());
    verifyNoKey(again);
}

void TestJobCommand::workspaceRecordsTheJob()
{
    Fixture fixture;
    QVERIFY(fixture.openWorkspace());
    const qint64 datasetId = fixture.dataset(20, 25, QStringLiteral("Care"));
    const QString path = fixture.workspace->path();
    fixture.closeWorkspace();

    const Run started =
        ajuste(QStringList{QStringLiteral("start"), QStringLiteral("--workspace"), path,
                           QStringLiteral("--dataset"), QStringLiteral("Care"),
                           QStringLiteral("--model"), Model, QStringLiteral("--wait")} +
               at(m_url));
    QVERIFY2(started.exitCode == 0, qPrintable(started.all()));
    QVERIFY(started.err.contains(QStringLiteral("Sending the validation examples")));
    const QString jobId = started.out.section(QLatin1Char(' '), 2, 2);

    QVERIFY(fixture.openWorkspace());
    const QList<JobRecord> records = fixture.jobs->jobs();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().job.id, jobId);
    QCOMPARE(records.first().datasetId, datasetId);
    QCOMPARE(records.first().providerKind, ProviderProfile::kindId(ProviderKind::OpenAI));
    QCOMPARE(records.first().job.status, JobStatus::Succeeded); // --wait kept it up to date
    QVERIFY(!records.first().job.validationFile.isEmpty());
    QVERIFY(fixture.jobs->metricCount(records.first().id) > 0);
    QVERIFY(fixture.jobs->eventCount(records.first().id) > 0);
}

void TestJobCommand::refusalIsExplainedAndFails()
{
    SandboxProcess refusing;
    const QUrl url = refusing.start({QStringLiteral("--refuse-fine-tuning")});
    QVERIFY(url.isValid());
    const Run refused =
        ajuste(QStringList{QStringLiteral("start"), m_training, QStringLiteral("--model"), Model} +
               at(url));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(ApiError::messageFor(ApiError::Kind::FineTuningClosed)),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("HTTP 403")));
    QVERIFY(refused.out.isEmpty());
    verifyNoKey(refused);
}

void TestJobCommand::unreachableProviderExitsTwo()
{
    QTcpServer probe; // a port that was free a moment ago, with nobody listening now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort()));
    probe.close();
    for (const QStringList &command :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("start"), m_training, QStringLiteral("--model"), Model}}) {
        const Run run = ajuste(command + at(closed));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        verifyNoKey(run);
    }
}

void TestJobCommand::defaultIsTheSandbox()
{
    // No provider options: the Sandbox the program starts itself (found in the build tree).
    const Run listed = ajuste({QStringLiteral("list"), QStringLiteral("--json")}, false);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.all()));
    QVERIFY(QJsonDocument::fromJson(listed.out.toUtf8()).isArray());
}

QTEST_GUILESS_MAIN(TestJobCommand)
#include "tst_jobcommand.moc"
