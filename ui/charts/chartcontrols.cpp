#include "chartcontrols.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QToolButton>
#include <cmath>

namespace {

constexpr int sliderSteps = 100; // weight = position / 100, 0 to 0.99

} // namespace

ChartControls::ChartControls(Parts parts, QWidget *parent)
    : QWidget(parent), m_quantityLabel(new QLabel(this)), m_quantity(new QComboBox(this)),
      m_axisLabel(new QLabel(this)), m_axis(new QComboBox(this)), m_log(new QCheckBox(this)),
      m_smoothingLabel(new QLabel(this)), m_smoothing(new QSlider(Qt::Horizontal, this)),
      m_smoothingValue(new QLabel(this)), m_reset(new QPushButton(this)),
      m_save(new QToolButton(this)), m_savePicture(new QAction(this)), m_saveCsv(new QAction(this))
{
    m_quantity->addItem(QString(), int(PlotQuantity::Loss));
    m_quantity->addItem(QString(), int(PlotQuantity::Accuracy));
    m_axis->addItem(QString(), int(PlotAxis::Steps));
    m_axis->addItem(QString(), int(PlotAxis::Epochs));
    m_quantityLabel->setBuddy(m_quantity);
    m_axisLabel->setBuddy(m_axis);
    m_smoothingLabel->setBuddy(m_smoothing);
    m_smoothing->setRange(0, sliderSteps - 1);
    m_smoothing->setMinimumWidth(90);
    m_smoothing->setMaximumWidth(160);
    m_smoothingValue->setMinimumWidth(
        m_smoothingValue->fontMetrics().horizontalAdvance(QStringLiteral("0,00")) + 4);
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_save);
    menu->addAction(m_savePicture);
    if (parts.testFlag(SaveCsv))
        menu->addAction(m_saveCsv);
    m_save->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quantityLabel);
    layout->addWidget(m_quantity);
    layout->addSpacing(6);
    layout->addWidget(m_axisLabel);
    layout->addWidget(m_axis);
    layout->addSpacing(6);
    layout->addWidget(m_log);
    layout->addSpacing(6);
    layout->addWidget(m_smoothingLabel);
    layout->addWidget(m_smoothing, 1);
    layout->addWidget(m_smoothingValue);
    layout->addStretch();
    layout->addWidget(m_reset);
    layout->addWidget(m_save);

    m_quantityLabel->setVisible(parts.testFlag(Quantity));
    m_quantity->setVisible(parts.testFlag(Quantity));
    m_axisLabel->setVisible(parts.testFlag(Axis));
    m_axis->setVisible(parts.testFlag(Axis));
    m_log->setVisible(parts.testFlag(LogScale));
    m_smoothingLabel->setVisible(parts.testFlag(SmoothingSlider));
    m_smoothing->setVisible(parts.testFlag(SmoothingSlider));
    m_smoothingValue->setVisible(parts.testFlag(SmoothingSlider));
    m_reset->setVisible(parts.testFlag(Reset));
    m_reset->setEnabled(false);

    connect(m_quantity, &QComboBox::activated, this,
            [this] { Q_EMIT quantityChanged(quantity()); });
    connect(m_axis, &QComboBox::activated, this, [this] { Q_EMIT axisChanged(axis()); });
    connect(m_log, &QCheckBox::toggled, this, &ChartControls::logScaleChanged);
    connect(m_smoothing, &QSlider::valueChanged, this, [this] {
        showSmoothing(smoothing());
        Q_EMIT smoothingChanged(smoothing());
    });
    connect(m_reset, &QPushButton::clicked, this, &ChartControls::resetZoomRequested);
    connect(m_savePicture, &QAction::triggered, this, &ChartControls::savePictureRequested);
    connect(m_saveCsv, &QAction::triggered, this, &ChartControls::saveCsvRequested);
    retranslate();
}

void ChartControls::retranslate()
{
    m_quantityLabel->setText(tr("&Show:"));
    m_quantity->setItemText(0, tr("Loss"));
    m_quantity->setItemText(1, tr("Token accuracy"));
    m_quantity->setToolTip(tr("Loss: how far the model's answers are from your examples' "
                              "(lower is better). Token accuracy: the share of words the model "
                              "predicted exactly (higher is better)."));
    m_axisLabel->setText(tr("&Along:"));
    m_axis->setItemText(0, tr("Steps"));
    m_axis->setItemText(1, tr("Epochs"));
    m_axis->setToolTip(tr("A step is one batch of examples; an epoch is one pass over all your "
                          "examples. Epochs line up runs over datasets of different sizes."));
    m_log->setText(tr("&Log scale"));
    m_log->setToolTip(tr("Spread out the small values, so changes late in training show."));
    m_smoothingLabel->setText(tr("S&moothing:"));
    m_smoothing->setToolTip(
        tr("How much the bold line evens out the step-to-step jumps of the "
           "training curve (0 = not at all). The faint line shows every step."));
    showSmoothing(smoothing());
    m_reset->setText(tr("&Reset zoom"));
    m_reset->setToolTip(tr("Show the whole run again. Drag across the chart to zoom in."));
    m_save->setText(tr("Sa&ve"));
    m_savePicture->setText(tr("Picture of the Chart (PNG)…"));
    m_saveCsv->setText(tr("Measurements as a Spreadsheet (CSV)…"));
}

void ChartControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartControls::showSmoothing(double weight)
{
    m_smoothingValue->setText(locale().toString(weight, 'f', 2));
}

PlotQuantity ChartControls::quantity() const
{
    return PlotQuantity(m_quantity->currentData().toInt());
}

void ChartControls::setQuantity(PlotQuantity quantity)
{
    m_quantity->setCurrentIndex(m_quantity->findData(int(quantity)));
}

void ChartControls::setAccuracyAvailable(bool available)
{
    m_quantity->setEnabled(available);
}

PlotAxis ChartControls::axis() const
{
    return PlotAxis(m_axis->currentData().toInt());
}

void ChartControls::setAxis(PlotAxis axis)
{
    m_axis->setCurrentIndex(m_axis->findData(int(axis)));
}

void ChartControls::setEpochsAvailable(bool available)
{
    m_axis->setEnabled(available);
}

bool ChartControls::logScale() const
{
    return m_log->isChecked();
}

void ChartControls::setLogScale(bool log)
{
    m_log->setChecked(log);
}

void ChartControls::setLogScaleAvailable(bool available)
{
    m_log->setEnabled(available);
}

double ChartControls::smoothing() const
{
    return m_smoothing->value() / double(sliderSteps);
}

void ChartControls::setSmoothing(double weight)
{
    m_smoothing->setValue(int(std::lround(weight * sliderSteps)));
    showSmoothing(smoothing());
}

void ChartControls::setZoomed(bool zoomed)
{
    m_reset->setEnabled(zoomed);
}
