#pragma once

#include "smoothing.h"
#include "trainingrun.h"

#include <QList>
#include <QPointF>

// The lines a training chart draws.
enum class PlotLine {
    TrainRaw,       // training loss (or accuracy) at every step, drawn faint
    TrainSmoothed,  // the same, smoothed as TensorBoard does
    Validation,     // a small validation batch, on the steps where it was measured
    FullValidation, // the whole validation set, at the end of each epoch
};
inline constexpr int plotLineCount = 4;

enum class PlotQuantity { Loss, Accuracy };
enum class PlotAxis { Steps, Epochs };

struct PlotRange
{
    double min = 0;
    double max = 0;
    bool isValid() const { return max > min; }
    friend bool operator==(const PlotRange &, const PlotRange &) = default;
};

// What a training chart shows, prepared without widgets: the run, which quantity (loss or
// token accuracy) against which axis (steps or epochs), the smoothed training line (kept up to
// date point by point as a live run grows) and, for any visible range and pixel width, each
// line downsampled to what that many pixels can show. x values are in the axis's unit.
class RunPlot
{
public:
    RunPlot() = default;
    explicit RunPlot(const TrainingRun &run);

    void setRun(const TrainingRun &run);
    int append(const QList<MetricPoint> &points);
    const TrainingRun &run() const { return m_run; }
    void setTotalSteps(int steps);
    void setEpochs(int epochs);

    PlotQuantity quantity() const { return m_quantity; }
    void setQuantity(PlotQuantity quantity);
    PlotAxis axis() const { return m_axis; }
    void setAxis(PlotAxis axis); // Epochs falls back to Steps while no epoch is known
    double smoothing() const { return m_smoothing; }
    void setSmoothing(double weight);

    bool canShowEpochs() const { return m_mapping.isValid(); }
    const EpochMapping &epochMapping() const { return m_mapping; }
    bool hasAccuracy() const;
    bool hasLine(PlotLine line) const;
    static Metric metricOf(PlotLine line, PlotQuantity quantity);

    // The whole run along x: up to the total steps when they are known, so a live run fills
    // the chart from left to right.
    PlotRange xRange() const;
    QList<QPointF> line(PlotLine line, PlotRange visible, int columns) const;
    // The full smoothed training line (in steps), for the advice and the hover values.
    const QList<QPointF> &smoothed() const { return m_smoothed; }

    double toStep(double x) const;
    double fromStep(double step) const;
    // Epoch ends inside the run, in the axis's unit (the end of the last epoch excluded).
    QList<double> epochBoundaries() const;

    // The lowest and highest y of some lines, padded so the curves do not touch the frame;
    // for a log scale only positive values count.
    static PlotRange valueRange(const QList<QList<QPointF>> &lines, bool logScale);

private:
    const QList<QPointF> &pointsOf(PlotLine line) const;
    void resmooth();
    void smoothNewPoints();
    void refreshMapping();

    TrainingRun m_run;
    EpochMapping m_mapping;
    PlotQuantity m_quantity = PlotQuantity::Loss;
    PlotAxis m_axis = PlotAxis::Steps;
    double m_smoothing = Smoothing::defaultWeight;
    Smoothing m_smoother;
    QList<QPointF> m_smoothed; // of the training metric of m_quantity, in steps
};
