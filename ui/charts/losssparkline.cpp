#include "losssparkline.h"

#include "core/charts/downsampler.h"
#include "core/charts/smoothing.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

LossSparkline::LossSparkline(int role, QObject *parent) : QStyledItemDelegate(parent), m_role(role)
{
}

QList<QPointF> LossSparkline::curve(const TrainingRun &run, int columns)
{
    const QList<QPointF> &loss = run.series(Metric::TrainLoss).points();
    if (loss.size() < 2)
        return {};
    const QList<QPointF> smoothed = Smoothing::smooth(loss, 0.9);
    return Downsampler::minMax(smoothed, smoothed.first().x(), smoothed.last().x(), columns);
}

void LossSparkline::paintCurve(QPainter *painter, const QRectF &area, const QList<QPointF> &curve,
                               const QColor &colour)
{
    if (curve.size() < 2 || area.width() < 4 || area.height() < 4)
        return;
    const auto [lowest, highest] =
        std::minmax_element(curve.cbegin(), curve.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    const double low = lowest->y();
    const double span = std::max(1e-9, highest->y() - low);
    const double first = curve.first().x();
    const double width = std::max(1e-9, curve.last().x() - first);
    QPainterPath path;
    for (qsizetype i = 0; i < curve.size(); ++i) {
        const QPointF at(area.left() + (curve.at(i).x() - first) / width * area.width(),
                         area.bottom() - (curve.at(i).y() - low) / span * area.height());
        if (i == 0)
            path.moveTo(at);
        else
            path.lineTo(at);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

void LossSparkline::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QVariant value = index.data(m_role);
    if (!value.canConvert<QList<QPointF>>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor colour =
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Link);
    paintCurve(painter, QRectF(option.rect).adjusted(4, 4, -4, -4), value.value<QList<QPointF>>(),
               colour);
}

QSize LossSparkline::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    return QSize(std::max(text.width(), 90), std::max(text.height(), 24));
}
