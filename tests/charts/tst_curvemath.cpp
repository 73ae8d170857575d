// The arithmetic under the chart: TensorBoard's smoothing against values worked out by hand,
// min/max downsampling that keeps every extreme (a single spike survives), and round ticks.
#include "core/charts/axisticks.h"
#include "core/charts/downsampler.h"
#include "core/charts/smoothing.h"

#include <QTest>
#include <cmath>

class TestCurveMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smoothingMatchesHandValues_data();
    void smoothingMatchesHandValues();
    void smoothingSkipsValuesThatAreNotNumbers();
    void smoothingOneByOneEqualsAllAtOnce();
    void smoothingKeepsX();
    void downsamplingKeepsASingleSpike();
    void downsamplingKeepsEveryColumnsExtremes();
    void downsamplingReachesTheEdgesOfAZoomedRange();
    void fewPointsAreLeftAlone();
    void ticksAreRound();
};

void TestCurveMath::smoothingMatchesHandValues_data()
{
    QTest::addColumn<double>("weight");
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("expected");
    // w = 0.5 over 1, 2, 3, 4:
    //   last: 0.5, 1.25, 2.125, 3.0625; debias: 0.5, 0.75, 0.875, 0.9375
    QTest::newRow("half") << 0.5 << QList<double>{1, 2, 3, 4}
                          << QList<double>{1.0, 1.25 / 0.75, 2.125 / 0.875, 3.0625 / 0.9375};
    // w = 0.9 over 10, 0: last 1.0 then 0.9; debias 0.1 then 0.19.
    QTest::newRow("heavy") << 0.9 << QList<double>{10, 0} << QList<double>{10, 0.9 / 0.19};
    // w = 0.6 (TensorBoard's default) over 2, 1, 1:
    //   last 0.8, 0.88, 0.928; debias 0.4, 0.64, 0.784
    QTest::newRow("default") << 0.6 << QList<double>{2, 1, 1}
                             << QList<double>{2.0, 0.88 / 0.64, 0.928 / 0.784};
    QTest::newRow("none") << 0.0 << QList<double>{3, 1, 2} << QList<double>{3, 1, 2};
    QTest::newRow("empty") << 0.6 << QList<double>{} << QList<double>{};
}

void TestCurveMath::smoothingMatchesHandValues()
{
    QFETCH(double, weight);
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, expected);
    const QList<double> smoothed = Smoothing::smooth(values, weight);
    QCOMPARE(smoothed.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(std::abs(smoothed.at(i) - expected.at(i)) < 1e-12,
                 qPrintable(QStringLiteral("value %1: %2, expected %3")
                                .arg(i)
                                .arg(smoothed.at(i), 0, 'g', 17)
                                .arg(expected.at(i), 0, 'g', 17)));
}

void TestCurveMath::smoothingSkipsValuesThatAreNotNumbers()
{
    // NaN passes through and does not count: the third value is smoothed as the second.
    const QList<double> smoothed = Smoothing::smooth(QList<double>{1, std::nan(""), 3}, 0.5);
    QCOMPARE(smoothed.at(0), 1.0);
    QVERIFY(std::isnan(smoothed.at(1)));
    QVERIFY(std::abs(smoothed.at(2) - 1.75 / 0.75) < 1e-12);
}

void TestCurveMath::smoothingOneByOneEqualsAllAtOnce()
{
    QList<double> values;
    for (int i = 0; i < 5000; ++i)
        values.append(2.0 * std::exp(-i / 800.0) + 0.3 * std::sin(i * 1.7));
    Smoothing smoothing(0.95);
    const QList<double> whole = Smoothing::smooth(values, 0.95);
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(smoothing.add(values.at(i)), whole.at(i));
    // Far along, the debiasing no longer shows: the plain moving average.
    QVERIFY(std::abs(whole.last() - (0.95 * whole.at(whole.size() - 2) + 0.05 * values.last())) <
            1e-12);
}

void TestCurveMath::smoothingKeepsX()
{
    const QList<QPointF> smoothed =
        Smoothing::smooth(QList<QPointF>{QPointF(10, 1), QPointF(20, 2)}, 0.5);
    QCOMPARE(smoothed.at(0), QPointF(10, 1));
    QCOMPARE(smoothed.at(1).x(), 20.0);
    QCOMPARE(smoothed.at(1).y(), 1.25 / 0.75);
}

void TestCurveMath::downsamplingKeepsASingleSpike()
{
    QList<QPointF> points;
    for (int step = 1; step <= 100000; ++step)
        points.append(QPointF(step, 1.0 + 0.01 * std::sin(step * 0.37)));
    points[61234].setY(25.0); // one step's loss jumps
    points[777].setY(-3.0);
    const QList<QPointF> drawn = Downsampler::minMax(points, 0, 100000, 900);
    QVERIFY(drawn.size() <= 4 * 900 + 2);
    QVERIFY(drawn.size() > 900);
    QVERIFY(drawn.contains(QPointF(61235, 25.0)));
    QVERIFY(drawn.contains(QPointF(778, -3.0)));
    QCOMPARE(drawn.first(), points.first());
    QCOMPARE(drawn.last(), points.last());
    QVERIFY(std::is_sorted(drawn.cbegin(), drawn.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
}

void TestCurveMath::downsamplingKeepsEveryColumnsExtremes()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append(QPointF(i, std::sin(i * 0.05) + ((i * 7919) % 101) / 100.0));
    const int columns = 100;
    const QList<QPointF> drawn = Downsampler::minMax(points, 0, 10000, columns);
    for (int column = 0; column < columns; ++column) {
        double low = 1e9;
        double high = -1e9;
        for (int i = column * 100; i < (column + 1) * 100; ++i) {
            low = std::min(low, points.at(i).y());
            high = std::max(high, points.at(i).y());
        }
        double drawnLow = 1e9;
        double drawnHigh = -1e9;
        for (const QPointF &point : drawn) {
            if (point.x() >= column * 100 && point.x() < (column + 1) * 100) {
                drawnLow = std::min(drawnLow, point.y());
                drawnHigh = std::max(drawnHigh, point.y());
            }
        }
        QCOMPARE(drawnLow, low);
        QCOMPARE(drawnHigh, high);
    }
}

void TestCurveMath::downsamplingReachesTheEdgesOfAZoomedRange()
{
    QList<QPointF> points;
    for (int i = 0; i < 100000; ++i)
        points.append(QPointF(i, i % 2));
    const QList<QPointF> drawn = Downsampler::minMax(points, 1000.5, 2000.5, 50);
    QCOMPARE(drawn.first().x(), 1000.0); // the neighbour just outside on the left
    QCOMPARE(drawn.last().x(), 2001.0);  // and on the right
    QVERIFY(drawn.size() <= 4 * 50 + 4);
    QVERIFY(Downsampler::minMax(points, 5, 5, 50).isEmpty());
    QVERIFY(Downsampler::minMax({}, 0, 1, 50).isEmpty());
}

void TestCurveMath::fewPointsAreLeftAlone()
{
    const QList<QPointF> points{QPointF(1, 3), QPointF(2, 1), QPointF(3, 2)};
    QCOMPARE(Downsampler::minMax(points, 0, 4, 900), points);
    QCOMPARE(Downsampler::minMax(points, 1.5, 2.5, 900), points); // with both neighbours
}

void TestCurveMath::ticksAreRound()
{
    const AxisTicks steps = AxisTicks::nice(0, 300, 900);
    QCOMPARE(steps.interval, 50.0);
    QCOMPARE(steps.decimals, 0);
    QCOMPARE(steps.labelFormat(), QStringLiteral("%.0f"));
    const AxisTicks loss = AxisTicks::nice(0.2, 2.4, 360, 60);
    QCOMPARE(loss.interval, 0.5);
    QCOMPARE(loss.decimals, 1);
    QCOMPARE(AxisTicks::nice(0.61, 0.64, 300, 60).decimals, 2); // ticks 0.01 apart
    QCOMPARE(AxisTicks::niceWhole(0, 5, 900).interval, 1.0);
    QCOMPARE(AxisTicks::nice(0, 100000, 900).interval, 10000.0);
}

QTEST_GUILESS_MAIN(TestCurveMath)
#include "tst_curvemath.moc"
