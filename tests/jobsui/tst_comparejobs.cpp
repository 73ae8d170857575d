// Compare runs as a person does it in the Jobs list: three Sandbox-like runs stored in a
// workspace (datasets of different sizes, one still training) show a small loss curve each in
// the list; selected together, Compare Runs (button, context menu, Ctrl+Shift+C) puts their
// curves on one chart, one colour, name and legend entry per job, by step or by epoch, read
// from the workspace; the run still training grows on the chart as its measurements arrive.
#include "api/credentials/keystore.h"
#include "api/sandbox/sandboxlauncher.h"
#include "api/session/providersession.h"
#include "core/checks/pricecatalog.h"
#include "core/jobs/jobstore.h"
#include "core/session/workspacemanager.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "tests/charts/sandboxruns.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/runcomparisonchart.h"
#include "ui/jobs/jobfiltermodel.h"
#include "ui/jobs/joblistmodel.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"
#include "ui/jobs/runcomparisonpage.h"
#include "jobsappfixture.h"

#include <QAction>
#include <QChart>
#include <QItemSelectionModel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>
#include <memory>

namespace {

constexpr int LoadTimeoutMs = 20000;

struct StoredRun
{
    QString name;
    qint64 id = 0;
    SandboxRun run;
};

// A job as the Sandbox would have made it, stored with the measurements it reported so far.
qint64 storeRun(JobStore *store, const QString &name, const SandboxRun &run, int epochs,
                int storedSteps, int minutesAgo)
{
    JobRecord record;
    record.profileId = QStringLiteral("sandbox");
    record.providerKind = QStringLiteral("sandbox");
    const bool finished = storedSteps >= run.run.lastStep();
    record.job.id = QStringLiteral("ftjob-") + name;
    record.job.status = finished ? JobStatus::Succeeded : JobStatus::Running;
    record.job.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    record.job.suffix = name;
    record.job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    if (finished)
        record.job.finishedAt = record.job.createdAt.addSecs(600);
    record.job.hyperparameters.set(Hyperparameters::Epochs, epochs);
    const qint64 id = store->saveJob(record);
    store->appendMetrics(id, run.run.points().mid(0, storedSteps));
    store->setTotalSteps(id, run.run.lastStep());
    return id;
}

QLineSeries *shownTraining(RunComparisonChart *chart, int index)
{
    QLineSeries *series = chart->trainingSeries(index);
    return series && chart->chart()->series().contains(series) && series->count() > 1 ? series
                                                                                      : nullptr;
}

} // namespace

class TestCompareJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsALossCurvePerJob();
    void selectedJobsCompareOnOneChart();
    void checkpointsCompareAsRunsUpToTheirStep();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobsAppFixture> m_fixture;
    std::unique_ptr<QWidget> m_window;
    JobsController *m_controller = nullptr;
    JobsPage *m_page = nullptr;
    QList<StoredRun> m_runs;
};

void TestCompareJobs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AjusteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AjusteCompareJobs"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestCompareJobs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_fixture = std::make_unique<JobsAppFixture>(m_dir->path());
    Workspace::Error error;
    QVERIFY(m_fixture->workspaces.open(m_dir->filePath(QStringLiteral("runs.ajuste")),
                                       Workspace::OpenMode::CreateIfMissing, &error));
    m_window = std::make_unique<QWidget>();
    m_controller = new JobsController(m_fixture->context(), m_window.get(), m_window.get());
    JobStore *store = m_controller->jobs();
    QVERIFY(store);
    // Datasets of different sizes: by step they end far apart, by epoch they line up.
    m_runs = {{QStringLiteral("small-3-epochs"), 0, sandboxRun(12, 3, 7)},
              {QStringLiteral("large-3-epochs"), 0, sandboxRun(40, 3, 11)},
              {QStringLiteral("small-still-training"), 0, sandboxRun(12, 6, 5)}};
    m_runs[0].id = storeRun(store, m_runs[0].name, m_runs[0].run, 3, 36, 90);
    m_runs[1].id = storeRun(store, m_runs[1].name, m_runs[1].run, 3, 120, 60);
    m_runs[2].id = storeRun(store, m_runs[2].name, m_runs[2].run, 6, 30, 10);
    m_page = new JobsPage(m_controller);
    auto layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_page);
    m_window->resize(1200, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCompareJobs::cleanup()
{
    m_window.reset();
    m_fixture.reset();
    m_dir.reset();
}

void TestCompareJobs::listShowsALossCurvePerJob()
{
    QTableView *view = m_page->listView();
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(view->itemDelegateForColumn(JobListModel::LossColumn));
    QVERIFY(!view->isColumnHidden(JobListModel::LossColumn));
    QVERIFY(view->columnWidth(JobListModel::LossColumn) >= 40);
    // Read on workers once painted, then each row has its curve, falling as the loss does.
    for (int row = 0; row < 3; ++row) {
        const QModelIndex cell = view->model()->index(row, JobListModel::LossColumn);
        QTRY_VERIFY_WITH_TIMEOUT(cell.data(JobListModel::LossCurveRole).isValid(), LoadTimeoutMs);
        const auto curve = cell.data(JobListModel::LossCurveRole).value<QList<QPointF>>();
        QVERIFY(curve.size() >= 2);
        QVERIFY(curve.size() <= 2 * JobCurveCache::Columns + 2);
        QVERIFY(curve.last().y() < curve.first().y());
    }
    // The job still training: its curve follows new measurements, without a reload of the list.
    const StoredRun &live = m_runs[2];
    const int row =
        m_page->filterModel()
            ->mapFromSource(m_page->listModel()->index(m_page->listModel()->rowOf(live.id), 0))
            .row();
    const QModelIndex cell = view->model()->index(row, JobListModel::LossColumn);
    const double lastX = cell.data(JobListModel::LossCurveRole).value<QList<QPointF>>().last().x();
    QSignalSpy reset(m_page->listModel(), &QAbstractItemModel::modelReset);
    m_controller->jobs()->appendMetrics(live.id, live.run.run.points().mid(30, 30));
    QTRY_VERIFY_WITH_TIMEOUT(
        cell.data(JobListModel::LossCurveRole).value<QList<QPointF>>().last().x() > lastX,
        LoadTimeoutMs);
    QCOMPARE(reset.count(), 0);
}

void TestCompareJobs::selectedJobsCompareOnOneChart()
{
    QTableView *view = m_page->listView();
    QPushButton *compare = m_page->compareButton();
    QVERIFY(compare->isVisible());
    QVERIFY(!compare->isEnabled()); // nothing to compare yet
    view->selectRow(0);
    QVERIFY(!compare->isEnabled()); // one job is not a comparison
    // The context menu offers it too, with its shortcut.
    QVERIFY(view->actions().contains(m_page->compareAction()));
    QCOMPARE(m_page->compareAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->selectAll();
    QVERIFY(compare->isEnabled());
    QVERIFY(m_page->compareAction()->isEnabled());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_page->showsComparison());

    RunComparisonPage *comparison = m_page->comparisonPage();
    RunComparisonChart *chart = comparison->chart();
    QTRY_VERIFY_WITH_TIMEOUT(!comparison->isLoading(), LoadTimeoutMs);
    QCOMPARE(chart->runCount(), 3);
    QSet<QString> names;
    QSet<QRgb> colours;
    for (int i = 0; i < chart->runCount(); ++i) {
        names.insert(chart->runName(i));
        colours.insert(chart->runColour(i).rgb());
        QTRY_VERIFY_WITH_TIMEOUT(shownTraining(chart, i), LoadTimeoutMs);
        QLineSeries *series = shownTraining(chart, i);
        QCOMPARE(series->name(), chart->runName(i));
        QCOMPARE(series->color().rgb(), chart->runColour(i).rgb());
        const QList<QLegendMarker *> markers = chart->chart()->legend()->markers(series);
        QCOMPARE(markers.size(), 1);
        // The legend lays its new entries out when it next paints.
        QTRY_VERIFY(markers.first()->isVisible());
        QCOMPARE(markers.first()->label(), chart->runName(i));
        // Each from its job's stored history: the validation measured too.
        QVERIFY(chart->validationSeries(i));
    }
    // The run that has not finished says so, since its curve stops short.
    QCOMPARE(names, QSet<QString>({m_runs[0].name, m_runs[1].name,
                                   m_runs[2].name + QStringLiteral(" (still training)")}));
    QCOMPARE(colours.size(), 3);

    // By step the large dataset's run is the longest; by epoch the finished runs end together.
    const auto lastX = [chart](const QString &name) {
        for (int i = 0; i < chart->runCount(); ++i) {
            if (chart->runName(i).startsWith(name))
                return chart->trainingSeries(i)->at(chart->trainingSeries(i)->count() - 1).x();
        }
        return -1.0;
    };
    QCOMPARE(lastX(m_runs[1].name), 120.0);
    QCOMPARE(lastX(m_runs[0].name), 36.0);
    QVERIFY(chart->canShowEpochs());
    chart->setAxis(PlotAxis::Epochs);
    chart->refreshNow();
    QVERIFY(qAbs(lastX(m_runs[0].name) - 3.0) < 0.05);
    QVERIFY(qAbs(lastX(m_runs[1].name) - 3.0) < 0.05);
    chart->setAxis(PlotAxis::Steps);
    chart->refreshNow();

    // The run still training grows on the chart as its measurements are stored.
    const StoredRun &live = m_runs[2];
    QCOMPARE(lastX(live.name), 30.0);
    m_controller->jobs()->appendMetrics(live.id, live.run.run.points().mid(30, 12));
    QTRY_COMPARE_WITH_TIMEOUT(lastX(live.name), 42.0, LoadTimeoutMs);

    // Back to the list, where the selection is kept for another look.
    auto back = comparison->findChild<QToolButton *>(QStringLiteral("backFromComparison"));
    QVERIFY(back);
    back->click();
    QVERIFY(!m_page->showsComparison());
    QCOMPARE(m_page->selectedJobIds().size(), 3);
    QCOMPARE(chart->runCount(), 0); // it follows nothing any more
}

void TestCompareJobs::checkpointsCompareAsRunsUpToTheirStep()
{
    JobStore *store = m_controller->jobs();
    int expected = 0;
    for (const StoredRun &stored : m_runs.mid(0, 2)) {
        QList<Checkpoint> checkpoints;
        for (int step : stored.run.checkpointSteps) {
            Checkpoint checkpoint;
            checkpoint.id = QStringLiteral("ckpt-%1-%2").arg(stored.id).arg(step);
            checkpoint.stepNumber = step;
            checkpoint.modelName = stored.name + QStringLiteral(":ckpt-step-%1").arg(step);
            checkpoints.append(checkpoint);
        }
        QVERIFY(store->replaceCheckpoints(stored.id, checkpoints));
        expected += int(checkpoints.size());
    }
    QTableView *view = m_page->listView();
    view->selectAll();
    QAction *action = m_page->compareCheckpointsAction();
    QVERIFY(view->actions().contains(action));
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(m_page->showsComparison());
    RunComparisonChart *chart = m_page->comparisonPage()->chart();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->comparisonPage()->isLoading(), LoadTimeoutMs);
    QCOMPARE(chart->runCount(), expected);
    // Each is its job's run as it stood at the checkpoint, named after both.
    for (int i = 0; i < chart->runCount(); ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(shownTraining(chart, i), LoadTimeoutMs);
        const QString name = chart->runName(i);
        const int step = name.section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(step > 0, qPrintable(name));
        QLineSeries *series = chart->trainingSeries(i);
        QCOMPARE(series->at(series->count() - 1).x(), double(step));
    }
}

QTEST_MAIN(TestCompareJobs)
#include "tst_comparejobs.moc"
