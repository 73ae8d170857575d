// The Jobs screen under load against the real Sandbox: 200 jobs in the list, 10 of them
// training (when one ends another starts, so 10 stay active), the JobTracker polling them for
// an hour of simulated time. The Sandbox runs at --speed S and the poll plan (JobPollOptions)
// is divided by the same S, so an hour passes in 3600 / S seconds with the plan's shape intact.
// Reports, in simulated time: the process's memory (RSS) over the hour beside the history
// stored (events, measurements), the requests per minute (from the client's RequestLog)
// against the plan's ceiling, and the GUI thread's longest stall (longest event, CPU time;
// heartbeat gap, wall clock), goal 16 ms. Registered with the `bench` label, never a test.
//     bench_jobsload [--jobs 200] [--active 10] [--minutes 60] [--speed 60] [--job-page]
#include "api/client/providerclient.h"
#include "api/client/requestlog.h"
#include "api/jobs/jobtracker.h"
#include "core/jobs/jobstore.h"
#include "guistall.h"
#include "jobsappfixture.h"
#include "ui/jobs/jobpage.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QVBoxLayout>
#include <functional>

namespace {

QTextStream out(stdout);

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

// Resident memory of this process in MB (Linux; 0 elsewhere: the figure is then missing).
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString trainingFile(const QString &folder, const QString &name, int examples)
{
    const QString path = folder + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < examples; ++i) {
        const QJsonArray messages{
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                        {QStringLiteral("content"), QStringLiteral("Question %1 about the router?").arg(i)}},
            QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), QStringLiteral("Answer %1: restart it.").arg(i)}}};
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}})
                       .toJson(QJsonDocument::Compact)
                   + '\n');
    }
    return path;
}

// Runs the event loop until done() or the time is up.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

struct Sample
{
    double minute = 0;
    double rssMb = 0;
    int events = 0;
    int metrics = 0;
    int jobs = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    GuiStall::TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int jobCount = option(args, QStringLiteral("--jobs"), 200);
    const int activeCount = option(args, QStringLiteral("--active"), 10);
    const int minutes = option(args, QStringLiteral("--minutes"), 60);
    const int speed = std::max(1, option(args, QStringLiteral("--speed"), 60));
    const bool jobPage = args.contains(QStringLiteral("--job-page"));

    QTemporaryDir dir;
    JobsAppFixture fixture(dir.path());
    fixture.sandbox.setSpeed(speed);
    fixture.sandbox.setDataDir(dir.filePath(QStringLiteral("sandbox")));
    RequestLog log(100000);
    fixture.providers.setRequestLog(&log);
    QString problem;
    if (!fixture.openWorkspace(dir.filePath(QStringLiteral("load.ajuste")), &problem)) {
        out << "cannot create the workspace: " << problem << '\n';
        return 1;
    }
    QWidget window;
    auto controller = new JobsController(fixture.context(), &window, &window);
    JobStore *store = controller->jobs();
    JobTracker *tracker = controller->tracker();
    JobPollOptions plan; // the product's plan, in simulated time
    JobPollOptions scaled = plan;
    scaled.minIntervalMs = plan.minIntervalMs / speed;
    scaled.maxIntervalMs = plan.maxIntervalMs / speed;
    scaled.backgroundMaxIntervalMs = plan.backgroundMaxIntervalMs / speed;
    tracker->setPollOptions(scaled);

    const QString profileId = fixture.profiles.defaultProfileId();
    ProviderClient *client = nullptr;
    fixture.providers.request(profileId, &app, [&](const ProviderSession::Ready &ready) {
        client = ready.client;
        if (!ready.ok())
            out << "no Sandbox: " << ready.error.userMessage << '\n';
    });
    if (!waitUntil([&] { return client != nullptr; }, 30000))
        return 1;

    // Two training files: ten examples train in the Sandbox's shortest run (a minute), two
    // hundred at batch size 1 for three epochs in its longest (ten minutes).
    QString shortFile;
    QString longFile;
    client->uploadFile(trainingFile(dir.path(), QStringLiteral("short.jsonl"), 10),
                       [&](const ApiResult<RemoteFile> &r) { shortFile = r.ok() ? r.value.id : QStringLiteral("!"); });
    client->uploadFile(trainingFile(dir.path(), QStringLiteral("long.jsonl"), 200),
                       [&](const ApiResult<RemoteFile> &r) { longFile = r.ok() ? r.value.id : QStringLiteral("!"); });
    if (!waitUntil([&] { return !shortFile.isEmpty() && !longFile.isEmpty(); }, 30000)
        || shortFile == u"!" || longFile == u"!") {
        out << "the training files could not be uploaded\n";
        return 1;
    }
    int created = 0;
    int failed = 0;
    const auto createJob = [&](bool longRun, const std::function<void(const Job &)> &then) {
        FineTuneRequest request;
        request.model = QStringLiteral("gpt-4o-mini-2024-07-18");
        request.trainingFile = longRun ? longFile : shortFile;
        request.suffix = QStringLiteral("load-%1").arg(created + failed);
        if (longRun) {
            request.hyperparameters.set(Hyperparameters::Epochs, 3);
            request.hyperparameters.set(Hyperparameters::BatchSize, 1);
        }
        client->createJob(request, [&, then](const ApiResult<Job> &r) {
            if (!r.ok()) {
                ++failed;
                out << "a job could not be created: " << r.error.userMessage << '\n';
                return;
            }
            ++created;
            then(r.value);
        });
    };

    // The finished jobs: created, left to end in the Sandbox, then read into the workspace
    // by a refresh, as a user who opens Ajuste after a while finds them.
    out << "Creating " << jobCount - activeCount << " jobs that finish…\n";
    out.flush();
    for (int i = 0; i < jobCount - activeCount; ++i)
        createJob(false, [](const Job &) {});
    waitUntil([&] { return created + failed == jobCount - activeCount; }, 120000);
    QTest::qWait(int(1000.0 * (8 + 12 + 60 + 5) / speed) + 500);
    bool refreshed = false;
    QObject::connect(tracker, &JobTracker::refreshFinished, &app,
                     [&](const QString &, int, const ApiError &) { refreshed = true; });
    tracker->refresh(profileId);
    waitUntil([&] { return refreshed; }, 60000);

    // The window: the jobs list (and, with --job-page, the page of a training job).
    auto page = new JobsPage(controller);
    auto layout = new QVBoxLayout(&window);
    layout->addWidget(page);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // The active jobs: stored as the launcher stores them and followed; when one ends another
    // starts, so there are always activeCount in training.
    const auto startActive = [&] {
        createJob(true, [&](const Job &job) {
            JobRecord record;
            record.profileId = profileId;
            record.providerKind = QStringLiteral("sandbox");
            record.job = job;
            record.job.suffix = job.suffix.isEmpty() ? QStringLiteral("load") : job.suffix;
            tracker->follow(store->saveJob(record));
        });
    };
    int finishedWhileWatched = 0;
    bool measuring = false;
    QObject::connect(tracker, &JobTracker::jobFinished, &app, [&](qint64, JobStatus) {
        if (!measuring)
            return;
        ++finishedWhileWatched;
        startActive();
    });
    for (int i = 0; i < activeCount; ++i)
        startActive();
    waitUntil([&] { return created + failed == jobCount; }, 60000);
    if (jobPage) {
        const QList<JobRecord> all = store->jobs();
        for (const JobRecord &record : all) {
            if (!record.job.isFinished()) {
                page->openJob(record.id);
                break;
            }
        }
    }
    QTest::qWait(500);
    out << "  " << store->jobs().size() << " jobs in the list, " << activeCount
        << " training; Sandbox --speed " << speed << ", poll plan " << plan.minIntervalMs / 1000
        << " s to " << plan.maxIntervalMs / 1000 << " s (simulated)\n";
    out.flush();

    // The hour: requests counted by simulated minute, memory sampled every six.
    const auto eventTotal = [&] {
        int total = 0;
        for (const JobRecord &record : store->jobs())
            total += store->eventCount(record.id);
        return total;
    };
    const auto metricTotal = [&] {
        int total = 0;
        for (const JobRecord &record : store->jobs())
            total += store->metricCount(record.id);
        return total;
    };
    QList<int> perMinute(minutes + 1, 0);
    QList<int> jobReadsPerMinute(minutes + 1, 0);
    QElapsedTimer clock;
    QObject::connect(&log, &RequestLog::entryAdded, &app, [&](const RequestLog::Entry &entry) {
        if (!measuring)
            return;
        const int minute = std::min(minutes, int(double(clock.elapsed()) * speed / 60000.0));
        const bool creation = entry.verb == u"POST" && entry.url.endsWith(u"/fine_tuning/jobs");
        if (creation)
            return; // the bench's own, not the poll plan's
        ++perMinute[minute];
        if (entry.verb == u"GET" && entry.url.contains(u"/fine_tuning/jobs/")
            && !entry.url.contains(u"/events") && !entry.url.contains(u"/checkpoints"))
            ++jobReadsPerMinute[minute];
    });
    QList<Sample> samples;
    GuiStall::Heartbeat heartbeat;
    app.reset();
    app.measuring = true;
    measuring = true;
    heartbeat.start();
    clock.start();
    const qint64 hourMs = qint64(minutes) * 60000 / speed;
    int nextSample = 0;
    while (clock.elapsed() < hourMs) {
        const double minute = double(clock.elapsed()) * speed / 60000.0;
        if (minute >= nextSample) {
            samples.append({minute, residentMb(), eventTotal(), metricTotal(), int(store->jobs().size())});
            nextSample += 6;
        }
        QTest::qWait(20);
    }
    heartbeat.stop();
    app.measuring = false;
    measuring = false;
    samples.append({double(minutes), residentMb(), eventTotal(), metricTotal(), int(store->jobs().size())});

    out << "  memory over the hour (simulated minute: RSS, history stored):\n";
    for (const Sample &s : samples)
        out << "    " << QString::number(s.minute, 'f', 0).rightJustified(3) << " min: "
            << QString::number(s.rssMb, 'f', 1) << " MB RSS; " << s.jobs << " jobs, " << s.events
            << " events, " << s.metrics << " measurements stored\n";
    int worstMinute = 0;
    int total = 0;
    int jobReads = 0;
    for (int m = 0; m < minutes; ++m) {
        worstMinute = std::max(worstMinute, perMinute.at(m));
        total += perMinute.at(m);
        jobReads += jobReadsPerMinute.at(m);
    }
    // The ceiling: each active job asked about at most once per minimum interval.
    const double roundsCeiling = 60000.0 / plan.minIntervalMs * activeCount;
    out << "  requests per simulated minute: " << QString::number(double(total) / minutes, 'f', 1)
        << " on average, " << worstMinute << " at most; job reads (one a poll round) "
        << QString::number(double(jobReads) / minutes, 'f', 1) << " a minute, plan ceiling "
        << roundsCeiling << " (" << activeCount << " jobs × one round per "
        << plan.minIntervalMs / 1000 << " s)\n";
    out << "  " << finishedWhileWatched << " jobs finished during the hour (each replaced), "
        << failed << " could not be created\n";
    out << "  GUI thread: longest event " << QString::number(app.longestMs, 'f', 1) << " ms CPU ("
        << app.over16 << " events over 16 ms), longest heartbeat gap "
        << QString::number(heartbeat.longestMs, 'f', 1) << " ms (" << heartbeat.over16
        << " gaps over 16 ms; includes other programs' turns on a shared CPU)\n";
    out.flush();
    window.hide();
    return 0;
}
