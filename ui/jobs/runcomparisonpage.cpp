#include "runcomparisonpage.h"

#include "core/charts/trainingrun.h"
#include "core/jobs/jobstore.h"
#include "jobscontroller.h"
#include "ui/charts/runcomparisonchart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>
#include <limits>

RunComparisonPage::RunComparisonPage(JobsController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_title(new QLabel), m_subtitle(new QLabel),
      m_chart(new RunComparisonChart)
{
    setObjectName(QStringLiteral("runComparisonPage"));
    m_chart->setObjectName(QStringLiteral("runComparisonChart"));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->setSpacing(4);
    layout->addWidget(createHeader());
    layout->addWidget(m_chart, 1);
    auto hint = new QLabel(tr("Each run has its colour: the solid line is its training loss, "
                              "the dashed one its validation loss. Lower is better; a dashed "
                              "line that turns up means that run started memorising its "
                              "examples. Click a name in the legend to hide its run."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
}

RunComparisonPage::~RunComparisonPage()
{
    waitForReads();
}

QWidget *RunComparisonPage::createHeader()
{
    auto back = new QToolButton;
    back->setObjectName(QStringLiteral("backFromComparison"));
    back->setText(tr("All Jobs"));
    back->setArrowType(Qt::LeftArrow);
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    back->setToolTip(tr("Back to the list of jobs"));
    connect(back, &QToolButton::clicked, this, &RunComparisonPage::backRequested);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("comparisonTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(QStringLiteral("comparisonSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    // One line of its own under the title, not wrapped beside it: a wrapped label's height
    // depends on the width it was last measured at, which made the page's minimum height
    // differ from one showing to the next.
    m_subtitle->setWordWrap(false);
    auto header = new QWidget;
    auto column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto row = new QHBoxLayout;
    row->addWidget(back, 0, Qt::AlignVCenter);
    row->addSpacing(8);
    row->addWidget(m_title, 1);
    column->addLayout(row);
    column->addWidget(m_subtitle);
    return header;
}

void RunComparisonPage::waitForReads()
{
    for (QFuture<QList<MetricPoint>> &read : m_reads)
        read.waitForFinished();
    m_reads.clear();
}

void RunComparisonPage::clear()
{
    waitForReads();
    ++m_generation;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = nullptr;
    m_entries.clear();
    m_chart->clear();
    updateTitle();
}

void RunComparisonPage::compare(const QList<Source> &sources)
{
    clear();
    m_store = m_controller->jobs();
    if (!m_store)
        return;
    connect(m_store, &JobStore::metricsAdded, this, &RunComparisonPage::onMetricsAdded);
    connect(m_store, &JobStore::jobAboutToBeRemoved, this, [this](qint64 jobId) {
        for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
            if (m_entries.at(i).source.jobId != jobId)
                continue;
            const int removed = m_entries.takeAt(i).index;
            m_chart->removeRun(removed);
            for (Entry &later : m_entries) {
                if (later.index > removed)
                    --later.index;
            }
        }
        updateTitle();
    });
    for (const Source &source : sources) {
        const JobRecord record = m_store->job(source.jobId);
        if (record.id == 0)
            continue;
        // The run's length and epochs are known before its points, so runs of datasets of
        // different sizes line up by epoch as soon as they are drawn.
        TrainingRun empty;
        const std::optional<int> total = source.upToStep ? source.upToStep : record.totalSteps;
        if (total)
            empty.setTotalSteps(*total);
        if (const auto epochs = record.job.hyperparameters.integer(Hyperparameters::Epochs)) {
            if (record.totalSteps && source.upToStep && *record.totalSteps > 0)
                empty.setEpochs(std::max(1, *epochs * *source.upToStep / *record.totalSteps));
            else
                empty.setEpochs(*epochs);
        }
        Entry entry;
        entry.source = source;
        entry.key = m_nextKey++;
        entry.index = m_chart->addRun(runName(source), empty);
        m_entries.append(entry);
        load(entry);
    }
    updateTitle();
}

QString RunComparisonPage::runName(const Source &source) const
{
    const JobRecord record = m_store ? m_store->job(source.jobId) : JobRecord{};
    const QString job = record.job.suffix.isEmpty() ? record.job.id : record.job.suffix;
    if (!source.upToStep) {
        // A curve that stops short may only be unfinished: say so in the legend.
        return record.job.isFinished() ? job : tr("%1 (still training)").arg(job);
    }
    return tr("%1 · step %2").arg(job).arg(*source.upToStep);
}

void RunComparisonPage::load(const Entry &entry)
{
    QFuture<QList<MetricPoint>> read = m_store->metricsAsync(entry.source.jobId);
    m_reads.append(read);
    read.then(this,
              [this, key = entry.key, generation = m_generation](const QList<MetricPoint> &points) {
                  if (generation == m_generation)
                      onLoaded(key, points);
              });
}

void RunComparisonPage::onLoaded(int key, const QList<MetricPoint> &points)
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(),
                                    [key](const Entry &entry) { return entry.key == key; });
    if (found == m_entries.end())
        return; // its job was deleted meanwhile
    Entry &entry = *found;
    entry.loaded = true;
    TrainingRun run(points);
    if (entry.source.upToStep)
        run = run.upToStep(*entry.source.upToStep);
    m_chart->appendPoints(entry.index, run.points());
    if (entry.missedFromStep && m_store && !entry.source.upToStep)
        m_chart->appendPoints(entry.index,
                              m_store->metrics(entry.source.jobId, *entry.missedFromStep,
                                               std::numeric_limits<int>::max()));
    entry.missedFromStep.reset();
    updateTitle();
}

void RunComparisonPage::onMetricsAdded(qint64 jobId, int firstStep, int lastStep)
{
    for (Entry &entry : m_entries) {
        if (entry.source.jobId != jobId || entry.source.upToStep)
            continue;
        if (!entry.loaded) {
            entry.missedFromStep = std::min(entry.missedFromStep.value_or(firstStep), firstStep);
            continue;
        }
        m_chart->appendPoints(entry.index, m_store->metrics(jobId, firstStep, lastStep));
    }
}

bool RunComparisonPage::isLoading() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &entry) { return !entry.loaded; });
}

QList<RunComparisonPage::Source> RunComparisonPage::sources() const
{
    QList<Source> sources;
    for (const Entry &entry : m_entries)
        sources.append(entry.source);
    return sources;
}

void RunComparisonPage::updateTitle()
{
    m_title->setText(tr("Comparing %n run(s)", nullptr, int(m_entries.size())));
    m_subtitle->setText(isLoading() ? tr("Reading the runs from the workspace…")
                                    : tr("Aligned by step; choose Epochs above to line up runs "
                                         "of datasets of different sizes."));
}
