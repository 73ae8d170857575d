// The Playground under load, offscreen at a laptop's window size (1366×700):
//   1. four columns streaming at 200 tokens/s each (a local fake stream: one piece of about a
//      token every 5 ms per column, fed to the columns exactly as the page feeds the runner's
//      answerText): the longest the GUI thread was blocked (a 1 ms heartbeat's longest gap)
//      and the time from a piece's arrival to the paint that shows it (median, 95th pct);
//   2. a 20,000-token answer: how long it takes to show, then scrolling it a page at a time
//      and selecting with the keyboard (each step repainted), median and worst;
//   3. appending to the end of that long answer while it streams (is a piece still cheap?).
// Registered with the `bench` label, never run as a test.
//     bench_playground [--seconds 10] [--stream-only]
#include "ui/common/markdownview.h"
#include "ui/playground/answerview.h"
#include "ui/playground/playgroundcolumnview.h"
#include "ui/playground/playgroundmessageview.h"
#include "guistall.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace {

QTextStream out(stdout);

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype((values.size() - 1) * p));
}

// About one token per piece: words, with paragraphs, a list and a code block now and then,
// as a chat answer in Markdown looks.
class AnswerText
{
public:
    explicit AnswerText(int seed) : m_n(seed * 7919) {}
    QString next()
    {
        static const QStringList words = {
            QStringLiteral("the "),       QStringLiteral("model "),    QStringLiteral("answers "),
            QStringLiteral("your "),      QStringLiteral("question "), QStringLiteral("with "),
            QStringLiteral("**care** "),  QStringLiteral("and "),      QStringLiteral("`code` "),
            QStringLiteral("settings, "), QStringLiteral("then "),     QStringLiteral("it "),
            QStringLiteral("explains. ")};
        ++m_n;
        if (m_n % 97 == 0)
            return QStringLiteral("\n\n");
        if (m_n % 211 == 0)
            return QStringLiteral("\n\n- first step\n- second step\n\n");
        if (m_n % 503 == 0)
            return QStringLiteral("\n\n```python\nprint('hello')\nfor i in range(3):\n    "
                                  "print(i)\n```\n\n");
        return words.at(m_n % words.size());
    }

private:
    int m_n;
};

// Records when pieces arrive and when the view that shows them starts painting.
class PaintClock : public QObject
{
public:
    explicit PaintClock(QElapsedTimer *clock) : m_clock(clock) {}
    void arrived(QObject *viewport) { m_waiting[viewport].append(m_clock->nsecsElapsed()); }
    QList<double> latenciesMs;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const qint64 now = m_clock->nsecsElapsed();
            for (const qint64 at : m_waiting.value(watched))
                latenciesMs.append(double(now - at) / 1e6);
            m_waiting.remove(watched);
        }
        return false;
    }

private:
    QElapsedTimer *m_clock;
    QHash<QObject *, QList<qint64>> m_waiting;
};

using GuiStall::Heartbeat;
using GuiStall::TimedApplication;
using GuiStall::threadCpuMs;

QTextBrowser *browserOf(PlaygroundMessageView *view)
{
    return view->textView()->view()->browser();
}

void streamFourColumns(int seconds)
{
    QSplitter window;
    window.resize(1366, 700);
    QList<PlaygroundColumnView *> columns;
    for (int c = 0; c < 4; ++c) {
        auto column = new PlaygroundColumnView;
        column->setConversation(QJsonArray{
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                        {QStringLiteral("content"), QStringLiteral("Explain the settings.")}}});
        window.addWidget(column);
        columns.append(column);
    }
    window.show();
    QApplication::processEvents();
    QElapsedTimer clock;
    clock.start();
    PaintClock paints(&clock);
    QList<AnswerText> texts;
    for (int c = 0; c < 4; ++c) {
        columns.at(c)->beginAnswer();
        browserOf(columns.at(c)->streamingAnswer())->viewport()->installEventFilter(&paints);
        texts.append(AnswerText(c + 1));
    }
    Heartbeat heartbeat;
    QTimer feed;
    feed.setTimerType(Qt::PreciseTimer);
    feed.setInterval(5); // 200 pieces a second in every column
    int pieces = 0;
    QObject::connect(&feed, &QTimer::timeout, [&] {
        for (int c = 0; c < 4; ++c) {
            PlaygroundMessageView *answer = columns.at(c)->streamingAnswer();
            paints.arrived(browserOf(answer)->viewport());
            columns.at(c)->appendAnswer(texts[c].next());
        }
        ++pieces;
    });
    auto app = static_cast<TimedApplication *>(QCoreApplication::instance());
    app->measuring = true;
    const double cpuBefore = threadCpuMs();
    heartbeat.start();
    feed.start();
    QElapsedTimer run;
    run.start();
    while (run.elapsed() < seconds * 1000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    feed.stop();
    heartbeat.stop();
    app->measuring = false;
    const double cpuUsed = threadCpuMs() - cpuBefore;
    out << "four columns, 200 tokens/s each, " << seconds << " s: " << pieces * 4 << " pieces ("
        << pieces / double(seconds) << "/s per column)\n";
    out << "  longest event on the GUI thread (its CPU time): " << app->longestMs << " ms ("
        << app->over16 << " over 16 ms); GUI thread busy " << cpuUsed / (seconds * 10.0)
        << "% of the time, " << cpuUsed / (pieces * 4.0)
        << " ms of CPU per piece: at 4 x 200 pieces/s that is "
        << cpuUsed / (pieces * 4.0) * 800 / 10.0 << "% of one core\n";
    // The thread's CPU includes the event loop polling for the 1 ms heartbeat; the events
    // themselves are the work the streams cost.
    out << "  of that, handling events (streams, layout, paint): " << app->inEventsMs / (seconds * 10.0)
        << "% of the time, " << app->inEventsMs / (pieces * 4.0) << " ms per piece\n";
    out << "  longest wall-clock gap of a 1 ms heartbeat: " << heartbeat.longestMs << " ms ("
        << heartbeat.over16 << " over 16 ms; includes other programs' turns on a shared CPU)\n";
    out << "  arrival to paint: median " << percentile(paints.latenciesMs, 0.5) << " ms, 95th "
        << percentile(paints.latenciesMs, 0.95) << " ms, worst "
        << percentile(paints.latenciesMs, 1.0) << " ms (" << paints.latenciesMs.size()
        << " pieces painted)\n";
    out.flush();
}

QString longAnswer(int tokens)
{
    AnswerText text(3);
    QString answer;
    for (int i = 0; i < tokens; ++i)
        answer += text.next();
    return answer;
}

void repaintNow(QWidget *widget)
{
    widget->repaint();
    QApplication::processEvents();
}

void longAnswerScrollsAndSelects()
{
    QSplitter window;
    window.resize(1366, 700);
    auto column = new PlaygroundColumnView;
    window.addWidget(column);
    window.show();
    QApplication::processEvents();
    const QString answer = longAnswer(20000);
    QElapsedTimer timer;
    timer.start();
    column->setConversation(
        QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                               {QStringLiteral("content"), QStringLiteral("Write a long guide.")}},
                   QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                               {QStringLiteral("content"), answer}}});
    MarkdownView *view = column->messages().constLast()->textView()->view();
    view->flush();
    QApplication::processEvents();
    out << "a 20,000-token answer (" << answer.size() << " characters, "
        << (view->isPlainTextShown() ? "plain" : "rendered") << "): shown in " << timer.elapsed()
        << " ms\n";

    QTextBrowser *browser = view->browser();
    QScrollBar *bar = browser->verticalScrollBar();
    QList<double> scrolls;
    QList<double> scrollCpu;
    for (int step = 0; step < 60 && bar->value() < bar->maximum(); ++step) {
        timer.restart();
        const double cpu = threadCpuMs();
        bar->setValue(bar->value() + bar->pageStep());
        repaintNow(browser->viewport());
        scrollCpu.append(threadCpuMs() - cpu);
        scrolls.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "  scrolling a page: median " << percentile(scrolls, 0.5) << " ms, worst "
        << percentile(scrolls, 1.0) << " ms (" << scrolls.size() << " pages); CPU median "
        << percentile(scrollCpu, 0.5) << " ms, worst " << percentile(scrollCpu, 1.0) << " ms\n";

    QList<double> selects;
    QList<double> selectCpu;
    browser->setFocus();
    bar->setValue(0);
    for (int step = 0; step < 60; ++step) {
        timer.restart();
        const double cpu = threadCpuMs();
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Down, Qt::ShiftModifier);
        QApplication::sendEvent(browser, &press);
        repaintNow(browser->viewport());
        selectCpu.append(threadCpuMs() - cpu);
        selects.append(double(timer.nsecsElapsed()) / 1e6);
    }
    timer.restart();
    browser->selectAll();
    repaintNow(browser->viewport());
    const double all = double(timer.nsecsElapsed()) / 1e6;
    out << "  selecting line by line (Shift+Down): median " << percentile(selects, 0.5)
        << " ms, worst " << percentile(selects, 1.0) << " ms (CPU median "
        << percentile(selectCpu, 0.5) << " ms, worst " << percentile(selectCpu, 1.0)
        << " ms); select all " << all << " ms\n";

    // Streaming onto the end of the long answer.
    column->beginAnswer();
    PlaygroundMessageView *streaming = column->streamingAnswer();
    streaming->textView()->setMarkdown(answer);
    streaming->textView()->view()->flush();
    QApplication::processEvents();
    AnswerText more(5);
    QList<double> appends;
    for (int i = 0; i < 400; ++i) {
        timer.restart();
        column->appendAnswer(more.next());
        QApplication::processEvents();
        appends.append(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "  one more piece at the end of it (render + layout): median "
        << percentile(appends, 0.5) << " ms, worst " << percentile(appends, 1.0) << " ms\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--seconds"));
    const int seconds = at >= 0 ? arguments.value(at + 1).toInt() : 10;
    out.setRealNumberPrecision(3);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    streamFourColumns(std::max(1, seconds));
    if (!arguments.contains(QStringLiteral("--stream-only")))
        longAnswerScrollsAndSelects();
    return 0;
}
