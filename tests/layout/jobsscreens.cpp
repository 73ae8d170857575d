#include "jobsscreens.h"

#include "api/client/apierror.h"
#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"
#include "layoutfixture.h"
#include "ui/datasets/datasetspage.h"
#include "ui/jobs/finetunecheckpage.h"
#include "ui/jobs/finetunecostpage.h"
#include "ui/jobs/finetunefailurepage.h"
#include "ui/jobs/finetunesetuppage.h"
#include "ui/jobs/joblistmodel.h"
#include "ui/jobs/jobpage.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"
#include "ui/jobs/jobstatusbanner.h"
#include "ui/jobs/runcomparisonpage.h"
#include "ui/jobs/startfinetunedialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <cmath>

namespace {

constexpr int WorkerTimeoutMs = 30000;

JobsPage *jobsPage(LayoutFixture &fixture)
{
    return fixture.window()->findChild<JobsPage *>();
}

MetricPoint point(int step, int total, double loss, bool validate)
{
    MetricPoint p;
    p.step = step;
    p.totalSteps = total;
    p.trainLoss = loss;
    p.trainAccuracy = 1.0 - loss / 3;
    if (validate) {
        p.validLoss = loss * 1.15;
        p.validAccuracy = 1.0 - loss / 2.5;
    }
    return p;
}

JobRecord record(qint64 datasetId, const QString &suffix, JobStatus status, int minutesAgo)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    JobRecord r;
    r.profileId = QStringLiteral("sandbox");
    r.providerKind = QStringLiteral("sandbox");
    r.datasetId = datasetId;
    r.estimatedCostUsd = 0.0;
    Job &job = r.job;
    job.id = QStringLiteral("ftjob-") + suffix;
    job.status = status;
    job.statusText = JobStatusText::id(status);
    job.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    job.suffix = suffix;
    job.createdAt = now.addSecs(-60 * minutesAgo);
    job.trainingFile = QStringLiteral("file-") + suffix + QStringLiteral("-train");
    job.validationFile = QStringLiteral("file-") + suffix + QStringLiteral("-valid");
    job.hyperparameters.set(Hyperparameters::Epochs, 3);
    job.hyperparameters.set(Hyperparameters::BatchSize, 1);
    job.hyperparameters.set(Hyperparameters::LearningRateMultiplier, 1.8);
    job.seed = 42;
    if (status == JobStatus::Running)
        job.estimatedFinish = now.addSecs(60 * 14);
    if (JobStatusText::isFinal(status))
        job.finishedAt = job.createdAt.addSecs(60 * 12);
    if (status == JobStatus::Succeeded) {
        job.fineTunedModel = QStringLiteral("ft:gpt-4o-mini-2024-07-18:sandbox:") + suffix +
                             QStringLiteral(":9f3c1a");
        job.trainedTokens = 123456;
        job.resultFiles = {QStringLiteral("file-") + suffix + QStringLiteral("-results")};
    }
    if (status == JobStatus::Failed) {
        job.error = {QStringLiteral("invalid_training_file"),
                     QStringLiteral("The job failed due to an invalid training file. Line 14 "
                                    "has no assistant message."),
                     QStringLiteral("training_file")};
        r.datasetId = datasetId;
    }
    return r;
}

// The run of a job up to a step: events with their measurements, as the Sandbox reports them.
void addRun(JobStore *store, qint64 jobId, const QDateTime &start, int steps, int total,
            double pace = 14.0, double floor = 0.35)
{
    QList<MetricPoint> points;
    QList<JobEvent> events;
    const auto event = [&](int i, const QString &message) {
        JobEvent e;
        e.id = QStringLiteral("ev-%1-%2").arg(jobId).arg(i);
        e.createdAt = start.addSecs(i * 5);
        e.message = message;
        events.append(e);
    };
    event(0, QStringLiteral("Created fine-tuning job"));
    event(1, QStringLiteral("Validating training file"));
    event(2, QStringLiteral("Files validated, moving job to queued state"));
    event(3, QStringLiteral("Fine-tuning job started"));
    for (int step = 1; step <= steps; ++step) {
        const double loss = floor + 1.9 * std::exp(-step / pace);
        points.append(point(step, total, loss, step % 5 == 0));
        event(3 + step, QStringLiteral("Step %1/%2: training loss=%3")
                            .arg(step)
                            .arg(total)
                            .arg(loss, 0, 'f', 2));
    }
    store->appendEvents(jobId, events);
    store->appendMetrics(jobId, points);
    store->setTotalSteps(jobId, total);
}

// A few jobs of the sample, made once per language: one running, one finished, one failed.
void seedJobs(LayoutFixture &fixture, qint64 *finished, qint64 *failed)
{
    fixture.showPage(QStringLiteral("datasets"));
    const qint64 sample = fixture.datasets()->currentDataset();
    JobsController *controller = fixture.window()->findChild<JobsController *>();
    JobStore *store = controller ? controller->jobs() : nullptr;
    if (!store)
        return;
    const JobRecord done = record(sample, QStringLiteral("suporte-v1"), JobStatus::Succeeded, 90);
    *finished = store->jobByProviderId(done.profileId, done.job.id).id;
    if (*finished) {
        *failed = store
                      ->jobByProviderId(QStringLiteral("sandbox"),
                                        QStringLiteral("ftjob-primeira-tentativa"))
                      .id;
        return;
    }
    *finished = store->saveJob(done);
    addRun(store, *finished, done.job.createdAt, 90, 90);
    QList<Checkpoint> checkpoints;
    for (int step : {30, 60, 90}) {
        Checkpoint c;
        c.id = QStringLiteral("ftckpt-%1").arg(step);
        c.stepNumber = step;
        c.createdAt = done.job.createdAt.addSecs(step * 8);
        c.modelName = done.job.fineTunedModel + QStringLiteral(":ckpt-step-%1").arg(step);
        c.metrics = point(step, 90, 0.35 + 1.9 * std::exp(-step / 14.0), true);
        c.metrics.fullValidLoss = *c.metrics.validLoss * 1.05;
        checkpoints.append(c);
    }
    store->replaceCheckpoints(*finished, checkpoints);

    const JobRecord running = record(sample, QStringLiteral("suporte-v2"), JobStatus::Running, 20);
    const qint64 runningId = store->saveJob(running);
    addRun(store, runningId, running.job.createdAt, 37, 90, 9.0, 0.3);

    const JobRecord broken =
        record(sample, QStringLiteral("primeira-tentativa"), JobStatus::Failed, 300);
    *failed = store->saveJob(broken);

    // An earlier run that learned more slowly, for the comparison.
    const JobRecord slow = record(sample, QStringLiteral("suporte-v0"), JobStatus::Succeeded, 200);
    const qint64 slowId = store->saveJob(slow);
    addRun(store, slowId, slow.job.createdAt, 90, 90, 30.0, 0.55);
}

StartFineTuneDialog *openForm(LayoutFixture &fixture)
{
    fixture.showPage(QStringLiteral("datasets"));
    const qint64 sample = fixture.datasets()->currentDataset();
    fixture.showPage(QStringLiteral("jobs"));
    JobsPage *jobs = jobsPage(fixture);
    jobs->startFineTune(sample);
    StartFineTuneDialog *dialog = jobs->dialog();
    if (!dialog || !fixture.showDialog(dialog))
        return nullptr;
    if (!QTest::qWaitFor([dialog] { return dialog->setupPage()->isComplete(); }, WorkerTimeoutMs)) {
        qWarning() << "the Sandbox did not list its models:" << dialog->setupPage()->blocker();
        return nullptr;
    }
    return dialog;
}

} // namespace

namespace JobsScreens {

QWidget *showList(LayoutFixture &fixture)
{
    qint64 finished = 0;
    qint64 failed = 0;
    seedJobs(fixture, &finished, &failed);
    fixture.showPage(QStringLiteral("jobs"));
    JobsPage *jobs = jobsPage(fixture);
    jobs->showList();
    // The loss curves are read on workers the first time their rows are painted.
    if (!QTest::qWaitFor(
            [jobs] {
                jobs->listView()->viewport()->repaint();
                return !jobs->listModel()->curves().isLoading();
            },
            WorkerTimeoutMs))
        return nullptr;
    return fixture.window();
}

QWidget *showJob(LayoutFixture &fixture, bool failedJob)
{
    qint64 finished = 0;
    qint64 failed = 0;
    seedJobs(fixture, &finished, &failed);
    fixture.showPage(QStringLiteral("jobs"));
    JobsPage *jobs = jobsPage(fixture);
    jobs->openJob(failedJob ? failed : finished);
    if (!jobs->showsJob())
        return nullptr;
    if (failedJob) // the provider's own words shown too
        jobs->jobPage()->banner()->detailsButton()->setChecked(true);
    // The chart reads the run on a worker.
    QTest::qWait(200);
    return fixture.window();
}

QWidget *showComparison(LayoutFixture &fixture)
{
    qint64 finished = 0;
    qint64 failed = 0;
    seedJobs(fixture, &finished, &failed);
    fixture.showPage(QStringLiteral("jobs"));
    JobsPage *jobs = jobsPage(fixture);
    jobs->showList();
    // Every job that trained, chosen in the list as a user would.
    QTableView *view = jobs->listView();
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(JobListModel::StatusRole).toInt() != int(JobStatus::Failed))
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    jobs->compareAction()->trigger();
    if (!jobs->showsComparison() ||
        !QTest::qWaitFor([jobs] { return !jobs->comparisonPage()->isLoading(); }, WorkerTimeoutMs))
        return nullptr;
    QTest::qWait(100);
    return fixture.window();
}

QWidget *showStartFineTune(LayoutFixture &fixture, FormStep step)
{
    StartFineTuneDialog *dialog = openForm(fixture);
    if (!dialog)
        return nullptr;
    switch (step) {
    case FormStep::Setup:
        break;
    case FormStep::Advanced:
        dialog->setupPage()->advancedButton()->setChecked(true);
        break;
    case FormStep::Checks:
    case FormStep::Cost:
    case FormStep::ProviderEstimate:
        dialog->nextButton()->click();
        if (!QTest::qWaitFor([dialog] { return dialog->checkPage()->isDone(); }, WorkerTimeoutMs))
            return nullptr;
        if (step != FormStep::Checks)
            dialog->nextButton()->click();
        if (step == FormStep::ProviderEstimate) {
            // As Together answers once the files are sent.
            PriceEstimate estimate;
            estimate.totalPrice = 4.5;
            estimate.trainTokens = 1234567;
            estimate.evalTokens = 45678;
            dialog->costPage()->setProviderEstimate(estimate, {});
            dialog->goTo(StartFineTuneDialog::Step::Confirm);
        }
        break;
    case FormStep::Sending:
        dialog->goTo(StartFineTuneDialog::Step::Sending);
        break;
    case FormStep::Refused: {
        ApiError error = ApiError::make(ApiError::Kind::FineTuningClosed,
                                        QStringLiteral("Fine-tuning is not available for your "
                                                       "organization."));
        error.httpStatus = 403;
        error.requestId = QStringLiteral("req_4f2a9c");
        QList<ProviderProfile> others{ProviderProfile::sandbox()};
        ProviderProfile together = ProviderProfile::makeNew(ProviderKind::Together);
        together.id = QStringLiteral("together");
        others.prepend(together);
        dialog->failurePage()->setError(error, QStringLiteral("OpenAI"), others);
        dialog->goTo(StartFineTuneDialog::Step::Failed);
        break;
    }
    }
    return dialog;
}

} // namespace JobsScreens
