#include "runcomparisonchart.h"

#include "chartcontrols.h"
#include "hoverlabel.h"
#include "ui/common/messages.h"
#include "zoomablechartview.h"

#include <QChart>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

RunComparisonChart::RunComparisonChart(QWidget *parent)
    : QWidget(parent), m_smoothing(Smoothing::defaultWeight), m_chart(new QChart), m_axes(m_chart),
      m_view(new ZoomableChartView(m_chart, this)),
      m_controls(new ChartControls(ChartControls::Quantity | ChartControls::Axis |
                                       ChartControls::LogScale | ChartControls::SmoothingSlider |
                                       ChartControls::Reset,
                                   this)),
      m_hover(new HoverLabel(m_view->viewport()))
{
    m_view->setAccessibleName(tr("Training curves compared"));
    m_controls->setSmoothing(m_smoothing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &RunComparisonChart::refreshNow);
    connect(m_controls, &ChartControls::quantityChanged, this, &RunComparisonChart::setQuantity);
    connect(m_controls, &ChartControls::axisChanged, this, &RunComparisonChart::setAxis);
    connect(m_controls, &ChartControls::logScaleChanged, this, &RunComparisonChart::setLogScale);
    connect(m_controls, &ChartControls::smoothingChanged, this, &RunComparisonChart::setSmoothing);
    connect(m_controls, &ChartControls::resetZoomRequested, this, &RunComparisonChart::resetZoom);
    connect(m_controls, &ChartControls::savePictureRequested, this,
            &RunComparisonChart::askPicturePath);
    connect(m_view, &ZoomableChartView::zoomRequested, this, &RunComparisonChart::zoomTo);
    connect(m_view, &ZoomableChartView::resetRequested, this, &RunComparisonChart::resetZoom);
    connect(m_view, &ZoomableChartView::hovered, this, &RunComparisonChart::showHover);
    connect(m_view, &ZoomableChartView::hoverLeft, this, &RunComparisonChart::hideHover);
    connect(m_view, &ZoomableChartView::resized, this, &RunComparisonChart::schedule);
    applyPalette();
    schedule();
}

RunComparisonChart::~RunComparisonChart() = default;

int RunComparisonChart::addRun(const QString &name, const TrainingRun &run)
{
    Entry entry;
    entry.name = name;
    entry.plot.setRun(run);
    entry.plot.setSmoothing(m_smoothing);
    entry.plot.setQuantity(m_quantity);
    m_runs.append(entry);
    m_seriesStale = true;
    schedule();
    return int(m_runs.size()) - 1;
}

void RunComparisonChart::appendPoints(int index, const QList<MetricPoint> &points)
{
    const bool hadValidation = m_runs[index].plot.hasLine(validationLine(m_runs.at(index)));
    if (m_runs[index].plot.append(points) == 0)
        return;
    m_seriesStale = m_seriesStale || !m_runs.at(index).training ||
                    hadValidation != m_runs[index].plot.hasLine(validationLine(m_runs.at(index)));
    schedule();
}

void RunComparisonChart::removeRun(int index)
{
    Entry entry = m_runs.takeAt(index);
    for (QLineSeries *series : {entry.training, entry.validation}) {
        if (series) {
            m_chart->removeSeries(series);
            delete series;
        }
    }
    m_seriesStale = true;
    schedule();
}

void RunComparisonChart::clear()
{
    while (!m_runs.isEmpty())
        removeRun(int(m_runs.size()) - 1);
    m_zoom.reset();
}

QColor RunComparisonChart::runColour(int index) const
{
    return m_palette.runColour(index);
}

void RunComparisonChart::setAxis(PlotAxis axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    m_zoom.reset(); // a range in steps means nothing in epochs
    schedule();
}

void RunComparisonChart::setQuantity(PlotQuantity quantity)
{
    m_quantity = quantity;
    for (Entry &entry : m_runs)
        entry.plot.setQuantity(quantity);
    m_seriesStale = true;
    schedule();
}

void RunComparisonChart::setLogScale(bool log)
{
    m_log = log;
    schedule();
}

void RunComparisonChart::setSmoothing(double weight)
{
    if (weight == m_smoothing)
        return;
    m_smoothing = weight;
    for (Entry &entry : m_runs)
        entry.plot.setSmoothing(weight);
    m_controls->setSmoothing(weight);
    schedule();
}

void RunComparisonChart::zoomTo(double fromX, double toX)
{
    if (toX <= fromX)
        return;
    m_zoom = std::make_pair(fromX, toX);
    schedule();
}

void RunComparisonChart::resetZoom()
{
    m_zoom.reset();
    schedule();
}

bool RunComparisonChart::canShowEpochs() const
{
    return !m_runs.isEmpty() && std::all_of(m_runs.cbegin(), m_runs.cend(), [](const Entry &entry) {
        return entry.plot.canShowEpochs();
    });
}

double RunComparisonChart::toStep(const Entry &entry, double x) const
{
    return (m_axis == PlotAxis::Epochs && canShowEpochs()) ? entry.plot.epochMapping().stepAt(x)
                                                           : x;
}

double RunComparisonChart::fromStep(const Entry &entry, double step) const
{
    return (m_axis == PlotAxis::Epochs && canShowEpochs()) ? entry.plot.epochMapping().epochAt(step)
                                                           : step;
}

PlotRange RunComparisonChart::visibleRange() const
{
    if (m_zoom)
        return {m_zoom->first, m_zoom->second};
    PlotRange all{std::numeric_limits<double>::infinity(),
                  -std::numeric_limits<double>::infinity()};
    for (const Entry &entry : m_runs) {
        if (entry.plot.run().isEmpty())
            continue;
        const PlotRange steps = entry.plot.xRange();
        all.min = std::min(all.min, fromStep(entry, steps.min));
        all.max = std::max(all.max, fromStep(entry, steps.max));
    }
    return all.isValid() ? all : PlotRange{0, 1};
}

PlotLine RunComparisonChart::validationLine(const Entry &entry) const
{
    return entry.plot.hasLine(PlotLine::FullValidation) ? PlotLine::FullValidation
                                                        : PlotLine::Validation;
}

void RunComparisonChart::setRunShown(int index, bool shown)
{
    Entry &entry = m_runs[index];
    entry.hidden = !shown;
    if (entry.training)
        entry.training->setVisible(shown);
    if (entry.validation)
        entry.validation->setVisible(shown);
    styleEntry(index);
    schedule();
}

void RunComparisonChart::schedule()
{
    m_refresh.start();
}

void RunComparisonChart::refreshNow()
{
    m_refresh.stop();
    if (m_seriesStale)
        rebuildSeries();
    refreshLines();
}

void RunComparisonChart::rebuildSeries()
{
    m_seriesStale = false;
    for (Entry &entry : m_runs) {
        for (QLineSeries **series : {&entry.training, &entry.validation}) {
            if (*series) {
                m_chart->removeSeries(*series);
                delete *series;
                *series = nullptr;
            }
        }
    }
    for (int index = 0; index < int(m_runs.size()); ++index) {
        Entry &entry = m_runs[index];
        if (!entry.plot.hasLine(PlotLine::TrainSmoothed))
            continue;
        entry.training = new QLineSeries(this);
        entry.training->setName(entry.name);
        m_chart->addSeries(entry.training);
        m_axes.attach(entry.training);
        if (entry.plot.hasLine(validationLine(entry))) {
            entry.validation = new QLineSeries(this);
            entry.validation->setName(tr("%1, validation").arg(entry.name));
            m_chart->addSeries(entry.validation);
            m_axes.attach(entry.validation);
        }
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(entry.training);
        for (QLegendMarker *marker : markers) {
            connect(marker, &QLegendMarker::clicked, this, [this, marker] {
                for (int i = 0; i < int(m_runs.size()); ++i) {
                    if (m_runs.at(i).training == marker->series())
                        setRunShown(i, m_runs.at(i).hidden);
                }
            });
        }
        styleEntry(index);
        entry.training->setVisible(!entry.hidden);
        if (entry.validation)
            entry.validation->setVisible(!entry.hidden);
    }
}

void RunComparisonChart::styleEntry(int index)
{
    const Entry &entry = m_runs.at(index);
    const QColor colour = runColour(index);
    if (entry.training) {
        entry.training->setPen(QPen(colour, 2.2));
        entry.training->setColor(colour);
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(entry.training);
        for (QLegendMarker *marker : markers) {
            marker->setVisible(true);
            QColor label = m_palette.text;
            label.setAlpha(entry.hidden ? 90 : 255);
            marker->setLabelBrush(label);
        }
    }
    if (entry.validation) {
        entry.validation->setPen(QPen(colour, 1.4, Qt::DashLine));
        entry.validation->setColor(colour);
        entry.validation->setMarkerSize(6);
        // One legend entry per run: its validation line goes with its name.
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(entry.validation);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

void RunComparisonChart::refreshLines()
{
    const bool accuracy = m_quantity == PlotQuantity::Accuracy;
    const bool log = m_log && !accuracy;
    const bool epochs = m_axis == PlotAxis::Epochs && canShowEpochs();
    m_axes.setLogScale(log);
    m_controls->setLogScaleAvailable(!accuracy);
    m_controls->setEpochsAvailable(canShowEpochs());
    m_controls->setAxis(epochs ? PlotAxis::Epochs : PlotAxis::Steps);
    m_controls->setQuantity(m_quantity);
    m_controls->setLogScale(m_log);
    m_controls->setZoomed(isZoomed());
    m_controls->setAccuracyAvailable(
        accuracy || std::any_of(m_runs.cbegin(), m_runs.cend(),
                                [](const Entry &e) { return e.plot.hasAccuracy(); }));

    const PlotRange visible = visibleRange();
    const int width = m_chart->plotArea().width() > 10 ? int(m_chart->plotArea().width())
                                                       : std::max(100, m_view->width() - 90);
    QList<QList<QPointF>> shown;
    for (Entry &entry : m_runs) {
        // Each plot stays in steps; the visible range and the points are mapped with the
        // run's own epochs, so runs of different lengths line up.
        const PlotRange steps{toStep(entry, visible.min), toStep(entry, visible.max)};
        const auto draw = [&](QLineSeries *series, PlotLine line) {
            if (!series)
                return;
            QList<QPointF> points = entry.plot.line(line, steps, std::max(50, width));
            for (QPointF &point : points)
                point = QPointF(fromStep(entry, point.x()), accuracy ? point.y() * 100 : point.y());
            if (log)
                points.removeIf([](const QPointF &point) { return point.y() <= 0; });
            series->setPointsVisible(line == PlotLine::FullValidation);
            series->replace(points);
            if (!entry.hidden) {
                points.removeIf(
                    [&](const QPointF &p) { return p.x() < visible.min || p.x() > visible.max; });
                shown.append(points);
            }
        };
        draw(entry.training, PlotLine::TrainSmoothed);
        draw(entry.validation, validationLine(entry));
    }
    m_axes.setX(visible, width, !epochs, epochs ? tr("Epoch") : tr("Step"));
    const QString title = accuracy ? tr("Tokens right (%)")
                          : log    ? tr("Loss (log scale)")
                                   : tr("Loss");
    const int height = m_chart->plotArea().height() > 10 ? int(m_chart->plotArea().height()) : 200;
    m_axes.setY(RunPlot::valueRange(shown, log), height, title);
}

QString RunComparisonChart::formatValue(double value) const
{
    if (m_quantity == PlotQuantity::Accuracy)
        return locale().toString(value * 100, 'f', 1) + locale().percent();
    return locale().toString(value, 'f', 3);
}

QString RunComparisonChart::valuesAt(double x) const
{
    QStringList lines;
    const bool epochs = m_axis == PlotAxis::Epochs && canShowEpochs();
    lines.append(epochs ? tr("Epoch %1").arg(locale().toString(x, 'f', 2))
                        : tr("Step %1").arg(locale().toString(qint64(std::lround(x)))));
    for (const Entry &entry : m_runs) {
        if (entry.hidden || entry.plot.smoothed().isEmpty())
            continue;
        const double step = toStep(entry, x);
        const MetricSeries smoothed(entry.plot.smoothed());
        const auto at = smoothed.nearest(step);
        if (!at || step > entry.plot.run().lastStep() + 1 ||
            step < entry.plot.run().firstStep() - 1)
            continue; // this run did not get that far
        QString line = tr("%1: %2").arg(entry.name, formatValue(at->y()));
        const MetricSeries validation(
            entry.plot.run().series(RunPlot::metricOf(validationLine(entry), m_quantity)));
        if (const auto valid = validation.nearest(step); valid && valid->x() <= step + 0.5)
            line = tr("%1 (validation %2)").arg(line, formatValue(valid->y()));
        lines.append(line);
    }
    return lines.size() > 1 ? lines.join(QLatin1Char('\n')) : QString();
}

void RunComparisonChart::showHover(double x, QPoint at)
{
    const QString text = valuesAt(x);
    if (text.isEmpty()) {
        hideHover();
        return;
    }
    m_view->setHoverX(x);
    m_hover->setText(text);
    m_hover->adjustSize();
    const QRect area = m_view->viewport()->rect();
    int left = at.x() + 14;
    if (left + m_hover->width() > area.right())
        left = at.x() - 14 - m_hover->width();
    m_hover->move(std::max(0, left), std::clamp(at.y() - m_hover->height() / 2, 0,
                                                std::max(0, area.height() - m_hover->height())));
    m_hover->show();
    m_hover->raise();
}

void RunComparisonChart::hideHover()
{
    m_hover->hide();
    m_view->setHoverX(std::nullopt);
}

void RunComparisonChart::applyPalette()
{
    m_palette = ChartPalette::from(palette());
    m_palette.apply(m_chart);
    m_axes.setPalette(m_palette);
    m_view->setBackgroundBrush(m_palette.background);
    m_view->setMarkerColours(m_palette.epochMarker, m_palette.checkpoint, m_palette.hover);
    for (int index = 0; index < int(m_runs.size()); ++index)
        styleEntry(index);
}

void RunComparisonChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::LocaleChange) {
        m_chart->setLocale(locale());
        schedule();
    } else if (event->type() == QEvent::LanguageChange) {
        m_seriesStale = true;
        schedule();
    }
    QWidget::changeEvent(event);
}

bool RunComparisonChart::savePicture(const QString &path, QString *error)
{
    hideHover();
    refreshNow();
    const QPixmap picture = m_view->grab();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && picture.save(&file, "PNG") && file.commit())
        return true;
    if (error) {
        *error = tr("Ajuste could not save the picture to “%1” (%2). Choose another folder, or "
                    "check that there is free space.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

void RunComparisonChart::askPicturePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Picture of the Chart"),
        QDir(folder).filePath(tr("compared-runs") + QStringLiteral(".png")),
        tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!savePicture(path, &error))
        Messages::warning(this, error);
}
