#include "chartpalette.h"

#include <QChart>
#include <QLegend>
#include <array>

namespace {

// Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow.
constexpr std::array<QRgb, 7> onLight{0x0072B2, 0xD55E00, 0x009E73, 0xE69F00,
                                      0xCC79A7, 0x56B4E9, 0xB8A200};
constexpr std::array<QRgb, 7> onDark{0x56B4E9, 0xF08A4B, 0x2BD1A4, 0xE69F00,
                                     0xE08FC0, 0x8FD0FF, 0xF0E442};

} // namespace

ChartPalette ChartPalette::from(const QPalette &palette)
{
    ChartPalette colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.dark = colours.background.lightness() < 128;
    const auto &set = colours.dark ? onDark : onLight;
    colours.training = QColor(set.at(0));
    colours.trainingRaw = colours.training;
    colours.trainingRaw.setAlpha(colours.dark ? 90 : 70);
    colours.validation = QColor(set.at(1));
    colours.fullValidation = QColor(set.at(2));
    colours.checkpoint = QColor(set.at(3));
    colours.grid = colours.text;
    colours.grid.setAlpha(40);
    colours.epochMarker = colours.text;
    colours.epochMarker.setAlpha(110);
    colours.hover = colours.text;
    colours.hover.setAlpha(140);
    return colours;
}

QColor ChartPalette::runColour(int index) const
{
    const auto &set = dark ? onDark : onLight;
    const QColor base(set.at(std::size_t(index) % set.size()));
    // Past seven runs the hues repeat, a little lighter or darker each round.
    const int round = index / int(set.size());
    return round == 0 ? base
                      : (dark ? base.darker(100 + 25 * round) : base.lighter(100 + 25 * round));
}

void ChartPalette::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
}
