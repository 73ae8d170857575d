#include "trainingchart.h"

#include "chartcontrols.h"
#include "core/charts/metricscsv.h"
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

namespace {

constexpr std::array<PlotLine, plotLineCount> drawOrder{
    PlotLine::TrainRaw, PlotLine::TrainSmoothed, PlotLine::Validation, PlotLine::FullValidation};

constexpr int readingDelayMs = 200;

// Validation points are drawn as dots while there are few enough to tell apart.
constexpr int dotsUpTo = 60;

std::size_t slot(PlotLine line)
{
    return std::size_t(line);
}

} // namespace

TrainingChart::TrainingChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_axes(m_chart),
      m_view(new ZoomableChartView(m_chart, this)),
      m_controls(new ChartControls(ChartControls::Quantity | ChartControls::Axis |
                                       ChartControls::LogScale | ChartControls::SmoothingSlider |
                                       ChartControls::Reset | ChartControls::SaveCsv,
                                   this)),
      m_caption(new QLabel(this)), m_advice(new QLabel(this)),
      m_hover(new HoverLabel(m_view->viewport()))
{
    m_view->setAccessibleName(tr("Training curve"));
    m_controls->setSmoothing(m_plot.smoothing());
    m_caption->setWordWrap(true);
    m_caption->setVisible(false);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice->setAccessibleName(tr("What the curve says"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_advice);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, [this] { apply(Lines); });
    // The reading of the curve scans the whole run: at most a few times a second, off the
    // frame that draws the new points.
    m_readingTimer.setSingleShot(true);
    m_readingTimer.setInterval(readingDelayMs);
    connect(&m_readingTimer, &QTimer::timeout, this, [this] { apply(Reading); });
    connect(m_controls, &ChartControls::quantityChanged, this, &TrainingChart::setQuantity);
    connect(m_controls, &ChartControls::axisChanged, this, &TrainingChart::setAxis);
    connect(m_controls, &ChartControls::logScaleChanged, this, &TrainingChart::setLogScale);
    connect(m_controls, &ChartControls::smoothingChanged, this, &TrainingChart::setSmoothing);
    connect(m_controls, &ChartControls::resetZoomRequested, this, &TrainingChart::resetZoom);
    connect(m_controls, &ChartControls::savePictureRequested, this, &TrainingChart::askPicturePath);
    connect(m_controls, &ChartControls::saveCsvRequested, this, &TrainingChart::askCsvPath);
    connect(m_view, &ZoomableChartView::zoomRequested, this, &TrainingChart::zoomTo);
    connect(m_view, &ZoomableChartView::resetRequested, this, &TrainingChart::resetZoom);
    connect(m_view, &ZoomableChartView::hovered, this, &TrainingChart::showHover);
    connect(m_view, &ZoomableChartView::hoverLeft, this, &TrainingChart::hideHover);
    connect(m_view, &ZoomableChartView::resized, this, [this] { schedule(Lines); });
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        // New tick spacing and downsampling when the plot's width really changed.
        if (std::abs(area.width() - m_lastPlotWidth) > 1)
            schedule(Lines);
    });
    applyPalette();
    schedule(Lines | Reading);
}

TrainingChart::~TrainingChart() = default;

void TrainingChart::setRun(const TrainingRun &run)
{
    m_plot.setRun(run);
    m_progress.clear();
    if (!m_finished && !run.isEmpty())
        m_progress.record(run.lastStep(), QDateTime::currentDateTimeUtc());
    schedule(Lines | Reading);
}

void TrainingChart::appendPoints(const QList<MetricPoint> &points)
{
    if (m_plot.append(points) == 0)
        return;
    if (!m_finished)
        m_progress.record(m_plot.run().lastStep(), QDateTime::currentDateTimeUtc());
    schedule(Lines | Reading);
}

void TrainingChart::clear()
{
    m_zoomSteps.reset();
    m_checkpoints.clear();
    m_finished = false;
    setRun(TrainingRun());
}

void TrainingChart::setTotalSteps(int steps)
{
    m_plot.setTotalSteps(steps);
    schedule(Lines | Reading);
}

void TrainingChart::setEpochs(int epochs)
{
    m_plot.setEpochs(epochs);
    schedule(Lines | Reading);
}

void TrainingChart::setCheckpoints(const QList<Checkpoint> &checkpoints)
{
    m_checkpoints = checkpoints;
    schedule(Lines | Reading);
}

void TrainingChart::setFinished(bool finished)
{
    m_finished = finished;
    schedule(Reading);
}

void TrainingChart::setEstimatedFinish(const QDateTime &finish)
{
    m_progress.setProviderEstimate(finish);
    schedule(Reading);
}

void TrainingChart::recordProgress(int step, const QDateTime &at)
{
    m_progress.record(step, at);
    schedule(Reading);
}

void TrainingChart::setAxis(PlotAxis axis)
{
    m_plot.setAxis(axis);
    m_controls->setAxis(m_plot.canShowEpochs() ? axis : PlotAxis::Steps);
    hideHover();
    schedule(Lines);
}

void TrainingChart::setQuantity(PlotQuantity quantity)
{
    m_plot.setQuantity(quantity);
    m_controls->setQuantity(quantity);
    hideHover();
    schedule(Lines);
}

void TrainingChart::setLogScale(bool log)
{
    m_log = log;
    m_controls->setLogScale(log);
    schedule(Lines);
}

void TrainingChart::setSmoothing(double weight)
{
    if (weight == m_plot.smoothing())
        return;
    m_plot.setSmoothing(weight);
    m_controls->setSmoothing(weight);
    schedule(Lines);
}

void TrainingChart::zoomTo(double fromX, double toX)
{
    double from = m_plot.toStep(std::min(fromX, toX));
    double to = m_plot.toStep(std::max(fromX, toX));
    if (to - from < 2) { // closer than two steps shows nothing more
        const double middle = (from + to) / 2;
        from = middle - 1;
        to = middle + 1;
    }
    m_zoomSteps = std::make_pair(from, to);
    schedule(Lines);
}

void TrainingChart::resetZoom()
{
    m_zoomSteps.reset();
    schedule(Lines);
}

PlotRange TrainingChart::visibleRange() const
{
    if (!m_zoomSteps)
        return m_plot.xRange();
    return {m_plot.fromStep(m_zoomSteps->first), m_plot.fromStep(m_zoomSteps->second)};
}

bool TrainingChart::isLineShown(PlotLine line) const
{
    return series(line) && !m_hidden.at(slot(line));
}

void TrainingChart::setLineShown(PlotLine line, bool shown)
{
    m_hidden[slot(line)] = !shown;
    if (QLineSeries *drawn = series(line)) {
        drawn->setVisible(shown);
        // A hidden line keeps its legend entry, dimmed, so it can be shown again.
        const QList<QLegendMarker *> markers = m_chart->legend()->markers(drawn);
        for (QLegendMarker *marker : markers)
            styleMarker(marker, !shown);
    }
    schedule(Lines);
}

void TrainingChart::schedule(int changes)
{
    m_pending |= changes;
    if (changes & Lines)
        m_refresh.start();
    if ((changes & Reading) && !m_readingTimer.isActive())
        m_readingTimer.start(); // not restarted: a steady stream of points still gets read
}

void TrainingChart::refreshNow()
{
    apply(Lines | Reading);
}

void TrainingChart::apply(int changes)
{
    const int due = m_pending & changes;
    m_pending &= ~changes;
    if (due & Lines) {
        m_refresh.stop();
        refreshLines();
    }
    if (due & Reading) {
        m_readingTimer.stop();
        refreshReading();
    }
}

int TrainingChart::plotWidth() const
{
    const qreal width = m_chart->plotArea().width();
    return width > 10 ? int(width) : std::max(100, m_view->width() - 90);
}

int TrainingChart::plotHeight() const
{
    const qreal height = m_chart->plotArea().height();
    return height > 10 ? int(height) : std::max(100, m_view->height() - 90);
}

void TrainingChart::refreshLines()
{
    syncSeries();
    const bool accuracy = m_plot.quantity() == PlotQuantity::Accuracy;
    const bool log = m_log && !accuracy;
    m_axes.setLogScale(log);
    m_controls->setLogScaleAvailable(!accuracy);
    m_controls->setAccuracyAvailable(m_plot.hasAccuracy() || accuracy);
    m_controls->setEpochsAvailable(m_plot.canShowEpochs());
    m_controls->setAxis(m_plot.canShowEpochs() ? m_plot.axis() : PlotAxis::Steps);
    m_controls->setZoomed(isZoomed());

    const PlotRange visible = visibleRange();
    m_lastPlotWidth = m_chart->plotArea().width();
    const int columns = std::max(50, plotWidth());
    QList<QList<QPointF>> shown;
    for (const PlotLine line : drawOrder) {
        QLineSeries *drawn = series(line);
        if (!drawn)
            continue;
        QList<QPointF> points = m_plot.line(line, visible, columns);
        if (accuracy) {
            for (QPointF &point : points)
                point.setY(point.y() * 100); // shown in per cent
        }
        if (log)
            points.removeIf([](const QPointF &point) { return point.y() <= 0; });
        drawn->setPointsVisible(line == PlotLine::FullValidation ||
                                (line == PlotLine::Validation && points.size() <= dotsUpTo));
        drawn->replace(points);
        if (!m_hidden.at(slot(line))) {
            points.removeIf([&](const QPointF &point) {
                return point.x() < visible.min || point.x() > visible.max;
            });
            shown.append(points);
        }
    }
    const bool steps = m_plot.axis() == PlotAxis::Steps || !m_plot.canShowEpochs();
    m_axes.setX(visible, plotWidth(), steps, xTitle());
    m_axes.setY(RunPlot::valueRange(shown, log), plotHeight(), yTitle());
    refreshMarkers();
}

void TrainingChart::refreshMarkers()
{
    QList<ZoomableChartView::Marker> markers;
    const QList<double> boundaries = m_plot.epochBoundaries();
    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        // The label names the epoch that starts at the line.
        markers.append({boundaries.at(i), ZoomableChartView::Marker::Kind::EpochEnd,
                        tr("Epoch %1").arg(i + 2)});
    }
    for (const Checkpoint &checkpoint : std::as_const(m_checkpoints)) {
        markers.append({m_plot.fromStep(checkpoint.stepNumber),
                        ZoomableChartView::Marker::Kind::Checkpoint, QString()});
    }
    m_view->setMarkers(markers);
    const bool epochs = !boundaries.isEmpty();
    const bool checkpoints = !m_checkpoints.isEmpty();
    m_caption->setVisible(epochs || checkpoints);
    if (epochs && checkpoints)
        m_caption->setText(tr("Dashed lines mark where a new epoch starts; flags at the top mark "
                              "saved checkpoints, which you can try in the Playground."));
    else if (epochs)
        m_caption->setText(tr("Dashed lines mark where a new epoch starts."));
    else if (checkpoints)
        m_caption->setText(tr("Flags at the top mark saved checkpoints, which you can try in the "
                              "Playground."));
}

void TrainingChart::refreshReading()
{
    const TrainingRun &run = m_plot.run();
    TrainingAdvisor::Context context;
    context.finished = m_finished;
    for (const Checkpoint &checkpoint : std::as_const(m_checkpoints))
        context.checkpointSteps.append(checkpoint.stepNumber);
    const QList<TrainingAdvisor::Reading> readings = TrainingAdvisor(locale()).read(run, context);
    const QString progress =
        run.isEmpty() && !m_finished
            ? tr("No measurements yet: the chart fills in as soon as the provider reports the "
                 "first training step.")
            : m_progress.describe(run.lastStep(), run.totalSteps(), m_finished,
                                  QDateTime::currentDateTimeUtc());
    QStringList texts;
    for (const TrainingAdvisor::Reading &reading : readings)
        texts.append(reading.text);
    const bool adviceChanged = texts != [this] {
        QStringList old;
        for (const TrainingAdvisor::Reading &reading : std::as_const(m_readings))
            old.append(reading.text);
        return old;
    }();
    const bool progressChanged = progress != m_progressText;
    m_readings = readings;
    m_progressText = progress;
    m_advice->setText((QStringList{progress} + texts).join(QLatin1Char('\n')));
    if (adviceChanged)
        Q_EMIT this->adviceChanged(texts);
    if (progressChanged)
        Q_EMIT this->progressChanged(progress);
}

void TrainingChart::syncSeries()
{
    bool same = true;
    for (const PlotLine line : drawOrder)
        same = same && (series(line) != nullptr) == m_plot.hasLine(line);
    if (!same) {
        // Take every line off and put the wanted ones back in a fixed order, so the legend
        // and the drawing order (smoothed over raw, validation on top) never depend on which
        // line arrived first.
        for (const PlotLine line : drawOrder) {
            if (QLineSeries *drawn = series(line))
                m_chart->removeSeries(drawn);
            if (series(line) && !m_plot.hasLine(line)) {
                delete series(line);
                m_series[slot(line)] = nullptr;
                m_hidden[slot(line)] = false;
            }
        }
        for (const PlotLine line : drawOrder) {
            if (!m_plot.hasLine(line))
                continue;
            QLineSeries *drawn = series(line) ? series(line) : createSeries(line);
            m_chart->addSeries(drawn);
            m_axes.attach(drawn);
            connectMarkers(line);
        }
    }
    for (const PlotLine line : drawOrder) {
        if (QLineSeries *drawn = series(line))
            drawn->setName(lineName(line)); // loss or accuracy
    }
}

QLineSeries *TrainingChart::createSeries(PlotLine line)
{
    auto *drawn = new QLineSeries(this);
    drawn->setUseOpenGL(false); // offscreen and in tests alike
    m_series[slot(line)] = drawn;
    styleSeries(line);
    return drawn;
}

void TrainingChart::styleSeries(PlotLine line)
{
    QLineSeries *drawn = series(line);
    if (!drawn)
        return;
    switch (line) {
    case PlotLine::TrainRaw:
        drawn->setPen(QPen(m_palette.trainingRaw, 1));
        break;
    case PlotLine::TrainSmoothed:
        drawn->setPen(QPen(m_palette.training, 2.2));
        break;
    case PlotLine::Validation:
        drawn->setPen(QPen(m_palette.validation, 1.4));
        drawn->setMarkerSize(5);
        break;
    case PlotLine::FullValidation:
        drawn->setPen(QPen(m_palette.fullValidation, 2));
        drawn->setMarkerSize(8);
        break;
    }
    drawn->setColor(drawn->pen().color());
}

void TrainingChart::connectMarkers(PlotLine line)
{
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(series(line));
    for (QLegendMarker *marker : markers) {
        marker->setShape(QLegend::MarkerShapeFromSeries);
        styleMarker(marker, m_hidden.at(slot(line)));
        connect(marker, &QLegendMarker::clicked, this,
                [this, line] { setLineShown(line, m_hidden.at(slot(line))); });
    }
    if (m_hidden.at(slot(line)))
        series(line)->setVisible(false);
}

void TrainingChart::styleMarker(QLegendMarker *marker, bool hidden) const
{
    marker->setVisible(true);
    QColor label = m_palette.text;
    label.setAlpha(hidden ? 90 : 255);
    marker->setLabelBrush(label);
    QBrush brush = marker->brush();
    QColor colour = brush.color();
    colour.setAlpha(hidden ? 60 : 255);
    brush.setColor(colour);
    marker->setBrush(brush);
}

QString TrainingChart::lineName(PlotLine line) const
{
    const bool loss = m_plot.quantity() == PlotQuantity::Loss;
    switch (line) {
    case PlotLine::TrainRaw:
        return loss ? tr("Training loss") : tr("Training accuracy");
    case PlotLine::TrainSmoothed:
        return loss ? tr("Training loss, smoothed") : tr("Training accuracy, smoothed");
    case PlotLine::Validation:
        return loss ? tr("Validation loss") : tr("Validation accuracy");
    case PlotLine::FullValidation:
        return loss ? tr("Full validation loss") : tr("Full validation accuracy");
    }
    return {};
}

QString TrainingChart::xTitle() const
{
    return m_plot.axis() == PlotAxis::Epochs && m_plot.canShowEpochs() ? tr("Epoch") : tr("Step");
}

QString TrainingChart::yTitle() const
{
    if (m_plot.quantity() == PlotQuantity::Accuracy)
        return tr("Tokens right (%)");
    return m_log ? tr("Loss (log scale)") : tr("Loss");
}

QString TrainingChart::formatValue(double value) const
{
    if (m_plot.quantity() == PlotQuantity::Accuracy)
        return locale().toString(value * 100, 'f', 1) + locale().percent();
    return locale().toString(value, 'f', 3);
}

void TrainingChart::applyPalette()
{
    m_palette = ChartPalette::from(palette());
    m_palette.apply(m_chart);
    m_axes.setPalette(m_palette);
    m_view->setBackgroundBrush(m_palette.background);
    m_view->setMarkerColours(m_palette.epochMarker, m_palette.checkpoint, m_palette.hover);
    for (const PlotLine line : drawOrder) {
        styleSeries(line);
        if (series(line)) {
            const QList<QLegendMarker *> markers = m_chart->legend()->markers(series(line));
            for (QLegendMarker *marker : markers)
                styleMarker(marker, m_hidden.at(slot(line)));
        }
    }
}

void TrainingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::LocaleChange) {
        m_chart->setLocale(locale());
        m_progress = TrainingProgress(locale());
        schedule(Lines | Reading);
    } else if (event->type() == QEvent::LanguageChange) {
        schedule(Lines | Reading);
    }
    QWidget::changeEvent(event);
}

std::optional<double> TrainingChart::nearestCheckpoint(double step, double tolerance,
                                                       QString *model) const
{
    std::optional<double> nearest;
    for (const Checkpoint &checkpoint : m_checkpoints) {
        const double distance = std::abs(checkpoint.stepNumber - step);
        if (distance <= tolerance && (!nearest || distance < std::abs(*nearest - step))) {
            nearest = checkpoint.stepNumber;
            *model = checkpoint.modelName;
        }
    }
    return nearest;
}

QString TrainingChart::valuesAt(double x) const
{
    const TrainingRun &run = m_plot.run();
    if (run.isEmpty())
        return {};
    const QLocale here = locale();
    const PlotRange visible = visibleRange();
    const double step = m_plot.toStep(x);
    const double tolerance =
        std::max(1.0, (m_plot.toStep(visible.max) - m_plot.toStep(visible.min)) / 40);
    const MetricSeries trained(run.series(RunPlot::metricOf(PlotLine::TrainRaw, quantity())));
    const auto at = trained.nearest(step);
    const double shownStep = at ? at->x() : step;
    QString where = tr("Step %1").arg(here.toString(qint64(std::lround(shownStep))));
    if (m_plot.epochMapping().isValid())
        where = tr("%1, epoch %2").arg(where).arg(m_plot.epochMapping().epochOf(int(shownStep)));
    QStringList lines{where};
    for (const PlotLine line : drawOrder) {
        if (!isLineShown(line))
            continue;
        const MetricSeries values(
            line == PlotLine::TrainSmoothed
                ? MetricSeries(m_plot.smoothed())
                : MetricSeries(run.series(RunPlot::metricOf(line, quantity()))));
        const auto nearest = values.nearest(
            line == PlotLine::Validation || line == PlotLine::FullValidation ? step : shownStep);
        if (!nearest || std::abs(nearest->x() - step) > tolerance)
            continue;
        const QString value = formatValue(nearest->y());
        if (nearest->x() != shownStep)
            lines.append(tr("%1 (step %2): %3")
                             .arg(lineName(line), here.toString(qint64(nearest->x())), value));
        else
            lines.append(tr("%1: %2").arg(lineName(line), value));
    }
    QString model;
    if (nearestCheckpoint(step, tolerance, &model))
        lines.append(tr("Checkpoint saved here: %1").arg(model));
    return lines.join(QLatin1Char('\n'));
}

void TrainingChart::showHover(double x, QPoint at)
{
    const QString text = valuesAt(x);
    if (text.isEmpty()) {
        hideHover();
        return;
    }
    m_view->setHoverX(m_plot.fromStep(std::round(m_plot.toStep(x))));
    m_hover->setText(text);
    m_hover->adjustSize();
    // Beside the pointer, kept inside the plot.
    const QSize size = m_hover->size();
    const QRect area = m_view->viewport()->rect();
    int left = at.x() + 14;
    if (left + size.width() > area.right())
        left = at.x() - 14 - size.width();
    const int top =
        std::clamp(at.y() - size.height() / 2, 0, std::max(0, area.height() - size.height()));
    m_hover->move(std::max(0, left), top);
    m_hover->show();
    m_hover->raise();
}

void TrainingChart::hideHover()
{
    m_hover->hide();
    m_view->setHoverX(std::nullopt);
}

bool TrainingChart::savePicture(const QString &path, QString *error)
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
                     .arg(QDir::toNativeSeparators(path),
                          file.errorString().isEmpty() ? tr("the picture could not be written")
                                                       : file.errorString());
    }
    return false;
}

bool TrainingChart::saveCsv(const QString &path, QString *error) const
{
    return MetricsCsv::write(m_plot.run(), path, error);
}

QString TrainingChart::askPath(const QString &title, const QString &fileName, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(fileName);
    if (m_choosePath)
        return m_choosePath(title, suggested, filter);
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

void TrainingChart::askPicturePath()
{
    const QString base = m_fileBaseName.isEmpty() ? tr("training-curve") : m_fileBaseName;
    QString path = askPath(tr("Save a Picture of the Chart"), base + QStringLiteral(".png"),
                           tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    if (!savePicture(path, &error))
        Messages::warning(this, error);
}

void TrainingChart::askCsvPath()
{
    const QString base = m_fileBaseName.isEmpty() ? tr("training-metrics") : m_fileBaseName;
    QString path = askPath(tr("Save the Measurements"), base + QStringLiteral(".csv"),
                           tr("Spreadsheets (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!saveCsv(path, &error))
        Messages::warning(this, error);
}
