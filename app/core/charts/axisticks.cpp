#include "axisticks.h"

#include <algorithm>
#include <cmath>

AxisTicks AxisTicks::nice(double min, double max, int lengthPixels, int pixelsPerTick)
{
    AxisTicks ticks;
    const double span = max - min;
    if (!(span > 0) || !std::isfinite(span))
        return ticks;
    const int wanted = std::max(2, lengthPixels / std::max(1, pixelsPerTick));
    const double raw = span / wanted;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    const double step = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    ticks.interval = step * power;
    ticks.anchor = 0;
    ticks.decimals = std::max(0, int(-std::floor(std::log10(ticks.interval) + 1e-9)));
    return ticks;
}

AxisTicks AxisTicks::niceWhole(double min, double max, int lengthPixels, int pixelsPerTick)
{
    AxisTicks ticks = nice(min, max, lengthPixels, pixelsPerTick);
    if (ticks.interval < 1) {
        ticks.interval = 1;
        ticks.decimals = 0;
    }
    return ticks;
}

QString AxisTicks::labelFormat() const
{
    return QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
}
