#pragma once

#include <QChartView>
#include <QColor>
#include <QList>
#include <QPoint>
#include <QString>
#include <optional>

class QRubberBand;

// The plot of a curve chart: drag across it to zoom into those steps, double-click (or "Reset
// zoom") to see the whole run again; moving the mouse reports where it is so the chart can
// show the values there. Vertical markers (epoch ends, checkpoints) and the hover line are
// painted over the plot. Clicks outside the plot (the legend) go to the chart as usual.
class ZoomableChartView : public QChartView
{
    Q_OBJECT

public:
    struct Marker
    {
        enum class Kind { EpochEnd, Checkpoint };
        double x = 0; // in the x axis's unit
        Kind kind = Kind::EpochEnd;
        QString label; // drawn when there is room
    };

    explicit ZoomableChartView(QChart *chart, QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    void setMarkerColours(const QColor &epochEnd, const QColor &checkpoint, const QColor &hover);
    void setHoverX(std::optional<double> x);

    // Where an x value is in the view, and back; nothing outside the plot or without axes.
    std::optional<double> valueAt(QPoint viewPosition) const;
    std::optional<int> positionOf(double x) const;

Q_SIGNALS:
    void zoomRequested(double fromX, double toX);
    void resetRequested();
    void hovered(double x, QPoint viewPosition);
    void hoverLeft();
    void resized();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QRectF plotInView() const;
    void drawMarker(QPainter *painter, const Marker &marker, const QRectF &plot, double &labelEnd);

    QList<Marker> m_markers;
    std::optional<double> m_hoverX;
    QRubberBand *m_band;
    std::optional<int> m_dragFrom;
    QColor m_epochColour = Qt::gray;
    QColor m_checkpointColour = QColor(0xE69F00);
    QColor m_hoverColour = Qt::darkGray;
};
