#pragma once

#include <QColor>
#include <QPalette>

class QChart;

// The chart's colours, taken from the widget's palette so the chart follows the light or dark
// appearance: backgrounds and text from the palette, the curves from a colour-blind-safe set
// (Okabe and Ito's) in a darker shade on light backgrounds and a lighter one on dark.
struct ChartPalette
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor grid;
    QColor training;
    QColor trainingRaw; // the same hue, faint
    QColor validation;
    QColor fullValidation;
    QColor epochMarker;
    QColor checkpoint;
    QColor hover;

    static ChartPalette from(const QPalette &palette);
    // A distinct colour for the i-th run of a comparison.
    QColor runColour(int index) const;
    // Backgrounds, title and legend text.
    void apply(QChart *chart) const;
};
