#pragma once

#include "core/charts/runplot.h"

#include <QColor>
#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QValueAxis;
struct ChartPalette;

// The two axes of a curve chart: x in steps or epochs with round ticks, y linear or
// logarithmic (swapped in place, the series re-attached). Numbers are written in the chart's
// locale (a decimal comma in Portuguese).
class ChartAxes
{
public:
    explicit ChartAxes(QChart *chart);

    QValueAxis *x() const { return m_x; }
    QAbstractAxis *y() const { return m_y; }
    bool logScale() const { return m_log; }
    void setLogScale(bool log);

    void attach(QAbstractSeries *series);
    // `pixels`: the plot's width or height, to space the ticks.
    void setX(PlotRange range, int pixels, bool wholeNumbers, const QString &title);
    void setY(PlotRange range, int pixels, const QString &title);
    void setPalette(const ChartPalette &palette);

private:
    void style(QAbstractAxis *axis) const;

    QChart *m_chart;
    QValueAxis *m_x;
    QAbstractAxis *m_y;
    bool m_log = false;
    QColor m_text;
    QColor m_grid;
};
