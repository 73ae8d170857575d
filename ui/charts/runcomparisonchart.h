#pragma once

#include "chartaxes.h"
#include "chartpalette.h"
#include "core/charts/runplot.h"

#include <QTimer>
#include <QWidget>

class ChartControls;
class QChart;
class QLabel;
class QLineSeries;
class ZoomableChartView;

// Several runs on one chart, to compare datasets and settings: each run's smoothed training
// curve in its own colour with its name in the legend, and its validation curve (the full
// validation at each epoch's end when there is one) dashed in the same colour. Aligned by step
// or by epoch, so runs over datasets of different sizes line up. A checkpoint is compared as
// its job's run up to the checkpoint's step (TrainingRun::upToStep). The legend toggles a run;
// hover shows every run's values there; drag zooms.
class RunComparisonChart : public QWidget
{
    Q_OBJECT

public:
    explicit RunComparisonChart(QWidget *parent = nullptr);
    ~RunComparisonChart() override;

    // Returns the run's index; colours follow the order runs are added in.
    int addRun(const QString &name, const TrainingRun &run);
    void appendPoints(int index, const QList<MetricPoint> &points);
    void removeRun(int index);
    void clear();
    int runCount() const { return int(m_runs.size()); }
    QString runName(int index) const { return m_runs.at(index).name; }
    QColor runColour(int index) const;

    PlotAxis axis() const { return m_axis; }
    void setAxis(PlotAxis axis);
    PlotQuantity quantity() const { return m_quantity; }
    void setQuantity(PlotQuantity quantity);
    bool logScale() const { return m_log; }
    void setLogScale(bool log);
    double smoothing() const { return m_smoothing; }
    void setSmoothing(double weight);
    void zoomTo(double fromX, double toX);
    void resetZoom();
    bool isZoomed() const { return m_zoom.has_value(); }
    PlotRange visibleRange() const;
    // Epochs need every run's epochs to be known.
    bool canShowEpochs() const;
    bool isRunShown(int index) const { return !m_runs.at(index).hidden; }
    void setRunShown(int index, bool shown);

    QString valuesAt(double x) const;
    bool savePicture(const QString &path, QString *error = nullptr);

    QChart *chart() const { return m_chart; }
    ZoomableChartView *view() const { return m_view; }
    ChartControls *controls() const { return m_controls; }
    QLineSeries *trainingSeries(int index) const { return m_runs.at(index).training; }
    QLineSeries *validationSeries(int index) const { return m_runs.at(index).validation; }
    void refreshNow();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QString name;
        RunPlot plot;
        QLineSeries *training = nullptr;
        QLineSeries *validation = nullptr;
        bool hidden = false;
    };

    void schedule();
    void rebuildSeries();
    void refreshLines();
    PlotLine validationLine(const Entry &entry) const;
    double toStep(const Entry &entry, double x) const;
    double fromStep(const Entry &entry, double step) const;
    void applyPalette();
    void styleEntry(int index);
    void showHover(double x, QPoint at);
    void hideHover();
    void askPicturePath();
    QString formatValue(double value) const;

    QList<Entry> m_runs;
    PlotAxis m_axis = PlotAxis::Steps;
    PlotQuantity m_quantity = PlotQuantity::Loss;
    bool m_log = false;
    double m_smoothing;
    std::optional<std::pair<double, double>> m_zoom; // in the axis's unit
    QChart *m_chart;
    ChartAxes m_axes;
    ZoomableChartView *m_view;
    ChartControls *m_controls;
    QLabel *m_hover;
    QTimer m_refresh;
    bool m_seriesStale = true;
    ChartPalette m_palette;
};
