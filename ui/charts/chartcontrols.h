#pragma once

#include "core/charts/runplot.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;
class QPushButton;

// The row above a curve chart: what to show (loss or token accuracy), along what (steps or
// epochs), log scale, smoothing, reset zoom and save. Only widgets; the chart decides what
// each choice does and which are available.
class ChartControls : public QWidget
{
    Q_OBJECT

public:
    enum Part {
        Quantity = 1,
        Axis = 2,
        LogScale = 4,
        SmoothingSlider = 8,
        Reset = 16,
        SaveCsv = 32
    };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit ChartControls(Parts parts, QWidget *parent = nullptr);

    PlotQuantity quantity() const;
    void setQuantity(PlotQuantity quantity);
    void setAccuracyAvailable(bool available);
    PlotAxis axis() const;
    void setAxis(PlotAxis axis);
    void setEpochsAvailable(bool available);
    bool logScale() const;
    void setLogScale(bool log);
    void setLogScaleAvailable(bool available);
    double smoothing() const;
    void setSmoothing(double weight);
    void setZoomed(bool zoomed);

    QComboBox *quantityBox() const { return m_quantity; }
    QComboBox *axisBox() const { return m_axis; }
    QCheckBox *logBox() const { return m_log; }
    QSlider *smoothingSlider() const { return m_smoothing; }
    QPushButton *resetButton() const { return m_reset; }
    QToolButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void quantityChanged(PlotQuantity quantity);
    void axisChanged(PlotAxis axis);
    void logScaleChanged(bool log);
    void smoothingChanged(double weight);
    void resetZoomRequested();
    void savePictureRequested();
    void saveCsvRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showSmoothing(double weight);

    QLabel *m_quantityLabel;
    QComboBox *m_quantity;
    QLabel *m_axisLabel;
    QComboBox *m_axis;
    QCheckBox *m_log;
    QLabel *m_smoothingLabel;
    QSlider *m_smoothing;
    QLabel *m_smoothingValue;
    QPushButton *m_reset;
    QToolButton *m_save;
    QAction *m_savePicture;
    QAction *m_saveCsv;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChartControls::Parts)
