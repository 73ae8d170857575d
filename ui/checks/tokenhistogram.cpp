#include "tokenhistogram.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// At most this many bars, however wide the chart: more are hard to tell apart.
constexpr int MaxBars = 12;
// What QtCharts keeps around an axis label (its padding and the text item's margins).
constexpr int LabelGap = 22;

// Round widths that are multiples of binWidth, finest first.
QList<qint64> roundWidths(qint64 binWidth, qint64 span)
{
    QList<qint64> widths;
    for (qint64 power = 1; power <= std::max<qint64>(span, 1) * 10; power *= 10) {
        for (const qint64 times10 : {10, 20, 25, 50}) {
            const qint64 width = times10 * power / 10;
            if (width >= binWidth && width % binWidth == 0 && (times10 != 25 || power >= 10))
                widths.append(width);
        }
    }
    return widths;
}

TokenHistogram::Bars merge(const QList<TokenStatistics::Bin> &bins, qint64 width)
{
    TokenHistogram::Bars bars;
    bars.width = width;
    bars.start = bins.first().from / width * width;
    const qint64 end = bins.last().to;
    bars.counts = QList<int>(int((end - bars.start + width - 1) / width), 0);
    for (const TokenStatistics::Bin &bin : bins)
        bars.counts[int((bin.from - bars.start) / width)] += bin.count;
    // A last bar made only of empty bins says nothing.
    while (bars.counts.size() > 1 && bars.counts.last() == 0)
        bars.counts.removeLast();
    return bars;
}

int widestLabel(const TokenHistogram::Bars &bars, const QFontMetrics &metrics,
                const QLocale &locale)
{
    int widest = 0;
    for (int i = 0; i < bars.counts.size(); ++i) {
        const qint64 from = bars.start + i * bars.width;
        widest = std::max(widest, metrics.horizontalAdvance(
                                      TokenHistogram::rangeLabel(from, from + bars.width, locale)));
    }
    return widest;
}

} // namespace

TokenHistogram::TokenHistogram(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_summary(new QLabel(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
    m_view->setMinimumWidth(240);
    m_view->chart()->legend()->hide();
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->setAccessibleName(tr("Tokens per example"));
    m_summary->setWordWrap(true);
    // The plot's real width is known once QtCharts laid it out: choose the bars again then.
    connect(m_view->chart(), &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        // The narrowest plot seen at this size: bars that fit it fit the wider ones too, so new
        // labels that move the plot's edge cannot make the choice swing to and fro.
        const int seen = int(area.width());
        const int width = m_plotWidth > 0 ? std::min(seen, m_plotWidth) : seen;
        if (m_bins.isEmpty() || width <= 0 || std::abs(width - m_plotWidth) < 2)
            return;
        m_plotWidth = width;
        // Bounded: new labels may move the plot's edge, which must not go on for ever.
        if (m_reshown < 3 &&
            regroup(m_bins, width, m_view->fontMetrics(), QLocale()).width != m_shownWidth) {
            ++m_reshown;
            QMetaObject::invokeMethod(this, &TokenHistogram::showBars, Qt::QueuedConnection);
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    clear();
}

QChart *TokenHistogram::chart() const
{
    return m_view->chart();
}

QString TokenHistogram::rangeLabel(qint64 from, qint64 to, const QLocale &locale)
{
    if (to - from == 1)
        return locale.toString(from);
    return tr("%1–%2").arg(locale.toString(from), locale.toString(to));
}

TokenHistogram::Bars TokenHistogram::regroup(const QList<TokenStatistics::Bin> &bins, int plotWidth,
                                             const QFontMetrics &metrics, const QLocale &locale)
{
    if (bins.isEmpty())
        return {};
    const qint64 span = bins.last().to - bins.first().from;
    Bars coarsest;
    for (const qint64 width : roundWidths(bins.first().to - bins.first().from, span)) {
        Bars bars = merge(bins, width);
        coarsest = bars;
        // QtCharts gives each label the plot's width over the ticks (one more than the bars).
        const int bar = plotWidth / int(bars.counts.size() + 1);
        if (bars.counts.size() <= MaxBars && widestLabel(bars, metrics, locale) + LabelGap <= bar)
            return bars;
        if (bars.counts.size() == 1)
            break;
    }
    return coarsest;
}

// QChart::removeAxis gives the axis back to the caller: without the delete, every new
// report left two axes behind (found by LeakSanitizer).
void TokenHistogram::removeAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void TokenHistogram::clear()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    removeAxes(chart);
    chart->setTitle(tr("Tokens per example"));
    m_summary->setText(tr("Check the dataset to see how long its examples are."));
    m_bins.clear();
    m_shownWidth = 0;
    m_plotWidth = 0;
    m_reshown = 0;
}

void TokenHistogram::setStatistics(const TokenStatistics &tokens, const TokenStatistics &messages)
{
    clear();
    if (tokens.count == 0)
        return;
    m_bins = tokens.bins;
    showBars();
    m_summary->setText(
        tr("Tokens per example: smallest %L1, median %L2, 90% are at most %L3, largest %L4.")
            .arg(tokens.minimum)
            .arg(tokens.median)
            .arg(tokens.p90)
            .arg(tokens.maximum) +
        QLatin1Char('\n') +
        tr("Messages per example: smallest %L1, median %L2, largest %L3.")
            .arg(messages.minimum)
            .arg(messages.median)
            .arg(messages.maximum));
}

int TokenHistogram::plotWidth() const
{
    if (m_plotWidth > 0)
        return m_plotWidth;
    // Before the first layout: the chart less its margins, the count axis' title and labels.
    const QFontMetrics metrics = m_view->fontMetrics();
    return width() - 8 - 2 * metrics.height() - metrics.horizontalAdvance(QStringLiteral("0000")) -
           24;
}

void TokenHistogram::showBars()
{
    if (m_bins.isEmpty())
        return;
    const QLocale locale;
    const Bars bars = regroup(m_bins, plotWidth(), m_view->fontMetrics(), locale);
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    removeAxes(chart);
    m_shownWidth = bars.width;
    if (bars.counts.isEmpty())
        return;
    auto *set = new QBarSet(tr("Examples"));
    QStringList categories;
    int highest = 0;
    for (int i = 0; i < bars.counts.size(); ++i) {
        const qint64 from = bars.start + i * bars.width;
        set->append(bars.counts.at(i));
        highest = std::max(highest, bars.counts.at(i));
        categories.append(rangeLabel(from, from + bars.width, locale));
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.9);
    series->append(set);
    chart->addSeries(series);

    auto *lengths = new QBarCategoryAxis;
    lengths->append(categories);
    lengths->setTitleText(tr("Tokens"));
    // In the window's font (the chart theme's would be larger), as the bars were chosen for.
    lengths->setLabelsFont(m_view->font());
    auto *counts = new QValueAxis;
    counts->setLabelsFont(m_view->font());
    counts->setRange(0, std::max(highest, 1));
    counts->applyNiceNumbers();
    counts->setLabelFormat(QStringLiteral("%.0f"));
    counts->setTitleText(tr("Examples"));
    chart->addAxis(lengths, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(lengths);
    series->attachAxis(counts);
    // Axis labels follow the user's locale (1.000 in pt_BR), not C's 1000.
    chart->setLocalizeNumbers(true);
}

void TokenHistogram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_reshown = 0; // another size: the plot may settle again
    m_plotWidth = 0;
}
