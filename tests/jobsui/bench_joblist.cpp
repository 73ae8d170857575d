// The jobs list with 200 jobs of 1,000 measured steps each, at a 1366×768 window's size,
// offscreen: how long the GUI thread takes to (1) load the list, (2) paint it the first time
// (the loss curves are asked for then and read on workers), (3) repaint it once every curve is
// in, (4) scroll a page and paint it, and how long the workers take until every visible row
// has its curve. Medians over the repeats. Registered with the `bench` label, never a test.
//     bench_joblist [--jobs 200] [--steps 1000] [--runs 5]
#include "core/jobs/jobstore.h"
#include "core/workspace/workspace.h"
#include "ui/charts/losssparkline.h"
#include "ui/jobs/jobcurvecache.h"
#include "ui/jobs/joblistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <ctime>

namespace {

// The GUI thread's own CPU time: on a shared machine the wall time also counts waiting for a
// core, here taken by the workers reading the curves as well as by other work (Linux only).
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

void fill(JobStore &store, int jobs, int steps)
{
    for (int i = 0; i < jobs; ++i) {
        JobRecord record;
        record.profileId = QStringLiteral("sandbox");
        record.providerKind = QStringLiteral("sandbox");
        record.job.id = QStringLiteral("ftjob-%1").arg(i);
        record.job.suffix = QStringLiteral("run-%1").arg(i);
        record.job.model = QStringLiteral("gpt-4o-mini-2024-07-18");
        record.job.status = i % 10 == 0 ? JobStatus::Running : JobStatus::Succeeded;
        record.job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
        const qint64 id = store.saveJob(record);
        QList<MetricPoint> points;
        for (int step = 1; step <= steps; ++step) {
            MetricPoint p;
            p.step = step;
            p.totalSteps = steps;
            p.trainLoss = 0.3 + 2 * std::exp(-step / (steps / (4.0 + i % 7))) +
                          0.1 * std::sin(step * 12.9898 + i);
            if (step % 10 == 0)
                p.validLoss = *p.trainLoss * 1.1;
            points.append(p);
        }
        store.appendMetrics(id, points);
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jobs = option(args, QStringLiteral("--jobs"), 200);
    const int steps = option(args, QStringLiteral("--steps"), 1000);
    const int runs = option(args, QStringLiteral("--runs"), 5);
    QTextStream out(stdout);

    QTemporaryDir dir;
    Workspace::Error error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(
        dir.filePath(QStringLiteral("bench.ajuste")), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        out << "cannot create the workspace\n";
        return 1;
    }
    JobStore store(workspace.get());
    QElapsedTimer clock;
    clock.start();
    fill(store, jobs, steps);
    out << jobs << " jobs × " << steps << " steps stored in " << clock.elapsed() << " ms\n";

    for (const bool curves : {false, true}) {
        QList<double> load, firstPaint, curvesIn, repaint, scroll, firstPaintCpu, repaintCpu,
            scrollCpu;
        for (int run = 0; run < runs; ++run) {
            JobListModel model;
            QTableView view;
            view.setModel(&model);
            view.setItemDelegateForColumn(JobListModel::LossColumn,
                                          new LossSparkline(JobListModel::LossCurveRole, &view));
            view.setColumnHidden(JobListModel::LossColumn, !curves);
            view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
            view.resize(1180, 600);
            view.show();
            QCoreApplication::processEvents();
            clock.restart();
            model.setStores(&store, nullptr);
            load.append(clock.nsecsElapsed() / 1e6);
            QCoreApplication::processEvents(); // the view lays its rows out
            const auto paint = [&view, &clock](QList<double> &wall, QList<double> &cpu) {
                clock.restart();
                const double before = threadCpuMs();
                view.viewport()->repaint();
                wall.append(clock.nsecsElapsed() / 1e6);
                cpu.append(threadCpuMs() - before);
            };
            paint(firstPaint, firstPaintCpu);
            clock.restart();
            while (model.curves().isLoading())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            curvesIn.append(clock.nsecsElapsed() / 1e6);
            paint(repaint, repaintCpu);
            QList<double> pages;
            QList<double> pagesCpu;
            QScrollBar *bar = view.verticalScrollBar();
            while (bar->value() < bar->maximum()) {
                bar->setValue(bar->value() + bar->pageStep());
                paint(pages, pagesCpu);
                while (model.curves().isLoading())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            }
            scroll.append(median(pages));
            scrollCpu.append(median(pagesCpu));
        }
        out << (curves ? "with the loss curves" : "without the loss column (reference)")
            << ", medians over " << runs << " runs (GUI thread, ms):\n"
            << "  load the list                     " << median(load) << "\n"
            << "  first paint (asks for the curves) " << median(firstPaint) << " wall, "
            << median(firstPaintCpu) << " CPU\n"
            << "  workers until the visible curves  " << median(curvesIn) << "\n"
            << "  repaint with every curve          " << median(repaint) << " wall, "
            << median(repaintCpu) << " CPU\n"
            << "  scroll a page and paint           " << median(scroll) << " wall, "
            << median(scrollCpu) << " CPU\n";
    }
    return 0;
}
