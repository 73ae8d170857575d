#pragma once

#include "core/checks/tokenstatistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QFontMetrics;
class QLabel;
class QLocale;

// How long the examples are: a bar chart of tokens per example (QtCharts) with the smallest,
// median, 90th-percentile and largest lengths, and messages per example, under it. The bars
// are as few and as round ("600–650") as the chart's width needs for every label to be read
// whole; a wider chart shows finer bars.
class TokenHistogram : public QWidget
{
    Q_OBJECT

public:
    explicit TokenHistogram(QWidget *parent = nullptr);

    void setStatistics(const TokenStatistics &tokens, const TokenStatistics &messages);
    void clear();

    QChart *chart() const;
    QLabel *summaryLabel() const { return m_summary; }

    // Bars of one round width (1, 2, 2.5 or 5 × 10ⁿ tokens, a multiple of the bins' width)
    // starting at a multiple of it: the finest whose labels fit side by side in plotWidth.
    struct Bars
    {
        qint64 start = 0;
        qint64 width = 0;
        QList<int> counts;
    };
    static Bars regroup(const QList<TokenStatistics::Bin> &bins, int plotWidth,
                        const QFontMetrics &metrics, const QLocale &locale);
    // "600–650": the bar's range in the locale's numbers.
    static QString rangeLabel(qint64 from, qint64 to, const QLocale &locale);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static void removeAxes(QChart *chart);
    void showBars();
    int plotWidth() const;

    QChartView *m_view;
    QLabel *m_summary;
    QList<TokenStatistics::Bin> m_bins;
    qint64 m_shownWidth = 0; // of the bars shown
    int m_plotWidth = 0;     // of the plot area as QtCharts last laid it out
    int m_reshown = 0;
};
