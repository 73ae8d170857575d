#pragma once

#include "chartaxes.h"
#include "chartpalette.h"
#include "core/charts/runplot.h"
#include "core/charts/trainingadvisor.h"
#include "core/charts/trainingprogress.h"
#include "core/jobs/checkpoint.h"

#include <QTimer>
#include <QWidget>
#include <array>
#include <functional>
#include <optional>

class ChartControls;
class QChart;
class QLabel;
class QLegendMarker;
class QLineSeries;
class ZoomableChartView;

// A job's training curve, live: the training loss at every step (faint) with a smoothed line
// on top, the validation loss where it was measured and the full validation loss at each
// epoch's end, or the token accuracy instead; against steps or epochs, with epoch ends and
// checkpoints marked. Hover shows the values at a step, dragging zooms, the legend toggles a
// line; under the chart, how far the job has come and what the curve says, in plain words.
// The whole run is kept and drawn: what is drawn is downsampled to the pixels of the visible
// range, so a run of 100,000 steps stays fast. A line the provider does not report is not
// drawn and has no legend entry.
//
// For the job page: setRun() with what the workspace holds, then appendPoints() with each
// poll's new points (and the full history once the job ends, which completes the known steps);
// setTotalSteps()/setEpochs() when the job says them, setCheckpoints(), setFinished().
class TrainingChart : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save; an empty answer cancels. Tests answer without a dialog.
    using PathChooser = std::function<QString(const QString &title, const QString &suggested,
                                              const QString &filter)>;

    explicit TrainingChart(QWidget *parent = nullptr);
    ~TrainingChart() override;

    void setRun(const TrainingRun &run);
    void appendPoints(const QList<MetricPoint> &points);
    void clear();
    void setTotalSteps(int steps);
    void setEpochs(int epochs);
    void setCheckpoints(const QList<Checkpoint> &checkpoints);
    void setFinished(bool finished);
    // The provider's own estimate, used until the chart has seen the pace itself.
    void setEstimatedFinish(const QDateTime &finish);
    // When a step was measured, if the caller knows better than "when it arrived".
    void recordProgress(int step, const QDateTime &at);
    // The start of file names offered when saving, e.g. the job's name.
    void setFileBaseName(const QString &name) { m_fileBaseName = name; }
    const TrainingRun &run() const { return m_plot.run(); }

    PlotAxis axis() const { return m_plot.axis(); }
    void setAxis(PlotAxis axis);
    PlotQuantity quantity() const { return m_plot.quantity(); }
    void setQuantity(PlotQuantity quantity);
    bool logScale() const { return m_log; }
    void setLogScale(bool log);
    double smoothing() const { return m_plot.smoothing(); }
    void setSmoothing(double weight);
    void zoomTo(double fromX, double toX); // in the x axis's unit
    void resetZoom();
    bool isZoomed() const { return m_zoomSteps.has_value(); }
    PlotRange visibleRange() const;
    bool isLineShown(PlotLine line) const;
    void setLineShown(PlotLine line, bool shown); // what a click on its legend entry does

    QList<TrainingAdvisor::Reading> readings() const { return m_readings; }
    QString progressText() const { return m_progressText; }
    QString valuesAt(double x) const; // what hovering at x shows

    bool savePicture(const QString &path, QString *error = nullptr);
    bool saveCsv(const QString &path, QString *error = nullptr) const;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    QChart *chart() const { return m_chart; }
    ZoomableChartView *view() const { return m_view; }
    ChartControls *controls() const { return m_controls; }
    QLabel *adviceLabel() const { return m_advice; }
    QLabel *hoverLabel() const { return m_hover; }
    QLineSeries *series(PlotLine line) const { return m_series.at(std::size_t(line)); }
    // Applies pending changes now; the lines are otherwise redrawn on the next event-loop turn
    // and the reading under the chart follows within a fifth of a second.
    void refreshNow();

Q_SIGNALS:
    // The plain-words reading changed (the texts, main reading first).
    void adviceChanged(const QStringList &readings);
    void progressChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Change { Lines = 1, Reading = 2 };

    void schedule(int changes);
    void apply(int changes);
    void refreshLines();
    void refreshMarkers();
    void refreshReading();
    void syncSeries();
    QLineSeries *createSeries(PlotLine line);
    void styleSeries(PlotLine line);
    void styleMarker(QLegendMarker *marker, bool hidden) const;
    void connectMarkers(PlotLine line);
    QString lineName(PlotLine line) const;
    QString xTitle() const;
    QString yTitle() const;
    QString formatValue(double value) const;
    void applyPalette();
    void showHover(double x, QPoint at);
    void hideHover();
    void askPicturePath();
    void askCsvPath();
    QString askPath(const QString &title, const QString &fileName, const QString &filter);
    int plotWidth() const;
    int plotHeight() const;
    std::optional<double> nearestCheckpoint(double step, double tolerance, QString *model) const;

    RunPlot m_plot;
    QList<Checkpoint> m_checkpoints;
    bool m_finished = false;
    bool m_log = false;
    TrainingProgress m_progress;
    std::optional<std::pair<double, double>> m_zoomSteps; // the zoomed range, in steps
    QChart *m_chart;
    ChartAxes m_axes;
    ZoomableChartView *m_view;
    ChartControls *m_controls;
    QLabel *m_caption;
    QLabel *m_advice;
    QLabel *m_hover;
    std::array<QLineSeries *, plotLineCount> m_series{};
    std::array<bool, plotLineCount> m_hidden{};
    QList<TrainingAdvisor::Reading> m_readings;
    QString m_progressText;
    QTimer m_refresh;
    QTimer m_readingTimer;
    int m_pending = 0;
    qreal m_lastPlotWidth = 0;
    ChartPalette m_palette;
    PathChooser m_choosePath;
    QString m_fileBaseName;
};
