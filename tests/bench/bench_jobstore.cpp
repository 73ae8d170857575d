// Job history speed: a run of 100,000 metric points (and 100,000 metrics events) written as
// polls of 500, then read back whole in step order — what the job page's chart asks for
// when it opens a finished long run. Prints each step's median over --runs runs.
//   bench_jobstore [--points N] [--batch B] [--runs R]
#include "core/jobs/jobstore.h"
#include "core/workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char *step, const QList<double> &ms, const char *goal)
{
    QStringList all;
    for (const double v : ms)
        all.append(QString::number(v, 'f', 1));
    out() << QStringLiteral("%1 median %2 ms (runs: %3) goal %4\n")
                 .arg(QString::fromLatin1(step).leftJustified(34))
                 .arg(median(ms), 0, 'f', 1)
                 .arg(all.join(QStringLiteral(", ")), QLatin1String(goal));
    out().flush();
}

MetricPoint pointAt(int step, int total)
{
    MetricPoint point;
    point.step = step;
    point.totalSteps = total;
    point.trainLoss = 2.0 * std::exp(-step / 20000.0) + 0.1;
    point.trainAccuracy = 0.5 + 0.4 * step / total;
    if (step % 10 == 0) {
        point.validLoss = *point.trainLoss + 0.05;
        point.validAccuracy = *point.trainAccuracy - 0.02;
    }
    return point;
}

JobEvent eventAt(int step, int total)
{
    JobEvent event;
    event.id = QStringLiteral("ftevent-%1").arg(step);
    event.createdAt = QDateTime::fromSecsSinceEpoch(1764000000 + step, Qt::UTC);
    event.type = JobEvent::Type::Metrics;
    event.message = QStringLiteral("Step %1/%2: training loss=0.50").arg(step).arg(total);
    event.data = {{QStringLiteral("step"), step}, {QStringLiteral("train_loss"), 0.5}};
    return event;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pointsOption(QStringLiteral("points"),
                                          QStringLiteral("Points per run."), QStringLiteral("N"),
                                          QStringLiteral("100000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Points per poll."), QStringLiteral("B"),
                                         QStringLiteral("500"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({pointsOption, batchOption, runsOption});
    parser.process(app);
    const int total = std::max(1, parser.value(pointsOption).toInt());
    const int batch = std::max(1, parser.value(batchOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QList<double> writeMs, eventMs, readMs, asyncMs, reopenReadMs, repeatMs;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.ajuste"));
        Workspace::Error error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace) {
            out() << error.message << '\n';
            return 1;
        }
        auto store = std::make_unique<JobStore>(workspace.get());
        JobRecord record;
        record.profileId = QStringLiteral("sandbox");
        record.job.id = QStringLiteral("ftjob-bench");
        const qint64 jobId = store->saveJob(record);

        QElapsedTimer timer;
        timer.start();
        for (int first = 1; first <= total; first += batch) {
            QList<MetricPoint> poll;
            for (int step = first; step < first + batch && step <= total; ++step)
                poll.append(pointAt(step, total));
            store->appendMetrics(jobId, poll);
        }
        writeMs.append(timer.elapsed());

        timer.restart();
        for (int first = 1; first <= total; first += batch) {
            QList<JobEvent> poll;
            for (int step = first; step < first + batch && step <= total; ++step)
                poll.append(eventAt(step, total));
            store->appendEvents(jobId, poll, poll.last().id);
        }
        eventMs.append(timer.elapsed());

        // A poll that brings the last batch again: nothing is stored twice.
        QList<MetricPoint> again;
        for (int step = std::max(1, total - batch + 1); step <= total; ++step)
            again.append(pointAt(step, total));
        timer.restart();
        const int repeated = store->appendMetrics(jobId, again);
        repeatMs.append(timer.elapsed());

        timer.restart();
        const qsizetype read = store->metrics(jobId).size();
        readMs.append(timer.elapsed());

        timer.restart();
        QFuture<QList<MetricPoint>> future = store->metricsAsync(jobId);
        future.waitForFinished();
        asyncMs.append(timer.elapsed());

        store.reset();
        workspace.reset();
        timer.restart();
        workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        store = std::make_unique<JobStore>(workspace.get());
        const qsizetype reread = store->metrics(jobId).size();
        reopenReadMs.append(timer.elapsed());
        if (read != total || reread != total || repeated != 0) {
            out() << "wrong counts: " << read << ' ' << reread << ' ' << repeated << '\n';
            return 1;
        }
    }
    out() << QStringLiteral("%1 metric points, polls of %2\n").arg(total).arg(batch);
    report("write points (all polls)", writeMs, "-");
    report("write metrics events (all polls)", eventMs, "-");
    report("repeat the last poll", repeatMs, "-");
    report("read the whole run", readMs, "about 1 ms per 1,000 points");
    report("read it on a worker (metricsAsync)", asyncMs, "off the GUI thread");
    report("reopen + read the whole run", reopenReadMs, "-");
    return 0;
}
