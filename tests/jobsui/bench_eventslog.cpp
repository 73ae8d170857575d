// The job page of a job whose events log has 100,000 lines, in the Jobs screen at a laptop's
// size, offscreen: the longest the GUI thread was blocked (longest event, CPU time; longest
// gap of a 1 ms heartbeat, wall clock) while (1) opening the job page, (2) a poll bringing 20
// new lines, ten times, (3) a search, (4) clearing it, (5) typing a search a key at a time.
// For reference, (6) the same search run on the GUI thread, as the page did before it went to a
// worker. Goals: 100 ms to open and search, 16 ms for a poll. Registered with the `bench`
// label, never a test.
//     bench_eventslog [--lines 100000]
#include "core/jobs/jobstore.h"
#include "guistall.h"
#include "jobsappfixture.h"
#include "ui/jobs/jobeventsview.h"
#include "ui/jobs/jobpage.h"
#include "ui/jobs/jobscontroller.h"
#include "ui/jobs/jobspage.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace {

QTextStream out(stdout);

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

JobEvent lineAt(int n, const QDateTime &start)
{
    JobEvent event;
    event.id = QStringLiteral("ftevent-%1").arg(n);
    event.createdAt = start.addSecs(n);
    event.level = n % 997 == 0 ? JobEvent::Level::Warning : JobEvent::Level::Info;
    event.message = QStringLiteral("Step %1/200000: training loss=%2").arg(n).arg(1.0 / (1 + n % 50), 0, 'f', 4);
    return event;
}

using Stall = GuiStall::Step;

Stall measure(GuiStall::TimedApplication &app, const std::function<void()> &action,
              const std::function<bool()> &done, int settleMs = 300)
{
    return GuiStall::measureStep(app, action, done, settleMs);
}

void report(const QString &step, const Stall &stall, double goalMs)
{
    out << "  " << step << ": shown after " << QString::number(stall.wallMs, 'f', 1)
        << " ms; longest event " << QString::number(stall.longestEventMs, 'f', 1)
        << " ms CPU, longest heartbeat gap " << QString::number(stall.longestGapMs, 'f', 1) << " ms"
        << (stall.longestEventMs > goalMs ? QStringLiteral("  (over the %1 ms goal)").arg(goalMs)
                                          : QString())
        << '\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    GuiStall::TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int lines = option(app.arguments(), QStringLiteral("--lines"), 100000);

    QTemporaryDir dir;
    JobsAppFixture fixture(dir.path());
    QString problem;
    if (!fixture.openWorkspace(dir.filePath(QStringLiteral("log.ajuste")), &problem)) {
        out << "cannot create the workspace: " << problem << '\n';
        return 1;
    }
    QWidget window;
    auto controller = new JobsController(fixture.context(), &window, &window);
    JobStore *store = controller->jobs();

    // A finished job whose history is stored: nothing asks the provider about it.
    JobRecord record;
    record.profileId = QStringLiteral("sandbox");
    record.providerKind = QStringLiteral("sandbox");
    record.job.id = QStringLiteral("ftjob-long-log");
    record.job.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    record.job.status = JobStatus::Succeeded;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-3);
    record.job.createdAt = start;
    record.job.finishedAt = start.addSecs(lines + 60);
    const qint64 jobId = store->saveJob(record);
    QList<JobEvent> batch;
    for (int n = 1; n <= lines; ++n) {
        batch.append(lineAt(n, start));
        if (batch.size() == 1000 || n == lines) {
            store->appendEvents(jobId, batch);
            batch.clear();
        }
    }

    auto page = new JobsPage(controller);
    auto layout = new QVBoxLayout(&window);
    layout->addWidget(page);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(500);

    JobEventsView *events = page->jobPage()->events();
    QTableView *view = events->findChild<QTableView *>();
    QLineEdit *search = events->findChild<QLineEdit *>();
    out << "The job page with " << lines << " lines of events (goals: 100 ms to open or search, "
        << "16 ms a poll)\n";
    report(QStringLiteral("open the job page"),
           measure(app, [&] { page->openJob(jobId); },
                   [&] { return view->model()->rowCount() == lines; }, 500),
           100);
    int shown = lines;
    Stall worstPoll;
    for (int poll = 0; poll < 10; ++poll) {
        QList<JobEvent> news;
        for (int i = 1; i <= 20; ++i)
            news.append(lineAt(shown + i, start));
        const Stall stall = measure(app, [&] { store->appendEvents(jobId, news); },
                                    [&] { return view->model()->rowCount() == shown + 20; });
        shown += 20;
        worstPoll.wallMs = std::max(worstPoll.wallMs, stall.wallMs);
        worstPoll.longestEventMs = std::max(worstPoll.longestEventMs, stall.longestEventMs);
        worstPoll.longestGapMs = std::max(worstPoll.longestGapMs, stall.longestGapMs);
    }
    report(QStringLiteral("a poll brings 20 lines (worst of 10)"), worstPoll, 16);
    report(QStringLiteral("search the events"),
           measure(app, [&] { search->setText(QStringLiteral("Step %1/").arg(lines - 1)); },
                   [&] { return view->model()->rowCount() == 1; }),
           100);
    report(QStringLiteral("clear the search"),
           measure(app, [&] { search->clear(); }, [&] { return view->model()->rowCount() == shown; }),
           100);
    // As people type: one key every 40 ms, each a new search.
    const QString typed = QStringLiteral("Step %1/").arg(lines - 2);
    report(QStringLiteral("type a search, a key every 40 ms"),
           measure(app,
                   [&] {
                       for (int keys = 1; keys <= typed.size(); ++keys)
                           QTimer::singleShot(40 * keys, search,
                                              [search, typed, keys] { search->setText(typed.left(keys)); });
                   },
                   [&] { return search->text() == typed && view->model()->rowCount() == 1; }),
           100);
    report(QStringLiteral("reference: that search on the GUI thread"),
           measure(app, [&] { store->eventPositionsContaining(jobId, typed); }, [] { return true; }),
           100);
    return 0;
}
