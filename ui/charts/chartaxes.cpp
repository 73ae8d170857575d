#include "chartaxes.h"

#include "chartpalette.h"
#include "core/charts/axisticks.h"

#include <QAbstractSeries>
#include <QChart>
#include <QLogValueAxis>
#include <QValueAxis>
#include <cmath>

ChartAxes::ChartAxes(QChart *chart) : m_chart(chart), m_x(new QValueAxis), m_y(new QValueAxis)
{
    m_x->setTickType(QValueAxis::TicksDynamic);
    static_cast<QValueAxis *>(m_y)->setTickType(QValueAxis::TicksDynamic);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    // Axis labels follow the user's locale (0,5 in pt_BR), not C's 0.5.
    m_chart->setLocalizeNumbers(true);
}

void ChartAxes::setLogScale(bool log)
{
    if (log == m_log)
        return;
    m_log = log;
    QAbstractAxis *old = m_y;
    if (log) {
        auto *axis = new QLogValueAxis;
        axis->setMinorTickCount(-1); // as many minor ticks as the base has
        m_y = axis;
    } else {
        auto *axis = new QValueAxis;
        axis->setTickType(QValueAxis::TicksDynamic);
        m_y = axis;
    }
    style(m_y);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->detachAxis(old);
        series->attachAxis(m_y);
    }
    m_chart->removeAxis(old);
    delete old;
}

void ChartAxes::attach(QAbstractSeries *series)
{
    series->attachAxis(m_x);
    series->attachAxis(m_y);
}

void ChartAxes::setX(PlotRange range, int pixels, bool wholeNumbers, const QString &title)
{
    if (!range.isValid())
        range = {0, 1};
    const AxisTicks ticks = wholeNumbers ? AxisTicks::niceWhole(range.min, range.max, pixels)
                                         : AxisTicks::nice(range.min, range.max, pixels);
    // Only what changed: each change makes QtCharts lay the axis and its labels out again.
    if (m_x->min() != range.min || m_x->max() != range.max)
        m_x->setRange(range.min, range.max);
    if (m_x->tickInterval() != ticks.interval)
        m_x->setTickInterval(ticks.interval);
    if (m_x->tickAnchor() != ticks.anchor)
        m_x->setTickAnchor(ticks.anchor);
    if (m_x->labelFormat() != ticks.labelFormat())
        m_x->setLabelFormat(ticks.labelFormat());
    if (m_x->titleText() != title)
        m_x->setTitleText(title);
}

void ChartAxes::setY(PlotRange range, int pixels, const QString &title)
{
    if (!range.isValid())
        range = m_log ? PlotRange{0.1, 10} : PlotRange{0, 1};
    if (m_y->titleText() != title)
        m_y->setTitleText(title);
    if (auto *log = qobject_cast<QLogValueAxis *>(m_y)) {
        // Base 10 marks only powers of ten: within a decade or so, halvings read better.
        const double base = range.max / range.min >= 30 ? 10 : 2;
        if (log->base() != base)
            log->setBase(base);
        if (log->labelFormat() != QLatin1String("%.3g"))
            log->setLabelFormat(QStringLiteral("%.3g"));
        if (log->min() != range.min || log->max() != range.max)
            log->setRange(range.min, range.max);
        return;
    }
    auto *linear = static_cast<QValueAxis *>(m_y);
    const AxisTicks ticks = AxisTicks::nice(range.min, range.max, pixels, 40);
    if (linear->min() != range.min || linear->max() != range.max)
        linear->setRange(range.min, range.max);
    if (linear->tickInterval() != ticks.interval)
        linear->setTickInterval(ticks.interval);
    if (linear->tickAnchor() != ticks.anchor)
        linear->setTickAnchor(ticks.anchor);
    if (linear->labelFormat() != ticks.labelFormat())
        linear->setLabelFormat(ticks.labelFormat());
}

void ChartAxes::setPalette(const ChartPalette &palette)
{
    m_text = palette.text;
    m_grid = palette.grid;
    style(m_x);
    style(m_y);
}

void ChartAxes::style(QAbstractAxis *axis) const
{
    if (!m_text.isValid())
        return;
    axis->setLabelsColor(m_text);
    axis->setTitleBrush(m_text);
    axis->setLinePenColor(m_grid);
    axis->setGridLineColor(m_grid);
    QColor minor = m_grid;
    minor.setAlpha(m_grid.alpha() / 2);
    axis->setMinorGridLineColor(minor);
}
