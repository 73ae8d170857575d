#pragma once

// How long the GUI thread could not react, for the benches that open or stream big things:
//  * Heartbeat: the longest wall-clock gap between beats of a 1 ms timer (includes other
//    programs' turns on a shared CPU);
//  * TimedApplication: the longest event the GUI thread handled, outermost only, in its CPU
//    time (what a block costs on a machine with a free core).
// Shared by the benches (label `bench`); never used to assert anything in a test.
#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>

namespace GuiStall {

// The longest gap between beats of a 1 ms timer: how long the GUI thread could not react.
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0) {
                const double gap = double(now - m_last) / 1e6;
                longestMs = std::max(longestMs, gap);
                if (gap > 16)
                    ++over16;
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs = 0;
    int over16 = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

// CPU time of this thread: what a block costs on a machine with a free core (the build
// machine is shared, so wall-clock gaps include other programs' turns).
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Measures every event the GUI thread handles, outermost only: its CPU time.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0 || !measuring) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        const double start = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double spent = threadCpuMs() - start;
        --m_depth;
        inEventsMs += spent;
        longestMs = std::max(longestMs, spent);
        if (spent > 16)
            ++over16;
        return result;
    }
    // Starts a new measurement.
    void reset()
    {
        longestMs = 0;
        inEventsMs = 0;
        over16 = 0;
    }
    bool measuring = false;
    double inEventsMs = 0; // CPU spent handling events, the event loop's own waiting left out
    double longestMs = 0;
    int over16 = 0;

private:
    int m_depth = 0;
};

// What one step cost the GUI thread: the wall time until it was done, its longest event (CPU
// time) and the longest gap of the heartbeat.
struct Step
{
    double wallMs = 0;
    double longestEventMs = 0;
    double longestGapMs = 0;
};

// Runs action from an event (as a click would), then the event loop until done() (or ten
// minutes) and for settleMs after (layout and paint), measuring the GUI thread all along.
inline Step measureStep(TimedApplication &app, const std::function<void()> &action,
                        const std::function<bool()> &done, int settleMs)
{
    Heartbeat heartbeat;
    app.reset();
    app.measuring = true;
    heartbeat.start();
    QTest::qWait(20); // the heartbeat beats before the action starts
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(0, &app, action);
    QTest::qWait(1);
    while (!done() && clock.elapsed() < 600000)
        QTest::qWait(2);
    const double wall = double(clock.nsecsElapsed()) / 1e6;
    QTest::qWait(settleMs);
    heartbeat.stop();
    app.measuring = false;
    return {wall, app.longestMs, heartbeat.longestMs};
}

} // namespace GuiStall
