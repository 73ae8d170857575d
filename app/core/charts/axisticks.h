#pragma once

#include <QString>

// Round tick marks for an axis: an interval of 1, 2 or 5 times a power of ten, with about one
// tick per `pixelsPerTick` of axis, and the decimals the labels need to tell ticks apart.
struct AxisTicks
{
    double interval = 1;
    double anchor = 0; // ticks sit at anchor + k * interval
    int decimals = 0;

    static AxisTicks nice(double min, double max, int lengthPixels, int pixelsPerTick = 90);
    // A printf format for QValueAxis::setLabelFormat, e.g. "%.2f" (numbers are localised by
    // the chart when QChart::setLocalizeNumbers is on).
    QString labelFormat() const;
    // Steps are whole numbers: an interval of at least 1.
    static AxisTicks niceWhole(double min, double max, int lengthPixels, int pixelsPerTick = 90);
};
