#pragma once

#include <QList>
#include <QPointF>

// Fewer points to draw, the same picture: the visible x range is cut into one bucket per pixel
// column, and each column keeps its first, lowest, highest and last point, in x order. A line
// through them covers exactly the pixels the full line would, so a single spike stays
// visible; the first and last points of the range are always kept, and one point on each side
// of the range lets the line run to the edges. Points must be sorted by x.
class Downsampler
{
public:
    // At most about 4 points per column, plus the two neighbours outside the range. When the
    // range holds few enough points they are returned as they are.
    static QList<QPointF> minMax(const QList<QPointF> &points, double xFrom, double xTo,
                                 int columns);
};
