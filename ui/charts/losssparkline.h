#pragma once

#include "core/charts/trainingrun.h"

#include <QList>
#include <QPointF>
#include <QStyledItemDelegate>

// A small loss curve for a column of the jobs list: the model puts a job's curve in `role`
// (a QList<QPointF> from LossSparkline::curve, made once per change of the run, not per
// paint) and this delegate draws it, scaled to the cell, in the palette's highlight colour on
// selected rows. A cell without a curve shows its text as usual.
class LossSparkline : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LossSparkline(int role, QObject *parent = nullptr);

    // The run's smoothed training loss, reduced to about `columns` pixel columns.
    static QList<QPointF> curve(const TrainingRun &run, int columns = 120);
    static void paintCurve(QPainter *painter, const QRectF &area, const QList<QPointF> &curve,
                           const QColor &colour);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};
