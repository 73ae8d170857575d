// The training chart with a long run: 100,000 steps, validation every 10 steps, drawn at a job
// page's size (900×400) offscreen. Measures, as medians:
//   - appending one poll's batch (50 steps) and repainting,
//   - one frame of dragging the smoothing slider (re-smooth, redraw, repaint),
//   - the chart's memory (RSS growth from before the chart to after its first paint),
// for TrainingChart (drawing each line downsampled to the visible pixels) and, in the same run,
// for a plain QtCharts chart that draws the raw series. Each mode runs in its own process so
// their memory does not mix. Registered with the `bench` label, never run as a test.
//     bench_charts [--steps 100000] [--frames 30]
#include "core/charts/smoothing.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/trainingchart.h"
#include "ui/charts/zoomablechartview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QSlider>
#include <QTextStream>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <ctime>

namespace {

constexpr int batch = 50;

QList<MetricPoint> makeRun(int steps)
{
    QList<MetricPoint> points;
    points.reserve(steps);
    for (int step = 1; step <= steps; ++step) {
        MetricPoint point;
        point.step = step;
        point.totalSteps = steps;
        const double trend = 0.3 + 1.8 * std::exp(-step / (steps / 12.0));
        point.trainLoss = trend * (1 + 0.15 * std::sin(step * 12.9898));
        point.trainAccuracy = 0.98 - 0.25 * *point.trainLoss;
        if (step % 10 == 0) {
            point.validLoss = trend * 1.1;
            point.validAccuracy = 0.97 - 0.25 * *point.validLoss;
        }
        points.append(point);
    }
    return points;
}

double residentMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * 4096 / (1024.0 * 1024.0) : 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void settle(QWidget *widget)
{
    QCoreApplication::processEvents();
    widget->repaint();
}

// Wall time and this process's CPU time: on a machine shared with other work the wall time
// includes waiting for a core, the CPU time does not.
struct Stopwatch
{
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    void restart()
    {
        wall.restart();
        cpu = std::clock();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; }
};

struct Figures
{
    double appendMs = 0;
    double appendCpuMs = 0;
    double appendRefreshMs = 0; // of appendMs: the chart's own work before painting
    double dragMs = 0;
    double dragCpuMs = 0;
    double readingMs = 0; // the advice over the whole run, done off the frame
    double firstPaintMs = 0;
    double memoryMiB = 0;
};

Figures benchDownsampled(const QList<MetricPoint> &points, int frames)
{
    Figures figures;
    const QList<MetricPoint> start = points.mid(0, points.size() - batch * frames);
    const double before = residentMiB();
    QElapsedTimer clock;
    clock.start();
    TrainingChart chart;
    chart.resize(900, 400);
    chart.show();
    if (qEnvironmentVariableIsSet("BENCH_NO_AA"))
        chart.view()->setRenderHint(QPainter::Antialiasing, false);
    chart.setRun(TrainingRun(start));
    chart.setEpochs(3);
    chart.refreshNow();
    settle(chart.view()->viewport());
    chart.refreshNow(); // the plot's real width is known after the first layout
    settle(chart.view()->viewport());
    figures.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
    figures.memoryMiB = residentMiB() - before;

    QList<double> appends;
    QList<double> appendsCpu;
    QList<double> refreshes;
    QList<double> readings;
    Stopwatch watch;
    for (qsizetype from = start.size(); from < points.size(); from += batch) {
        QCoreApplication::processEvents(); // what the last frame left queued, untimed
        // One frame: the batch in, the lines and (conservatively, though the chart does it on
        // a timer of its own) the advice redone, one repaint.
        watch.restart();
        chart.appendPoints(points.mid(from, batch));
        chart.refreshNow();
        refreshes.append(watch.wallMs());
        chart.view()->viewport()->repaint();
        appends.append(watch.wallMs());
        appendsCpu.append(watch.cpuMs());
        watch.restart();
        chart.setFinished(false); // asks for the reading again, to time it alone
        chart.refreshNow();
        readings.append(watch.wallMs());
    }
    figures.appendRefreshMs = median(refreshes);
    figures.readingMs = median(readings);
    QList<double> drags;
    QList<double> dragsCpu;
    QSlider *slider = chart.controls()->smoothingSlider();
    for (int frame = 0; frame < frames; ++frame) {
        QCoreApplication::processEvents();
        watch.restart();
        slider->setValue(50 + frame % 45);
        chart.refreshNow();
        chart.view()->viewport()->repaint();
        drags.append(watch.wallMs());
        dragsCpu.append(watch.cpuMs());
    }
    figures.appendMs = median(appends);
    figures.appendCpuMs = median(appendsCpu);
    figures.dragMs = median(drags);
    figures.dragCpuMs = median(dragsCpu);
    return figures;
}

// The plain way: every point into QLineSeries, the smoothed line recomputed over the run.
Figures benchRaw(const QList<MetricPoint> &points, int frames)
{
    Figures figures;
    const qsizetype startCount = points.size() - batch * frames;
    const double before = residentMiB();
    QElapsedTimer clock;
    clock.start();
    auto *chart = new QChart;
    QChartView view(chart);
    view.resize(900, 340);
    view.show();
    auto *raw = new QLineSeries;
    auto *smoothed = new QLineSeries;
    auto *validation = new QLineSeries;
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<QPointF> rawPoints;
    QList<QPointF> validPoints;
    for (qsizetype i = 0; i < startCount; ++i) {
        rawPoints.append(QPointF(points.at(i).step, *points.at(i).trainLoss));
        if (points.at(i).validLoss)
            validPoints.append(QPointF(points.at(i).step, *points.at(i).validLoss));
    }
    Smoothing smoothing(0.6);
    QList<QPointF> smoothPoints;
    for (const QPointF &point : std::as_const(rawPoints))
        smoothPoints.append(QPointF(point.x(), smoothing.add(point.y())));
    raw->replace(rawPoints);
    smoothed->replace(smoothPoints);
    validation->replace(validPoints);
    for (QLineSeries *series : {raw, smoothed, validation}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    x->setRange(0, points.size());
    y->setRange(0, 2.5);
    settle(view.viewport());
    figures.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
    figures.memoryMiB = residentMiB() - before;

    QList<double> appends;
    QList<double> appendsCpu;
    Stopwatch watch;
    for (qsizetype from = startCount; from < points.size(); from += batch) {
        QCoreApplication::processEvents();
        watch.restart();
        // replace() with the whole list: QLineSeries::append() of a list redoes the geometry
        // once per point, which with 100,000 points takes seconds a batch.
        for (qsizetype i = from; i < from + batch; ++i) {
            const QPointF point(points.at(i).step, *points.at(i).trainLoss);
            rawPoints.append(point);
            smoothPoints.append(QPointF(point.x(), smoothing.add(point.y())));
            if (points.at(i).validLoss)
                validPoints.append(QPointF(points.at(i).step, *points.at(i).validLoss));
        }
        raw->replace(rawPoints);
        smoothed->replace(smoothPoints);
        validation->replace(validPoints);
        view.viewport()->repaint();
        appends.append(watch.wallMs());
        appendsCpu.append(watch.cpuMs());
    }
    QList<double> drags;
    QList<double> dragsCpu;
    for (int frame = 0; frame < frames; ++frame) {
        QCoreApplication::processEvents();
        watch.restart();
        smoothed->replace(Smoothing::smooth(rawPoints, (50 + frame % 45) / 100.0));
        view.viewport()->repaint();
        drags.append(watch.wallMs());
        dragsCpu.append(watch.cpuMs());
    }
    figures.appendMs = median(appends);
    figures.appendCpuMs = median(appendsCpu);
    figures.dragMs = median(drags);
    figures.dragCpuMs = median(dragsCpu);
    return figures;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int steps = argument(args, QStringLiteral("--steps"), 100000);
    const int frames = argument(args, QStringLiteral("--frames"), 30);
    QTextStream out(stdout);
    const qsizetype modeAt = args.indexOf(QStringLiteral("--mode"));
    if (modeAt < 0 || modeAt + 1 >= args.size()) {
        // Each mode in a process of its own, so one's memory does not hide in the other's.
        for (const QString &mode : {QStringLiteral("downsampled"), QStringLiteral("raw")}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--mode"), mode, QStringLiteral("--steps"),
                         QString::number(steps), QStringLiteral("--frames"),
                         QString::number(frames)});
            if (!child.waitForFinished(600000) || child.exitCode() != 0)
                return 1;
        }
        return 0;
    }
    const QString mode = args.at(modeAt + 1);
    const QList<MetricPoint> points = makeRun(steps);
    const Figures figures =
        mode == QLatin1String("raw") ? benchRaw(points, frames) : benchDownsampled(points, frames);
    out << QStringLiteral("%1 steps, validation every 10, 900x400, %2:\n").arg(steps).arg(mode)
        << QStringLiteral("  append %1 steps + repaint: median %2 ms wall, %3 ms CPU\n")
               .arg(batch)
               .arg(figures.appendMs, 0, 'f', 2)
               .arg(figures.appendCpuMs, 0, 'f', 2)
        << QStringLiteral("  smoothing slider drag: median %1 ms wall, %2 ms CPU per frame\n")
               .arg(figures.dragMs, 0, 'f', 2)
               .arg(figures.dragCpuMs, 0, 'f', 2)
        << QStringLiteral("  first paint %1 ms; chart memory (RSS growth) %2 MiB\n")
               .arg(figures.firstPaintMs, 0, 'f', 0)
               .arg(figures.memoryMiB, 0, 'f', 1);
    if (figures.appendRefreshMs > 0)
        out << QStringLiteral("  of the append, %1 ms wall before painting (data, lines, advice); "
                              "the advice over the whole run alone: median %2 ms\n")
                   .arg(figures.appendRefreshMs, 0, 'f', 2)
                   .arg(figures.readingMs, 0, 'f', 2);
    return 0;
}
