// Benchmark of the answer view (not a test): streaming a 20,000-token answer in 4-token
// pieces (time per append, with the render and paint it causes), rendering answers of growing
// size as Markdown (to place the plain-text limit) and showing a 10 MB answer (the longest
// stall of the window while it is fed in slices).
// Run: QT_QPA_PLATFORM=offscreen build/tests/markdown/bench_markdown
#include "hostileanswers.h"
#include "ui/common/markdownview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBrowser>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    double total = 0;
};

Figures figuresOf(std::vector<double> samples)
{
    Figures f;
    if (samples.empty())
        return f;
    std::sort(samples.begin(), samples.end());
    f.median = samples[samples.size() / 2];
    f.p95 = samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
    f.max = samples.back();
    for (double s : samples)
        f.total += s;
    return f;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs the event loop until the view has shown everything; returns each turn's duration.
std::vector<double> settle(MarkdownView &view)
{
    std::vector<double> turns;
    QElapsedTimer deadline;
    deadline.start();
    while (view.isRendering() && deadline.elapsed() < 60000) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents();
        turns.push_back(msSince(turn));
    }
    return turns;
}

void streaming(MarkdownView &view)
{
    const QString answer = HostileAnswers::longAnswer(20000);
    view.clear();
    std::vector<double> appends;
    std::vector<double> renders;
    constexpr int kPiece = 16; // 4 tokens of about 4 characters
    QElapsedTimer whole;
    whole.start();
    for (qsizetype i = 0; i < answer.size(); i += kPiece) {
        QElapsedTimer timer;
        timer.start();
        view.appendMarkdown(answer.sliced(i, std::min<qsizetype>(kPiece, answer.size() - i)));
        view.flush(); // render this piece now (a real stream gives the loop time in between)
        renders.push_back(msSince(timer));
        QCoreApplication::processEvents(); // and paint it
        appends.push_back(msSince(timer));
    }
    const double streamed = msSince(whole);
    QElapsedTimer finish;
    finish.start();
    view.finishStreaming();
    const Figures finishTurns = figuresOf(settle(view));
    const double finished = msSince(finish);
    const Figures f = figuresOf(appends);
    const Figures r = figuresOf(renders);
    std::printf("stream 20000 tokens (%lld chars) in %zu pieces of 4 tokens: per append "
                "median %.3f ms, p95 %.3f ms, max %.2f ms (of which the render: median %.3f ms, "
                "p95 %.3f ms, max %.2f ms); whole stream %.0f ms\n"
                "  finishStreaming (whole render, part by part): %.1f ms in all, longest "
                "event-loop turn %.1f ms%s\n",
                qlonglong(answer.size()), appends.size(), f.median, f.p95, f.max, r.median, r.p95,
                r.max, streamed, finished, finishTurns.max,
                view.isPlainTextShown() ? " (plain)" : "");

    // What re-rendering the whole answer at every piece would cost at the end of the stream.
    QElapsedTimer full;
    full.start();
    view.setMarkdown(answer);
    view.flush();
    std::printf("  (a full re-render of that answer, as a naive view would do per piece: "
                "%.1f ms)\n",
                msSince(full));

    // Scrolling the finished answer from top to bottom, a page at a time, with a paint each.
    QScrollBar *bar = view.browser()->verticalScrollBar();
    std::vector<double> scrolls;
    for (int value = 0; value <= bar->maximum(); value += bar->pageStep()) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(value);
        view.repaint();
        scrolls.push_back(msSince(timer));
    }
    const Figures s = figuresOf(scrolls);
    std::printf("  scroll a page of it with a paint: median %.2f ms, max %.2f ms (%zu pages)\n",
                s.median, s.max, scrolls.size());
}

void markdownBySize(MarkdownView &view)
{
    for (const int kib : {16, 64, 128, 250}) {
        const QString answer = HostileAnswers::longAnswer(kib * 1024 / 4);
        view.clear();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        view.setMarkdown(answer);
        const double call = msSince(timer);
        const Figures turns = figuresOf(settle(view));
        view.repaint();
        std::printf("render %4d KiB as Markdown: setMarkdown returns in %.1f ms, shown and "
                    "painted after %.1f ms, longest event-loop turn %.1f ms%s\n",
                    kib, call, msSince(timer), std::max(call, turns.max),
                    view.isPlainTextShown() ? " (plain)" : "");
    }
}

void manyTables(MarkdownView &view)
{
    for (const int tables : {8, 32}) {
        QString answer;
        for (int i = 0; i < tables; ++i)
            answer +=
                QStringLiteral("| step | loss |\n|---|---|\n| %1 | 0.%1 |\n\nText.\n\n").arg(i);
        view.clear();
        QElapsedTimer timer;
        timer.start();
        view.setMarkdown(answer);
        settle(view);
        view.repaint();
        std::printf("render %d tables as Markdown with first paint: %.1f ms\n", tables,
                    msSince(timer));
    }
}

// Answers under the size limit built to be slow: deep nesting, one huge paragraph, many
// emphasis marks, many links and images.
void pathological(MarkdownView &view)
{
    const qsizetype size = MarkdownView::kLongestRenderedAnswer - 1024;
    const auto repeated = [size](const QString &unit) {
        QString out;
        while (out.size() + unit.size() < size)
            out += unit;
        return out;
    };
    QString nestedLists;
    for (int depth = 0; nestedLists.size() < size / 4; ++depth)
        nestedLists += QString(depth * 2, u' ') + QStringLiteral("- level\n");
    const std::vector<std::pair<const char *, QString>> cases = {
        {"nested quotes", QString(size / 2, u'>') + QStringLiteral(" deep")},
        {"nested lists", nestedLists},
        {"one paragraph", repeated(QStringLiteral("word "))},
        {"emphasis marks", repeated(QStringLiteral("*a **b _c "))},
        {"links", repeated(QStringLiteral("[x](https://e.org/) "))},
        {"images", repeated(QStringLiteral("![i](http://127.0.0.1:9/i.png) "))},
        {"backticks", repeated(QStringLiteral("`` ` "))},
        {"invisible characters", repeated(QStringLiteral("a\u202E\u200B"))},
    };
    for (const auto &[name, answer] : cases) {
        view.clear();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        view.setMarkdown(answer);
        const double call = msSince(timer);
        const Figures turns = figuresOf(settle(view));
        view.repaint();
        const double painted = msSince(timer);
        std::printf("hostile %-20s (%lld KiB): shown and painted after %.1f ms, longest "
                    "event-loop turn %.1f ms%s\n",
                    name, qlonglong(answer.size() / 1024), painted, std::max(call, turns.max),
                    view.isPlainTextShown() ? " (plain)" : "");
    }
}

void veryLong(MarkdownView &view, const char *label, const QString &answer, const QString &end)
{
    view.clear();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    view.setMarkdown(answer);
    const double call = msSince(timer);
    const std::vector<double> turns = settle(view);
    Q_ASSERT(view.shownText().endsWith(end));
    const Figures f = figuresOf(turns);
    std::printf("%s (%.1f MB): setMarkdown returns in %.1f ms, all shown after %.0f ms; "
                "event-loop turns median %.2f ms, longest stall %.1f ms\n",
                label, double(answer.size()) / 1e6, call, msSince(timer), f.median,
                std::max(call, f.max));
    // Scrolling to the end of it and painting.
    QElapsedTimer scroll;
    scroll.start();
    view.findChild<QAbstractScrollArea *>(QString(), Qt::FindChildrenRecursively);
    view.repaint();
    std::printf("  paint after loading: %.1f ms\n", msSince(scroll));
}
} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    QApplication app(argc, argv);
    MarkdownView view;
    view.resize(700, 900);
    view.show();
    QCoreApplication::processEvents();

    streaming(view);
    markdownBySize(view);
    manyTables(view);
    pathological(view);

    QString manyLines = HostileAnswers::longAnswer(10 * 1024 * 1024 / 4);
    manyLines += QStringLiteral("\nThe very end.");
    veryLong(view, "10 MB answer, many lines", manyLines, QStringLiteral("The very end."));
    QString oneLine;
    oneLine.reserve(10 * 1024 * 1024 + 16);
    while (oneLine.size() < 10 * 1024 * 1024)
        oneLine += QStringLiteral("word word ");
    oneLine += QStringLiteral("THE-END");
    veryLong(view, "10 MB answer, one line", oneLine, QStringLiteral("THE-END"));
    return 0;
}
