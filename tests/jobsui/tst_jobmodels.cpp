// The Jobs screens' models over a real workspace: the job list follows the JobStore's signals
// (added, changed, removed, new measurements) and filters and sorts as the user asks; the
// events log grows at the bottom; checkpoints follow the provider's list; the status reads in
// plain words; a finished job is announced. Every model runs under QAbstractItemModelTester.
#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "ui/jobs/checkpointsmodel.h"
#include "ui/jobs/jobeventsfilter.h"
#include "ui/jobs/jobeventsmodel.h"
#include "ui/jobs/jobfiltermodel.h"
#include "ui/jobs/joblistmodel.h"
#include "ui/jobs/jobnotifier.h"
#include "ui/jobs/jobstatuswords.h"
#include "ui/jobs/notificationbanner.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QWidget>
#include <QtTest>
#include <memory>

namespace {

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

JobRecord record(const QString &id, const QString &profile, JobStatus status, qint64 created)
{
    JobRecord r;
    r.profileId = profile;
    r.providerKind = profile == QLatin1String("sandbox") ? QStringLiteral("sandbox")
                                                         : QStringLiteral("together");
    r.job.id = id;
    r.job.status = status;
    r.job.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    r.job.createdAt = at(created);
    r.job.suffix = id;
    if (JobStatusText::isFinal(status))
        r.job.finishedAt = at(created + 600);
    return r;
}

JobEvent jobEvent(const QString &id, qint64 time, const QString &message)
{
    JobEvent e;
    e.id = id;
    e.createdAt = at(time);
    e.message = message;
    return e;
}

MetricPoint point(int step, double loss)
{
    MetricPoint p;
    p.step = step;
    p.totalSteps = 30;
    p.trainLoss = loss;
    return p;
}

} // namespace

class TestJobModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listFollowsTheStore();
    void listFiltersByStatusAndProfile();
    void listSortsByValue();
    void eventsGrowAtTheBottomAndCopy();
    void longEventsLogKeepsEveryLine();
    void searchIsAnsweredOffTheGuiThreadWithTheLinesThatCameMeanwhile();
    void newerSearchReplacesAnOlderOneAndClearingIsAtOnce();
    void hostileEventsAreShownAsText();
    void checkpointsFollowTheProvidersList();
    void statusReadsInPlainWords();
    void finishedJobShowsTheBanner();

private:
    qint64 jobWithSteps(const QString &id, int lines);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<DatasetStore> m_datasets;
};

void TestJobModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Workspace::Error error;
    m_workspace = Workspace::open(m_dir->filePath(QStringLiteral("jobs.ajuste")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_jobs = std::make_unique<JobStore>(m_workspace.get());
    m_datasets = std::make_unique<DatasetStore>(m_workspace.get());
}

void TestJobModels::cleanup()
{
    m_datasets.reset();
    m_jobs.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestJobModels::listFollowsTheStore()
{
    const qint64 dataset = m_datasets->createDataset(QStringLiteral("Support"));
    JobRecord first =
        record(QStringLiteral("old"), QStringLiteral("sandbox"), JobStatus::Succeeded, 1000);
    first.datasetId = dataset;
    QVERIFY(m_jobs->saveJob(first));

    JobListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStores(m_jobs.get(), m_datasets.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobListModel::DatasetColumn).data().toString(),
             QStringLiteral("Support"));
    QVERIFY(!model.hasActiveJobs());
    QVERIFY(!model.clock().isActive());

    // A new job arrives at the top, and the clock starts moving its elapsed time.
    const qint64 running = m_jobs->saveJob(
        record(QStringLiteral("new"), QStringLiteral("sandbox"), JobStatus::Queued, 2000));
    QVERIFY(running);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.jobIdAt(0), running);
    QVERIFY(model.clock().isActive());
    QCOMPARE(model.index(0, JobListModel::StatusColumn).data().toString(),
             QStringLiteral("Waiting in line"));
    QVERIFY(model.index(0, JobListModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("Waiting in line at the provider\n")));

    // It starts learning: the status column follows the measurements without a reload.
    Job job = m_jobs->job(running).job;
    job.status = JobStatus::Running;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_jobs->updateJob(running, job));
    QVERIFY(!changed.isEmpty());
    QVERIFY(m_jobs->appendMetrics(running, {point(1, 2.0), point(2, 1.5)}) > 0);
    QCOMPARE(model.index(0, JobListModel::StatusColumn).data().toString(),
             QStringLiteral("Learning — step 2 of 30"));

    // It succeeds and names its model.
    job.status = JobStatus::Succeeded;
    job.fineTunedModel = QStringLiteral("ft:gpt-4o-mini-2024-07-18:sandbox:new:1");
    job.finishedAt = at(2600);
    job.trainedTokens = 12345;
    QVERIFY(m_jobs->updateJob(running, job));
    QCOMPARE(model.index(0, JobListModel::TunedModelColumn).data().toString(), job.fineTunedModel);
    QCOMPARE(model.index(0, JobListModel::TokensColumn).data().toString(),
             QLocale().toString(12345));
    QCOMPARE(model.index(0, JobListModel::ElapsedColumn).data().toString(),
             QStringLiteral("10 min"));
    QVERIFY(!model.clock().isActive());

    // A renamed dataset shows its new name; a removed job leaves the list.
    QVERIFY(m_datasets->renameDataset(dataset, QStringLiteral("Customer care")));
    QCOMPARE(model.index(1, JobListModel::DatasetColumn).data().toString(),
             QStringLiteral("Customer care"));
    QVERIFY(m_jobs->removeJob(running));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JobListModel::NameColumn).data().toString(), QStringLiteral("old"));

    model.setStores(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestJobModels::listFiltersByStatusAndProfile()
{
    QVERIFY(m_jobs->saveJob(
        record(QStringLiteral("a"), QStringLiteral("sandbox"), JobStatus::Running, 100)));
    QVERIFY(m_jobs->saveJob(
        record(QStringLiteral("b"), QStringLiteral("sandbox"), JobStatus::Failed, 200)));
    QVERIFY(m_jobs->saveJob(
        record(QStringLiteral("c"), QStringLiteral("together-1"), JobStatus::Succeeded, 300)));
    const qint64 paused = m_jobs->saveJob(
        record(QStringLiteral("d"), QStringLiteral("together-1"), JobStatus::Paused, 400));
    JobListModel model;
    model.setStores(m_jobs.get(), nullptr);
    JobFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 4);

    const auto names = [&filter] {
        QStringList list;
        for (int row = 0; row < filter.rowCount(); ++row)
            list.append(filter.index(row, JobListModel::NameColumn).data().toString());
        return list;
    };
    filter.setStatusFilter(JobFilterModel::StatusFilter::Active);
    QCOMPARE(names(), (QStringList{QStringLiteral("d"), QStringLiteral("a")}));
    filter.setProfileFilter(QStringLiteral("together-1"));
    QCOMPARE(names(), QStringList{QStringLiteral("d")});
    // The paused job is resumed and finishes: it leaves the "active" list by itself.
    Job job = m_jobs->job(paused).job;
    job.status = JobStatus::Succeeded;
    job.finishedAt = at(900);
    QVERIFY(m_jobs->updateJob(paused, job));
    QCOMPARE(filter.rowCount(), 0);
    filter.setStatusFilter(JobFilterModel::StatusFilter::Succeeded);
    QCOMPARE(names(), (QStringList{QStringLiteral("d"), QStringLiteral("c")}));
    filter.setProfileFilter({});
    filter.setStatusFilter(JobFilterModel::StatusFilter::Failed);
    QCOMPARE(names(), QStringList{QStringLiteral("b")});
    filter.setStatusFilter(JobFilterModel::StatusFilter::All);
    QCOMPARE(filter.rowCount(), 4);
}

void TestJobModels::listSortsByValue()
{
    JobRecord small =
        record(QStringLiteral("small"), QStringLiteral("sandbox"), JobStatus::Succeeded, 100);
    small.job.trainedTokens = 9000;
    JobRecord big =
        record(QStringLiteral("big"), QStringLiteral("sandbox"), JobStatus::Succeeded, 50);
    big.job.trainedTokens = 100000; // sorts after 9,000 as a number, before it as text
    JobRecord running =
        record(QStringLiteral("running"), QStringLiteral("sandbox"), JobStatus::Running, 10);
    for (const JobRecord &r : {small, big, running})
        QVERIFY(m_jobs->saveJob(r));
    JobListModel model;
    model.setStores(m_jobs.get(), nullptr);
    JobFilterModel filter;
    filter.setSourceModel(&model);
    const auto firstName = [&filter] {
        return filter.index(0, JobListModel::NameColumn).data().toString();
    };
    filter.sort(JobListModel::TokensColumn, Qt::DescendingOrder);
    QCOMPARE(firstName(), QStringLiteral("big"));
    filter.sort(JobListModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(firstName(), QStringLiteral("running"));
    filter.sort(JobListModel::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(firstName(), QStringLiteral("small"));
    // By status, the active jobs come first.
    filter.sort(JobListModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(firstName(), QStringLiteral("running"));
}

void TestJobModels::eventsGrowAtTheBottomAndCopy()
{
    const qint64 job = m_jobs->saveJob(
        record(QStringLiteral("j"), QStringLiteral("sandbox"), JobStatus::Running, 100));
    QVERIFY(
        m_jobs->appendEvents(job, {jobEvent(QStringLiteral("e1"), 100, QStringLiteral("Created")),
                                   jobEvent(QStringLiteral("e2"), 110,
                                            QStringLiteral("Validating training file"))}) == 2);
    JobEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(m_jobs.get(), job);
    QCOMPARE(model.rowCount(), 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_jobs->appendEvents(job, {jobEvent(QStringLiteral("e3"), 120,
                                                QStringLiteral("Step 1/30: training loss=2.1"))}) ==
            1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2); // at the bottom
    QCOMPARE(model.index(2, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step 1/30: training loss=2.1"));
    // Events of another job change nothing here.
    const qint64 other = m_jobs->saveJob(
        record(QStringLiteral("k"), QStringLiteral("sandbox"), JobStatus::Running, 100));
    QVERIFY(m_jobs->appendEvents(other, {jobEvent(QStringLiteral("x"), 1, QStringLiteral("x"))}) ==
            1);
    QCOMPARE(model.rowCount(), 3);

    const QString copied = model.linesText({0, 2});
    const QStringList lines = copied.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).endsWith(QStringLiteral("Created")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("Step 1/30: training loss=2.1")));
    QVERIFY(
        lines.at(1).startsWith(QLocale().toString(at(120).toLocalTime(), QLocale::ShortFormat)));
}

// 100,000 lines: every one is there, the last one too; a poll's lines come at the bottom, a
// provider's late line in its place.
void TestJobModels::longEventsLogKeepsEveryLine()
{
    constexpr int Lines = 100000;
    const qint64 job = m_jobs->saveJob(
        record(QStringLiteral("j"), QStringLiteral("sandbox"), JobStatus::Running, 100));
    QList<JobEvent> batch;
    for (int n = 1; n <= Lines; ++n) {
        batch.append(jobEvent(QStringLiteral("e%1").arg(n), 1000 + n, QStringLiteral("Step %1").arg(n)));
        if (batch.size() == 5000) {
            QCOMPARE(m_jobs->appendEvents(job, batch), 5000);
            batch.clear();
        }
    }
    JobEventsModel model;
    model.setJob(m_jobs.get(), job);
    QCOMPARE(model.rowCount(), Lines);
    QCOMPARE(model.index(0, JobEventsModel::MessageColumn).data().toString(), QStringLiteral("Step 1"));
    QCOMPARE(model.index(Lines - 1, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step %1").arg(Lines));
    QCOMPARE(model.index(Lines / 2, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step %1").arg(Lines / 2 + 1));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<JobEvent> poll;
    for (int n = Lines + 1; n <= Lines + 20; ++n)
        poll.append(jobEvent(QStringLiteral("e%1").arg(n), 1000 + n, QStringLiteral("Step %1").arg(n)));
    QCOMPARE(m_jobs->appendEvents(job, poll), 20);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), Lines);
    QCOMPARE(inserted.first().at(2).toInt(), Lines + 19);
    QCOMPARE(model.index(Lines + 19, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step %1").arg(Lines + 20));

    // A line the provider reports late belongs before the newest ones.
    QCOMPARE(m_jobs->appendEvents(job, {jobEvent(QStringLiteral("late"), 1000 + 10, QStringLiteral("Late"))}), 1);
    QCOMPARE(model.rowCount(), Lines + 21);
    QCOMPARE(model.index(10, JobEventsModel::MessageColumn).data().toString(), QStringLiteral("Late"));
    QCOMPARE(model.index(Lines + 20, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step %1").arg(Lines + 20));
}

// A running job whose log reads "Step 1/lines" ... "Step lines/lines"; 0 if it was not stored.
qint64 TestJobModels::jobWithSteps(const QString &id, int lines)
{
    const qint64 job =
        m_jobs->saveJob(record(id, QStringLiteral("sandbox"), JobStatus::Running, 100));
    QList<JobEvent> events;
    for (int n = 1; n <= lines; ++n)
        events.append(jobEvent(QStringLiteral("%1-e%2").arg(id).arg(n), 1000 + n,
                               QStringLiteral("Step %1/%2").arg(n).arg(lines)));
    return m_jobs->appendEvents(job, events) == lines ? job : 0;
}

// Typing in the search box never waits for the store: the lines shown stay until the worker's
// answer, and a line that arrives in between is found once, whichever side of the worker's
// reading it fell.
void TestJobModels::searchIsAnsweredOffTheGuiThreadWithTheLinesThatCameMeanwhile()
{
    constexpr int Lines = 2000;
    const qint64 job = jobWithSteps(QStringLiteral("j"), Lines);
    QVERIFY(job > 0);
    JobEventsModel model;
    JobEventsFilter filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(m_jobs.get(), job);
    QSignalSpy answered(&model, &JobEventsModel::searchFinished);

    filter.search(QStringLiteral("step 19")); // Step 19, 190-199, 1900-1999: 111 lines
    QVERIFY(model.isSearching());
    QCOMPARE(filter.rowCount(), Lines); // still every line: the answer is not in yet
    QCOMPARE(m_jobs->appendEvents(job, {jobEvent(QStringLiteral("late1"), 9000,
                                                 QStringLiteral("Step 19 again, after a pause")),
                                        jobEvent(QStringLiteral("late2"), 9001,
                                                 QStringLiteral("Validating"))}),
             2);
    QVERIFY(answered.wait(10000));
    QVERIFY(!model.isSearching());
    QCOMPARE(filter.rowCount(), 112);
    QCOMPARE(filter.index(0, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step 19/2000"));
    QCOMPARE(filter.index(111, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step 19 again, after a pause"));
    // While the search is shown, a poll's matching lines join it.
    QCOMPARE(m_jobs->appendEvents(job, {jobEvent(QStringLiteral("late3"), 9002,
                                                 QStringLiteral("STEP 19, once more"))}),
             1);
    QCOMPARE(filter.rowCount(), 113);
}

void TestJobModels::newerSearchReplacesAnOlderOneAndClearingIsAtOnce()
{
    constexpr int Lines = 2000;
    const qint64 job = jobWithSteps(QStringLiteral("j"), Lines);
    QVERIFY(job > 0);
    JobEventsModel model;
    JobEventsFilter filter(&model);
    model.setJob(m_jobs.get(), job);
    QSignalSpy answered(&model, &JobEventsModel::searchFinished);

    // Typed one key after another: only the last text is answered.
    filter.search(QStringLiteral("Step 1"));
    filter.search(QStringLiteral("Step 17"));
    filter.search(QStringLiteral("Step 1776/"));
    QVERIFY(answered.wait(10000));
    QTest::qWait(200); // an answer to an older text would come now
    QCOMPARE(answered.size(), 1);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, JobEventsModel::MessageColumn).data().toString(),
             QStringLiteral("Step 1776/2000"));

    // Cleared: every line at once, and a search still under way is dropped.
    filter.search(QStringLiteral("Step 2"));
    filter.search(QString());
    QVERIFY(!model.isSearching());
    QCOMPARE(filter.rowCount(), Lines);
    QTest::qWait(200);
    QCOMPARE(filter.rowCount(), Lines);

    // Another job: its own lines are searched, none of the first job's are shown meanwhile.
    filter.search(QStringLiteral("Step 1776/"));
    QVERIFY(answered.wait(10000));
    const qint64 other = jobWithSteps(QStringLiteral("k"), 10);
    QVERIFY(other > 0);
    model.setJob(m_jobs.get(), other);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(answered.wait(10000));
    QCOMPARE(filter.rowCount(), 0); // "Step 1776/" is not in a ten-line log
    filter.search(QStringLiteral("Step 7/"));
    QVERIFY(answered.wait(10000));
    QCOMPARE(filter.rowCount(), 1);
}

// A provider's words are shown as text: hidden characters as markers, tags as tags.
void TestJobModels::hostileEventsAreShownAsText()
{
    const qint64 job = m_jobs->saveJob(
        record(QStringLiteral("j"), QStringLiteral("sandbox"), JobStatus::Running, 100));
    const QString hostile = QStringLiteral("<img src=\"file:///etc/passwd\"> done") + QChar(0x202E)
                            + QStringLiteral("exe.txt");
    QCOMPARE(m_jobs->appendEvents(job, {jobEvent(QStringLiteral("e1"), 100, hostile)}), 1);
    JobEventsModel model;
    model.setJob(m_jobs.get(), job);
    const QModelIndex line = model.index(0, JobEventsModel::MessageColumn);
    QCOMPARE(line.data().toString(),
             QStringLiteral("<img src=\"file:///etc/passwd\"> done⟨U+202E⟩exe.txt"));
    // The tooltip, read as Qt reads a tooltip, shows the tag itself.
    const QString tip = line.data(Qt::ToolTipRole).toString();
    QTextDocument shown;
    if (Qt::mightBeRichText(tip))
        shown.setHtml(tip);
    else
        shown.setPlainText(tip);
    QVERIFY2(shown.toPlainText().contains(QStringLiteral("<img src=\"file:///etc/passwd\">")),
             qPrintable(shown.toPlainText()));
    QVERIFY(!shown.toPlainText().contains(QChar::ObjectReplacementCharacter));
    // Copied lines keep the provider's text exactly.
    QVERIFY(model.linesText({0}).endsWith(hostile));
}

void TestJobModels::checkpointsFollowTheProvidersList()
{
    const qint64 job = m_jobs->saveJob(
        record(QStringLiteral("j"), QStringLiteral("sandbox"), JobStatus::Succeeded, 100));
    CheckpointsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJob(m_jobs.get(), job);
    QCOMPARE(model.rowCount(), 0);
    QList<Checkpoint> checkpoints;
    for (int step : {10, 20, 30}) {
        Checkpoint c;
        c.id = QStringLiteral("ckpt-%1").arg(step);
        c.stepNumber = step;
        c.createdAt = at(100 + step);
        c.modelName = QStringLiteral("ft:gpt-4o-mini:sandbox:j:ckpt-step-%1").arg(step);
        c.metrics.step = step;
        c.metrics.trainLoss = 1.0 / step;
        c.metrics.fullValidLoss = 2.0 / step;
        checkpoints.append(c);
    }
    QVERIFY(m_jobs->replaceCheckpoints(job, checkpoints));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.modelNameAt(2), checkpoints.at(2).modelName);
    QCOMPARE(model.index(0, CheckpointsModel::ValidLossColumn).data().toString(),
             QLocale().toString(0.2, 'f', 4));
    QVERIFY(m_jobs->replaceCheckpoints(job, checkpoints.mid(1)));
    QCOMPARE(model.rowCount(), 2);
}

void TestJobModels::statusReadsInPlainWords()
{
    Job job;
    job.status = JobStatus::Running;
    QCOMPARE(JobStatusWords::headline(job, {12, 30}),
             QStringLiteral("Learning from your examples — step 12 of 30"));
    QCOMPARE(JobStatusWords::headline(job), QStringLiteral("Learning from your examples"));
    job.status = JobStatus::Succeeded;
    QCOMPARE(JobStatusWords::headline(job), QStringLiteral("Finished: your tuned model is ready"));
    job.status = JobStatus::Failed;
    job.error = {QStringLiteral("invalid_training_file"), QStringLiteral("Line 3: no messages"),
                 QStringLiteral("training_file")};
    QCOMPARE(JobStatusWords::headline(job),
             QStringLiteral("Failed: the provider could not use your training file"));
    // What to do, without the provider's own words (those sit under Details).
    QVERIFY(JobStatusWords::explanation(job).contains(QStringLiteral("Check Dataset")));
    QVERIFY(!JobStatusWords::explanation(job).contains(QStringLiteral("Line 3")));
    job.status = JobStatus::Unknown;
    job.statusText = QStringLiteral("compressing");
    QVERIFY(JobStatusWords::headline(job).contains(QStringLiteral("compressing")));
}

void TestJobModels::finishedJobShowsTheBanner()
{
    QWidget window;
    JobNotifier notifier(&window);
    // The offscreen platform has no system tray: the banner is the way.
    QCOMPARE(notifier.channel(), JobNotifier::Channel::Banner);
    QSignalSpy notified(&notifier, &JobNotifier::notified);
    JobRecord running =
        record(QStringLiteral("j"), QStringLiteral("sandbox"), JobStatus::Running, 1);
    running.id = 7;
    notifier.notifyFinished(running);
    QCOMPARE(notified.size(), 0);
    JobRecord done = running;
    done.job.status = JobStatus::Succeeded;
    done.job.fineTunedModel = QStringLiteral("ft:gpt-4o-mini:sandbox:j:1");
    notifier.notifyFinished(done);
    QCOMPARE(notified.size(), 1);
    QVERIFY(!notifier.banner()->isHidden());
    QCOMPARE(notifier.banner()->title(), QStringLiteral("Fine-tune finished"));
    QVERIFY(notifier.banner()->text().contains(done.job.fineTunedModel));
    QSignalSpy open(&notifier, &JobNotifier::openJobRequested);
    notifier.banner()->openButton()->click();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), 7);
    QVERIFY(notifier.banner()->isHidden());
}

QTEST_MAIN(TestJobModels)
#include "tst_jobmodels.moc"
