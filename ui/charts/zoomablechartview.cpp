#include "zoomablechartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRubberBand>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {

constexpr int minimumDragPixels = 8;

QValueAxis *horizontalAxis(const QChart *chart)
{
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

} // namespace

ZoomableChartView::ZoomableChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent), m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRubberBand(QChartView::NoRubberBand); // our own: horizontal, reported, not applied
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocale(locale()); // the parent's: numbers with a decimal comma in Portuguese
    setMinimumHeight(160);      // leaves the job page room for a longer advice or banner at 768 px
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    m_band->hide();
}

void ZoomableChartView::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    viewport()->update();
}

void ZoomableChartView::setMarkerColours(const QColor &epochEnd, const QColor &checkpoint,
                                         const QColor &hover)
{
    m_epochColour = epochEnd;
    m_checkpointColour = checkpoint;
    m_hoverColour = hover;
    viewport()->update();
}

void ZoomableChartView::setHoverX(std::optional<double> x)
{
    if (x == m_hoverX)
        return;
    m_hoverX = x;
    viewport()->update();
}

QRectF ZoomableChartView::plotInView() const
{
    const QRectF plot = chart()->plotArea();
    return mapFromScene(chart()->mapToScene(plot)).boundingRect();
}

std::optional<double> ZoomableChartView::valueAt(QPoint viewPosition) const
{
    const QValueAxis *axis = horizontalAxis(chart());
    const QRectF plot = plotInView();
    if (!axis || plot.width() <= 0 || viewPosition.x() < plot.left() - 1 ||
        viewPosition.x() > plot.right() + 1)
        return std::nullopt;
    const double share = std::clamp((viewPosition.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return axis->min() + share * (axis->max() - axis->min());
}

std::optional<int> ZoomableChartView::positionOf(double x) const
{
    const QValueAxis *axis = horizontalAxis(chart());
    const QRectF plot = plotInView();
    if (!axis || axis->max() <= axis->min() || x < axis->min() || x > axis->max())
        return std::nullopt;
    return int(
        std::lround(plot.left() + (x - axis->min()) / (axis->max() - axis->min()) * plot.width()));
}

void ZoomableChartView::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (event->button() == Qt::LeftButton && plotInView().contains(at)) {
        m_dragFrom = at.x();
        const QRectF plot = plotInView();
        m_band->setGeometry(QRect(at.x(), int(plot.top()), 0, int(plot.height())));
        m_band->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event); // the legend's markers, for instance
}

void ZoomableChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragFrom) {
        const QRectF plot = plotInView();
        const int x = std::clamp(at.x(), int(plot.left()), int(plot.right()));
        m_band->setGeometry(QRect(QPoint(std::min(*m_dragFrom, x), int(plot.top())),
                                  QPoint(std::max(*m_dragFrom, x), int(plot.bottom()))));
    }
    if (const auto x = valueAt(at); x && plotInView().contains(at))
        Q_EMIT hovered(*x, at);
    else
        Q_EMIT hoverLeft();
    QChartView::mouseMoveEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom && event->button() == Qt::LeftButton) {
        const int from = *m_dragFrom;
        const int to = event->position().toPoint().x();
        m_dragFrom.reset();
        m_band->hide();
        if (std::abs(to - from) >= minimumDragPixels) {
            const QRectF plot = plotInView();
            const auto a = valueAt(
                QPoint(std::clamp(std::min(from, to), int(plot.left()), int(plot.right())), 0));
            const auto b = valueAt(
                QPoint(std::clamp(std::max(from, to), int(plot.left()), int(plot.right())), 0));
            if (a && b && *b > *a)
                Q_EMIT zoomRequested(*a, *b);
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ZoomableChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (plotInView().contains(event->position().toPoint())) {
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ZoomableChartView::leaveEvent(QEvent *event)
{
    Q_EMIT hoverLeft();
    QChartView::leaveEvent(event);
}

void ZoomableChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    Q_EMIT resized();
}

void ZoomableChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QValueAxis *axis = horizontalAxis(chart());
    if (!axis || axis->max() <= axis->min())
        return;
    const QRectF plot = chart()->mapToScene(chart()->plotArea()).boundingRect();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    double labelEnd = -1e9; // where the last drawn label ends, so labels never overlap
    for (const Marker &marker : std::as_const(m_markers))
        drawMarker(painter, marker, plot, labelEnd);
    if (m_hoverX && *m_hoverX >= axis->min() && *m_hoverX <= axis->max()) {
        const double x =
            plot.left() + (*m_hoverX - axis->min()) / (axis->max() - axis->min()) * plot.width();
        painter->setPen(QPen(m_hoverColour, 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->restore();
}

void ZoomableChartView::drawMarker(QPainter *painter, const Marker &marker, const QRectF &plot,
                                   double &labelEnd)
{
    const QValueAxis *axis = horizontalAxis(chart());
    if (marker.x < axis->min() || marker.x > axis->max())
        return;
    const double x =
        plot.left() + (marker.x - axis->min()) / (axis->max() - axis->min()) * plot.width();
    if (marker.kind == Marker::Kind::EpochEnd) {
        painter->setPen(QPen(m_epochColour, 1, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (marker.label.isEmpty())
            return;
        const QFontMetrics metrics(painter->font());
        const double width = metrics.horizontalAdvance(marker.label);
        const double left = x + 3;
        if (left < labelEnd + 6 || left + width > plot.right())
            return; // no room: the line alone says it
        painter->setPen(m_epochColour);
        painter->drawText(QPointF(left, plot.top() + metrics.ascent() + 2), marker.label);
        labelEnd = left + width;
        return;
    }
    // A checkpoint: a small flag hanging from the top of the plot.
    QPainterPath flag;
    flag.moveTo(x - 5, plot.top());
    flag.lineTo(x + 5, plot.top());
    flag.lineTo(x, plot.top() + 8);
    flag.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_checkpointColour);
    painter->drawPath(flag);
    painter->setPen(QPen(m_checkpointColour, 1, Qt::DotLine));
    painter->drawLine(QPointF(x, plot.top() + 8), QPointF(x, plot.bottom()));
}
