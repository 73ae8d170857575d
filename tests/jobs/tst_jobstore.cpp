// JobStore: every field of a job survives the workspace, events and metric points are kept
// once, the event cursor survives a restart, and a version 1 workspace gains the new columns
// without losing its datasets.
#include "core/jobs/jobstore.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceschema.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// A job with every field set, as a poll of a finished OpenAI job would leave it.
JobRecord fullRecord()
{
    JobRecord record;
    record.profileId = QStringLiteral("openai-work");
    record.providerKind = QStringLiteral("openai");
    record.totalSteps = 300;
    record.estimatedCostUsd = 4.25;
    record.eventCursor = QStringLiteral("ftevent-9");
    Job &job = record.job;
    job.id = QStringLiteral("ftjob-abc123");
    job.status = JobStatus::Failed;
    job.statusText = QStringLiteral("failed");
    job.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    job.fineTunedModel = QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::x1");
    job.createdAt = at(1764000000);
    job.finishedAt = at(1764003600);
    job.estimatedFinish = at(1764003000);
    job.trainedTokens = 123456;
    job.trainingFile = QStringLiteral("file-train");
    job.validationFile = QStringLiteral("file-valid");
    job.resultFiles = {QStringLiteral("file-result1"), QStringLiteral("file-result2")};
    job.error = {QStringLiteral("invalid_file"), QStringLiteral("Line 3 has no messages."),
                 QStringLiteral("training_file")};
    job.method = FineTuneMethod::Dpo;
    job.hyperparameters.set(Hyperparameters::Epochs, 3);
    job.hyperparameters.set(Hyperparameters::BatchSize, 8);
    job.hyperparameters.set(Hyperparameters::LearningRateMultiplier, 1.8);
    job.hyperparameters.set(Hyperparameters::Beta, 0.1);
    job.suffix = QStringLiteral("support");
    job.seed = 42;
    job.metadata = {{QStringLiteral("team"), QStringLiteral("care")}};
    job.raw = {{QStringLiteral("id"), job.id}, {QStringLiteral("x_unknown"), 7}};
    return record;
}

void compareRecords(const JobRecord &actual, const JobRecord &expected)
{
    QCOMPARE(actual.profileId, expected.profileId);
    QCOMPARE(actual.providerKind, expected.providerKind);
    QCOMPARE(actual.datasetId, expected.datasetId);
    QCOMPARE(actual.eventCursor, expected.eventCursor);
    QCOMPARE(actual.totalSteps, expected.totalSteps);
    QCOMPARE(actual.estimatedCostUsd, expected.estimatedCostUsd);
    const Job &a = actual.job;
    const Job &e = expected.job;
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.statusText, e.statusText);
    QCOMPARE(a.model, e.model);
    QCOMPARE(a.fineTunedModel, e.fineTunedModel);
    QCOMPARE(a.createdAt, e.createdAt);
    QCOMPARE(a.finishedAt, e.finishedAt);
    QCOMPARE(a.estimatedFinish, e.estimatedFinish);
    QCOMPARE(a.trainedTokens, e.trainedTokens);
    QCOMPARE(a.trainingFile, e.trainingFile);
    QCOMPARE(a.validationFile, e.validationFile);
    QCOMPARE(a.resultFiles, e.resultFiles);
    QVERIFY(a.error == e.error);
    QCOMPARE(a.method, e.method);
    QVERIFY(a.hyperparameters == e.hyperparameters);
    QCOMPARE(a.suffix, e.suffix);
    QCOMPARE(a.seed, e.seed);
    QCOMPARE(a.metadata, e.metadata);
    QCOMPARE(a.raw, e.raw);
}

JobEvent jobEvent(const QString &id, qint64 seconds, const QString &message)
{
    JobEvent event;
    event.id = id;
    event.createdAt = at(seconds);
    event.message = message;
    return event;
}

MetricPoint point(int step, std::optional<double> trainLoss, std::optional<double> validLoss = {})
{
    MetricPoint point;
    point.step = step;
    point.trainLoss = trainLoss;
    point.validLoss = validLoss;
    return point;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jobRoundTripsEveryField();
    void emptyFieldsStayEmpty();
    void savingAgainUpdatesTheSameJob();
    void providerUpdateKeepsWhatOnlyAjusteKnows();
    void eventsAreKeptOnce();
    void cursorAndStepsSurviveReopening();
    void metricPointsAreKeptOncePerStep();
    void wholeRunIsKept();
    void checkpointsAreSavedAndReplaced();
    void removingAJobRemovesItsHistory();
    void writesToAMissingJobFail();
    void migratesAVersion1Workspace();

private:
    bool open();
    void reopen();
    qint64 saveFull();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JobStore> m_store;
};

void TestJobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(open());
}

void TestJobStore::cleanup()
{
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

bool TestJobStore::open()
{
    m_store.reset();
    m_workspace.reset();
    Workspace::Error error;
    m_workspace = Workspace::open(m_dir->filePath(QStringLiteral("jobs.ajuste")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    if (!m_workspace) {
        qWarning() << error.message << error.detail;
        return false;
    }
    m_store = std::make_unique<JobStore>(m_workspace.get());
    return true;
}

void TestJobStore::reopen()
{
    QVERIFY(open());
}

qint64 TestJobStore::saveFull()
{
    return m_store->saveJob(fullRecord());
}

void TestJobStore::jobRoundTripsEveryField()
{
    QSqlQuery(m_workspace->database())
        .exec(QStringLiteral("INSERT INTO datasets(id, name, created_at, updated_at) "
                             "VALUES (7, 'Support', 1, 1)"));
    QSignalSpy added(m_store.get(), &JobStore::jobAdded);
    JobRecord expected = fullRecord();
    expected.datasetId = 7;
    const qint64 id = m_store->saveJob(expected);
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).toLongLong(), id);
    compareRecords(m_store->job(id), expected);
    QVERIFY(m_store->job(id).updatedAt > 0);

    reopen();
    compareRecords(m_store->job(id), expected);
    compareRecords(m_store->jobByProviderId(expected.profileId, expected.job.id), expected);
    QCOMPARE(m_store->jobs().size(), 1);
    QCOMPARE(m_store->jobs(expected.profileId).size(), 1);
    QCOMPARE(m_store->jobs(QStringLiteral("together")).size(), 0);
}

void TestJobStore::emptyFieldsStayEmpty()
{
    // Automatic hyperparameters, no error, no times: nothing turns into a misleading zero.
    JobRecord record;
    record.profileId = QStringLiteral("sandbox");
    record.job.id = QStringLiteral("ftjob-new");
    record.job.status = JobStatus::Queued;
    const qint64 id = m_store->saveJob(record);
    QVERIFY(id > 0);
    const JobRecord stored = m_store->job(id);
    compareRecords(stored, record);
    QVERIFY(stored.job.hyperparameters.isAuto());
    QVERIFY(stored.job.error.isEmpty());
    QVERIFY(!stored.job.createdAt.isValid());
    QVERIFY(!stored.job.trainedTokens);
    QVERIFY(!stored.totalSteps);
    QCOMPARE(stored.datasetId, 0);
}

void TestJobStore::savingAgainUpdatesTheSameJob()
{
    const qint64 id = saveFull();
    QSignalSpy added(m_store.get(), &JobStore::jobAdded);
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    JobRecord again = fullRecord();
    again.job.status = JobStatus::Succeeded;
    again.job.statusText = QStringLiteral("succeeded");
    QCOMPARE(m_store->saveJob(again), id);
    QCOMPARE(added.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->jobs().size(), 1);
    QCOMPARE(m_store->job(id).job.status, JobStatus::Succeeded);

    // The same provider id under another profile is another job.
    JobRecord elsewhere = fullRecord();
    elsewhere.profileId = QStringLiteral("openai-home");
    elsewhere.job.createdAt = at(1764100000);
    const qint64 other = m_store->saveJob(elsewhere);
    QVERIFY(other > 0 && other != id);
    QCOMPARE(added.count(), 1);
    // Newest first.
    QCOMPARE(m_store->jobs().first().id, other);
    QCOMPARE(m_store->jobs(QStringLiteral("openai-work")).size(), 1);
}

void TestJobStore::providerUpdateKeepsWhatOnlyAjusteKnows()
{
    const qint64 id = saveFull();
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    Job polled = fullRecord().job;
    polled.status = JobStatus::Running;
    polled.statusText = QStringLiteral("running");
    polled.trainedTokens = 200000;
    QVERIFY(m_store->updateJob(id, polled));
    QCOMPARE(changed.count(), 1);
    const qint64 updatedAt = m_store->job(id).updatedAt;
    // The next poll brings the same job: nothing is written, nothing is said.
    QTest::qWait(2);
    QVERIFY(m_store->updateJob(id, polled));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->job(id).updatedAt, updatedAt);
    const JobRecord stored = m_store->job(id);
    QCOMPARE(stored.job.status, JobStatus::Running);
    QCOMPARE(stored.job.trainedTokens, std::optional<qint64>(200000));
    QCOMPARE(stored.profileId, QStringLiteral("openai-work"));
    QCOMPARE(stored.eventCursor, QStringLiteral("ftevent-9"));
    QCOMPARE(stored.totalSteps, std::optional<int>(300));
    QCOMPARE(stored.estimatedCostUsd, std::optional<double>(4.25));

    QVERIFY(m_store->setEstimatedCost(id, std::nullopt));
    QVERIFY(!m_store->job(id).estimatedCostUsd);
}

void TestJobStore::eventsAreKeptOnce()
{
    const qint64 id = saveFull();
    QSignalSpy added(m_store.get(), &JobStore::eventsAdded);
    JobEvent metrics =
        jobEvent(QStringLiteral("e3"), 1003, QStringLiteral("Step 1/300: training loss=1.20"));
    metrics.type = JobEvent::Type::Metrics;
    metrics.level = JobEvent::Level::Warning;
    metrics.data = {{QStringLiteral("step"), 1}, {QStringLiteral("train_loss"), 1.2}};
    MetricPoint point;
    point.step = 1;
    point.trainLoss = 1.2;
    metrics.metricPoint = point;
    const QList<JobEvent> first{jobEvent(QStringLiteral("e1"), 1001, QStringLiteral("Validating")),
                                jobEvent(QStringLiteral("e2"), 1002, QStringLiteral("Started")),
                                metrics};
    QCOMPARE(m_store->appendEvents(id, first), 3);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.last().at(1).toInt(), 3);

    // The next poll overlaps the last one.
    JobEvent failed = jobEvent(QStringLiteral("e4"), 1004, QStringLiteral("Failed"));
    failed.level = JobEvent::Level::Error;
    QCOMPARE(m_store->appendEvents(id, {first.at(1), metrics, failed}), 1);
    QCOMPARE(added.last().at(1).toInt(), 1);
    QCOMPARE(m_store->appendEvents(id, first), 0);
    QCOMPARE(added.count(), 2); // nothing new, no signal

    // Events without an id are kept once too.
    const JobEvent anonymous = jobEvent(QString(), 1005, QStringLiteral("Checkpoint saved"));
    QCOMPARE(m_store->appendEvents(id, {anonymous}), 1);
    QCOMPARE(m_store->appendEvents(id, {anonymous}), 0);

    const QList<JobEvent> stored = m_store->events(id);
    QCOMPARE(stored.size(), 5);
    QCOMPARE(m_store->eventCount(id), 5);
    QCOMPARE(stored.at(0).id, QStringLiteral("e1"));
    QCOMPARE(stored.at(3).level, JobEvent::Level::Error);
    const JobEvent &back = stored.at(2);
    QCOMPARE(back.id, metrics.id);
    QCOMPARE(back.createdAt, metrics.createdAt);
    QCOMPARE(back.level, JobEvent::Level::Warning);
    QCOMPARE(back.type, JobEvent::Type::Metrics);
    QCOMPARE(back.message, metrics.message);
    QCOMPARE(back.data, metrics.data);
    QCOMPARE(back.metrics()->trainLoss, std::optional<double>(1.2));
    QCOMPARE(stored.at(4).message, QStringLiteral("Checkpoint saved"));
}

void TestJobStore::cursorAndStepsSurviveReopening()
{
    const qint64 id = m_store->saveJob([] {
        JobRecord record = fullRecord();
        record.eventCursor.clear();
        record.totalSteps.reset();
        return record;
    }());
    QCOMPARE(m_store->eventCursor(id), QString());
    QCOMPARE(m_store->appendEvents(id,
                                   {jobEvent(QStringLiteral("e1"), 1, QStringLiteral("a")),
                                    jobEvent(QStringLiteral("e2"), 2, QStringLiteral("b"))},
                                   QStringLiteral("e2")),
             2);
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QVERIFY(m_store->setTotalSteps(id, 120));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_store->setTotalSteps(id, 120));
    QCOMPARE(changed.count(), 1); // unchanged: no signal

    reopen();
    QCOMPARE(m_store->eventCursor(id), QStringLiteral("e2"));
    QCOMPARE(m_store->totalSteps(id), std::optional<int>(120));
    QCOMPARE(m_store->eventCount(id), 2);
    // A cursor on its own (a poll that only moved it).
    QVERIFY(m_store->setEventCursor(id, QStringLiteral("e5")));
    reopen();
    QCOMPARE(m_store->job(id).eventCursor, QStringLiteral("e5"));
}

void TestJobStore::metricPointsAreKeptOncePerStep()
{
    const qint64 id = m_store->saveJob([] {
        JobRecord record = fullRecord();
        record.totalSteps.reset();
        return record;
    }());
    QSignalSpy added(m_store.get(), &JobStore::metricsAdded);
    QSignalSpy changed(m_store.get(), &JobStore::jobChanged);
    QList<MetricPoint> first;
    for (int step = 5; step >= 1; --step) // out of order on purpose
        first.append(point(step, 2.0 - step * 0.1));
    first[0].totalSteps = 50;
    QCOMPARE(m_store->appendMetrics(id, first), 5);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.last().at(1).toInt(), 1);
    QCOMPARE(added.last().at(2).toInt(), 5);
    QCOMPARE(m_store->totalSteps(id), std::optional<int>(50));
    QCOMPARE(changed.count(), 1);

    // Steps 3 and 4 again as they were, step 5 with its validation, 6 and 7 new.
    QList<MetricPoint> second{point(3, 1.7), point(4, 1.6), point(5, std::nullopt, 1.9),
                              point(6, 1.4), point(7, 1.3)};
    QCOMPARE(m_store->appendMetrics(id, second), 3);
    QCOMPARE(added.last().at(1).toInt(), 5);
    QCOMPARE(added.last().at(2).toInt(), 7);
    QCOMPARE(m_store->appendMetrics(id, second), 0);
    QCOMPARE(added.count(), 2);

    const QList<MetricPoint> run = m_store->metrics(id);
    QCOMPARE(run.size(), 7);
    for (int i = 0; i < run.size(); ++i)
        QCOMPARE(run.at(i).step, i + 1);
    // Completed, not replaced: step 5 keeps its training loss and gains validation.
    QVERIFY(qFuzzyCompare(*run.at(4).trainLoss, 1.5));
    QVERIFY(qFuzzyCompare(*run.at(4).validLoss, 1.9));
    QCOMPARE(run.at(4).totalSteps, std::optional<int>(50));
    QVERIFY(!run.at(0).validLoss);

    // Every measurement a point can carry comes back.
    MetricPoint full;
    full.step = 8;
    full.totalSteps = 50;
    full.trainLoss = 1.25;
    full.trainAccuracy = 0.61;
    full.validLoss = 1.5;
    full.validAccuracy = 0.55;
    full.fullValidLoss = 1.45;
    full.fullValidAccuracy = 0.57;
    QCOMPARE(m_store->appendMetrics(id, {full}), 1);
    QCOMPARE(m_store->metrics(id, 8, 8).value(0), full);
    QCOMPARE(m_store->metrics(id, 2, 4).size(), 3);
}

void TestJobStore::wholeRunIsKept()
{
    const qint64 id = saveFull();
    QSignalSpy added(m_store.get(), &JobStore::metricsAdded);
    QList<MetricPoint> points;
    for (int step = 1; step <= 5000; ++step)
        points.append(point(step, 3.0 / step));
    QCOMPARE(m_store->appendMetrics(id, points), 5000);
    QCOMPARE(added.count(), 1); // one transaction, one signal
    reopen();
    const QList<MetricPoint> run = m_store->metrics(id);
    QCOMPARE(run.size(), 5000);
    QCOMPARE(run.first().step, 1);
    QCOMPARE(run.last().step, 5000);
    QCOMPARE(m_store->metricCount(id), 5000);
    // The same run read on a worker thread.
    QFuture<QList<MetricPoint>> future = m_store->metricsAsync(id);
    future.waitForFinished();
    QCOMPARE(future.result(), run);
}

void TestJobStore::checkpointsAreSavedAndReplaced()
{
    const qint64 id = saveFull();
    QSignalSpy changed(m_store.get(), &JobStore::checkpointsChanged);
    Checkpoint checkpoint;
    checkpoint.id = QStringLiteral("ftckpt-1");
    checkpoint.createdAt = at(1764002000);
    checkpoint.modelName = QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::x1:ckpt-step-100");
    checkpoint.stepNumber = 100;
    checkpoint.metrics.step = 100;
    checkpoint.metrics.trainLoss = 0.5;
    checkpoint.metrics.validLoss = 0.7;
    checkpoint.metrics.fullValidAccuracy = 0.8;
    QVERIFY(m_store->saveCheckpoint(id, checkpoint));
    QCOMPARE(changed.count(), 1);
    Checkpoint stored = m_store->checkpoints(id).value(0);
    QCOMPARE(stored.id, checkpoint.id);
    QCOMPARE(stored.createdAt, checkpoint.createdAt);
    QCOMPARE(stored.modelName, checkpoint.modelName);
    QCOMPARE(stored.stepNumber, 100);
    QCOMPARE(stored.metrics, checkpoint.metrics);
    QCOMPARE(stored.jobId, QStringLiteral("ftjob-abc123"));

    // Saving it again updates it; the provider's list then replaces the stored ones.
    checkpoint.metrics.trainLoss = 0.45;
    QVERIFY(m_store->saveCheckpoint(id, checkpoint));
    QCOMPARE(m_store->checkpoints(id).size(), 1);
    QCOMPARE(m_store->checkpoints(id).first().metrics.trainLoss, std::optional<double>(0.45));
    Checkpoint later = checkpoint;
    later.id = QStringLiteral("ftckpt-3");
    later.stepNumber = 300;
    Checkpoint middle = checkpoint;
    middle.id = QStringLiteral("ftckpt-2");
    middle.stepNumber = 200;
    QVERIFY(m_store->replaceCheckpoints(id, {later, middle}));
    const QList<Checkpoint> replaced = m_store->checkpoints(id);
    QCOMPARE(replaced.size(), 2);
    QCOMPARE(replaced.at(0).id, QStringLiteral("ftckpt-2"));
    QCOMPARE(replaced.at(1).id, QStringLiteral("ftckpt-3"));
    QCOMPARE(replaced.at(1).metrics.step, 300);
    QCOMPARE(changed.count(), 3);
}

void TestJobStore::removingAJobRemovesItsHistory()
{
    const qint64 id = saveFull();
    const qint64 kept = m_store->saveJob([] {
        JobRecord record = fullRecord();
        record.job.id = QStringLiteral("ftjob-other");
        return record;
    }());
    QCOMPARE(m_store->appendEvents(id, {jobEvent(QStringLiteral("e1"), 1, QStringLiteral("a"))}),
             1);
    QCOMPARE(m_store->appendEvents(kept, {jobEvent(QStringLiteral("e1"), 1, QStringLiteral("a"))}),
             1);
    QCOMPARE(m_store->appendMetrics(id, {point(1, 1.0)}), 1);
    Checkpoint checkpoint;
    checkpoint.id = QStringLiteral("c1");
    QVERIFY(m_store->saveCheckpoint(id, checkpoint));
    QSignalSpy aboutToRemove(m_store.get(), &JobStore::jobAboutToBeRemoved);
    QSignalSpy removed(m_store.get(), &JobStore::jobRemoved);
    QVERIFY(m_store->removeJob(id));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->job(id).id, 0);
    QCOMPARE(m_store->eventCount(id), 0);
    QCOMPARE(m_store->metricCount(id), 0);
    QCOMPARE(m_store->checkpoints(id).size(), 0);
    QCOMPARE(m_store->eventCount(kept), 1);
    QCOMPARE(m_store->jobs().size(), 1);
}

void TestJobStore::writesToAMissingJobFail()
{
    QCOMPARE(m_store->appendEvents(99, {jobEvent(QStringLiteral("e1"), 1, QStringLiteral("a"))}),
             -1);
    QVERIFY(!m_store->lastError().isEmpty());
    QCOMPARE(m_store->appendMetrics(99, {point(1, 1.0)}), -1);
    QVERIFY(!m_store->updateJob(99, Job{}));
    QCOMPARE(m_store->saveJob(JobRecord{}), 0);
    QVERIFY(!m_store->lastError().isEmpty());
}

void TestJobStore::migratesAVersion1Workspace()
{
    // A workspace as the previous version left it: a dataset with an example and a job.
    m_store.reset();
    m_workspace.reset();
    const QString path = m_dir->filePath(QStringLiteral("version1.ajuste"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(WorkspaceSchema::migrate(db, 0, &error, 1), qPrintable(error));
        QSqlQuery query(db);
        for (const char *sql :
             {"INSERT INTO datasets(id, name, created_at, updated_at) VALUES (1, 'Suporte', 1, 1)",
              "INSERT INTO examples(dataset_id, position, created_at, updated_at, json) "
              "VALUES (1, 0, 1, 1, '{\"messages\":[]}')",
              "INSERT INTO jobs(profile_id, remote_id, dataset_id, base_model, status, "
              "fine_tuned_model, created_at, json) VALUES ('openai', 'ftjob-old', 1, "
              "'gpt-4o-mini-2024-07-18', 'succeeded', 'ft:gpt-4o-mini:acme::1', 1764000000000, "
              "'{\"id\":\"ftjob-old\"}')",
              "INSERT INTO metric_points(job_id, step, train_loss) VALUES (1, 1, 2.5)"})
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        QSqlQuery version(db);
        QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
        QCOMPARE(version.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Workspace::Error error;
    m_workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(m_workspace, qPrintable(error.message + error.detail));
    QVERIFY(QFile::exists(path + QStringLiteral(".v1.bak")));
    QSqlQuery query(m_workspace->database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT name, (SELECT count(*) FROM examples) FROM datasets")) &&
        query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Suporte"));
    QCOMPARE(query.value(1).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), WorkspaceSchema::currentVersion());
    const QSqlRecord jobColumns = m_workspace->database().record(QStringLiteral("jobs"));
    for (const char *column : {"provider_kind", "event_cursor", "total_steps", "status_text",
                               "hyperparameters", "trained_tokens", "updated_at"})
        QVERIFY2(jobColumns.contains(QLatin1String(column)), column);
    QVERIFY(m_workspace->database()
                .record(QStringLiteral("metric_points"))
                .contains(QStringLiteral("total_steps")));
    QVERIFY(m_workspace->database()
                .record(QStringLiteral("playground_sessions"))
                .contains(QStringLiteral("columns")));
    QVERIFY(m_workspace->database()
                .record(QStringLiteral("comparisons"))
                .contains(QStringLiteral("model_a")));

    // The old job reads back with the new fields empty, and polling can go on.
    m_store = std::make_unique<JobStore>(m_workspace.get());
    const JobRecord old =
        m_store->jobByProviderId(QStringLiteral("openai"), QStringLiteral("ftjob-old"));
    QVERIFY(old.id > 0);
    QCOMPARE(old.datasetId, 1);
    QCOMPARE(old.job.status, JobStatus::Succeeded);
    QCOMPARE(old.job.fineTunedModel, QStringLiteral("ft:gpt-4o-mini:acme::1"));
    QCOMPARE(old.job.createdAt, at(1764000000));
    QCOMPARE(old.eventCursor, QString());
    QVERIFY(!old.totalSteps);
    QVERIFY(old.job.hyperparameters.isAuto());
    QCOMPARE(m_store->metrics(old.id).size(), 1);
    QCOMPARE(m_store->appendEvents(old.id, {jobEvent(QStringLiteral("e1"), 1, QStringLiteral("a"))},
                                   QStringLiteral("e1")),
             1);
    QCOMPARE(m_store->eventCursor(old.id), QStringLiteral("e1"));
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
