#include "joblistmodel.h"

#include "core/jobs/jobstore.h"
#include "core/settings/profilestore.h"
#include "core/workspace/datasetstore.h"
#include "jobformat.h"

#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <limits>

namespace {
constexpr int ClockIntervalMs = 30000;

QColor toneColor(JobStatusWords::Tone tone)
{
    switch (tone) {
    case JobStatusWords::Tone::Waiting:
        return QColor(0x9e, 0x9e, 0x9e);
    case JobStatusWords::Tone::Working:
        return QColor(0x1e, 0x88, 0xe5);
    case JobStatusWords::Tone::Paused:
        return QColor(0xf9, 0xa8, 0x25);
    case JobStatusWords::Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case JobStatusWords::Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case JobStatusWords::Tone::Neutral:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

// A dot in the status's colour, so a glance down the list finds what needs attention.
QIcon toneIcon(JobStatusWords::Tone tone)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(toneColor(tone));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

// Active jobs first (they need watching), then by how they ended.
int statusOrder(JobStatus status)
{
    switch (status) {
    case JobStatus::Running:
        return 0;
    case JobStatus::ValidatingFiles:
        return 1;
    case JobStatus::Queued:
        return 2;
    case JobStatus::Paused:
        return 3;
    case JobStatus::Unknown:
        return 4;
    case JobStatus::Failed:
        return 5;
    case JobStatus::Succeeded:
        return 6;
    case JobStatus::Cancelled:
        return 7;
    }
    return 8;
}
} // namespace

JobListModel::JobListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_clock.setInterval(ClockIntervalMs);
    connect(&m_clock, &QTimer::timeout, this, &JobListModel::onTick);
    connect(&m_curves, &JobCurveCache::curveReady, this, [this](qint64 jobId) {
        const int at = rowOf(jobId);
        if (at >= 0)
            Q_EMIT dataChanged(index(at, LossColumn), index(at, LossColumn), {LossCurveRole});
    });
}

void JobListModel::setStores(JobStore *jobs, DatasetStore *datasets)
{
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    if (m_datasets)
        disconnect(m_datasets, nullptr, this, nullptr);
    m_jobs = jobs;
    m_datasets = datasets;
    if (jobs) {
        connect(jobs, &JobStore::jobAdded, this, &JobListModel::onJobAdded);
        connect(jobs, &JobStore::jobChanged, this, &JobListModel::onJobChanged);
        connect(jobs, &JobStore::jobAboutToBeRemoved, this, &JobListModel::onJobAboutToBeRemoved);
        connect(jobs, &JobStore::metricsAdded, this, &JobListModel::onMetricsAdded);
    }
    if (datasets) {
        // A renamed or deleted dataset changes only the names in its column.
        connect(datasets, &DatasetStore::datasetChanged, this,
                [this] { columnChanged(DatasetColumn); });
        connect(datasets, &DatasetStore::datasetRemoved, this,
                [this] { columnChanged(DatasetColumn); });
    }
    reload();
}

void JobListModel::setProfiles(ProfileStore *profiles)
{
    if (m_profiles)
        disconnect(m_profiles, nullptr, this, nullptr);
    m_profiles = profiles;
    if (profiles)
        connect(profiles, &ProfileStore::profilesChanged, this,
                [this] { columnChanged(ProviderColumn); });
    columnChanged(ProviderColumn);
}

void JobListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_curves.setStore(m_jobs);
    if (m_jobs) {
        const QList<JobRecord> records = m_jobs->jobs();
        for (const JobRecord &record : records)
            m_rows.append({record, readProgress(m_jobs, record)});
    }
    endResetModel();
    updateClock();
}

JobStatusWords::Progress JobListModel::readProgress(const JobStore *store, const JobRecord &record)
{
    JobStatusWords::Progress progress;
    progress.totalSteps = record.totalSteps;
    if (!store || record.id == 0 || record.job.isFinished())
        return progress;
    // Steps are stored one row each: with n rows the newest step is n or later, so this reads
    // only the tail of the run.
    const int count = store->metricCount(record.id);
    if (count <= 0)
        return progress;
    const QList<MetricPoint> tail =
        store->metrics(record.id, count, std::numeric_limits<int>::max());
    for (const MetricPoint &point : tail)
        progress.step = std::max(progress.step.value_or(0), point.step);
    if (!progress.step)
        progress.step = count;
    return progress;
}

JobListModel::Row JobListModel::readRow(qint64 jobId) const
{
    const JobRecord record = m_jobs ? m_jobs->job(jobId) : JobRecord{};
    return {record, readProgress(m_jobs, record)};
}

qint64 JobListModel::jobIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).record.id : 0;
}

int JobListModel::rowOf(qint64 jobId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).record.id == jobId)
            return row;
    }
    return -1;
}

bool JobListModel::hasActiveJobs() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Row &row) { return !row.record.job.isFinished(); });
}

JobStatusWords::Progress JobListModel::progressOf(qint64 jobId) const
{
    const int row = rowOf(jobId);
    return row >= 0 ? m_rows.at(row).progress : JobStatusWords::Progress{};
}

int JobListModel::insertionRow(const JobRecord &record) const
{
    // Newest first, as the store lists them.
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).record.job.createdAt > record.job.createdAt)
        ++row;
    return row;
}

void JobListModel::onJobAdded(qint64 jobId)
{
    if (rowOf(jobId) >= 0)
        return onJobChanged(jobId);
    Row row = readRow(jobId);
    if (row.record.id == 0)
        return;
    const int at = insertionRow(row.record);
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    endInsertRows();
    updateClock();
}

void JobListModel::onJobChanged(qint64 jobId)
{
    const int at = rowOf(jobId);
    if (at < 0)
        return onJobAdded(jobId);
    Row row = readRow(jobId);
    if (row.record.id == 0)
        return;
    if (row.progress.step < m_rows.at(at).progress.step)
        row.progress.step = m_rows.at(at).progress.step;
    m_rows[at] = std::move(row);
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
    updateClock();
}

void JobListModel::onJobAboutToBeRemoved(qint64 jobId)
{
    const int at = rowOf(jobId);
    if (at < 0)
        return;
    // Gone from the list at once; should the store fail to delete it, the next change of the
    // job brings it back.
    beginRemoveRows({}, at, at);
    m_rows.removeAt(at);
    endRemoveRows();
    m_curves.forget(jobId);
    updateClock();
}

void JobListModel::onMetricsAdded(qint64 jobId, int, int lastStep)
{
    const int at = rowOf(jobId);
    if (at < 0)
        return;
    Row &row = m_rows[at];
    row.progress.step = std::max(row.progress.step.value_or(0), lastStep);
    if (m_jobs)
        row.progress.totalSteps = m_jobs->totalSteps(jobId);
    Q_EMIT dataChanged(index(at, StatusColumn), index(at, StatusColumn));
    m_curves.invalidate(jobId);
}

void JobListModel::onTick()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).record.job.isFinished())
            Q_EMIT dataChanged(index(row, ElapsedColumn), index(row, ElapsedColumn));
    }
}

void JobListModel::updateClock()
{
    if (hasActiveJobs())
        m_clock.start();
    else
        m_clock.stop();
}

void JobListModel::columnChanged(int column)
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Job &job = row.record.job;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return QString(JobStatusWords::headline(job, row.progress) + QLatin1Char('\n') +
                           JobStatusWords::explanation(job));
        if (index.column() == NameColumn)
            return tr("%1\nThe provider's id: %2").arg(displayText(row, NameColumn), job.id);
        if (index.column() == LossColumn)
            return tr("The training loss, smoothed: a curve that falls means the model is "
                      "learning from your examples. Open the job for the whole chart.");
        if (index.column() == DatasetColumn && row.record.datasetId == 0)
            return tr("The dataset is not in this workspace: the job was started elsewhere, or "
                      "the dataset was deleted.");
        return displayText(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return toneIcon(JobStatusWords::tone(job.status));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return row.record.id;
    case StatusRole:
        return int(job.status);
    case ProfileRole:
        return row.record.profileId;
    case SortRole:
        return sortValue(row, index.column());
    case LossCurveRole: {
        if (index.column() != LossColumn)
            return {};
        const QList<QPointF> curve = m_curves.curve(row.record.id);
        return curve.isEmpty() ? QVariant() : QVariant::fromValue(curve);
    }
    default:
        return {};
    }
}

QString JobListModel::displayText(const Row &row, int column) const
{
    const Job &job = row.record.job;
    switch (column) {
    case StatusColumn:
        return JobStatusWords::shortText(job, row.progress);
    case NameColumn:
        return job.suffix.isEmpty() ? job.id : job.suffix;
    case ModelColumn:
        return job.model;
    case DatasetColumn:
        return datasetName(row.record.datasetId);
    case ProviderColumn:
        return profileName(row.record);
    case CreatedColumn:
        return JobFormat::dateTime(job.createdAt);
    case ElapsedColumn:
        return JobFormat::duration(JobFormat::elapsedSeconds(job.createdAt, job.finishedAt));
    case FinishColumn:
        return job.isFinished() ? JobFormat::dateTime(job.finishedAt)
                                : JobFormat::dateTime(job.estimatedFinish);
    case TokensColumn:
        return JobFormat::tokens(job.trainedTokens);
    case TunedModelColumn:
        return job.fineTunedModel;
    default:
        return {};
    }
}

QVariant JobListModel::sortValue(const Row &row, int column) const
{
    const Job &job = row.record.job;
    switch (column) {
    case StatusColumn:
        return statusOrder(job.status);
    case CreatedColumn:
        return job.createdAt.toMSecsSinceEpoch();
    case ElapsedColumn:
        return JobFormat::elapsedSeconds(job.createdAt, job.finishedAt);
    case FinishColumn: {
        const QDateTime end = job.isFinished() ? job.finishedAt : job.estimatedFinish;
        return end.isValid() ? end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    }
    case TokensColumn:
        return job.trainedTokens.value_or(-1);
    default:
        return displayText(row, column);
    }
}

QString JobListModel::datasetName(qint64 datasetId) const
{
    if (datasetId == 0 || !m_datasets)
        return QStringLiteral("—");
    const DatasetInfo info = m_datasets->dataset(datasetId);
    return info.id ? info.name : QStringLiteral("—");
}

QString JobListModel::profileName(const JobRecord &record) const
{
    if (m_profiles) {
        if (const auto profile = m_profiles->profile(record.profileId))
            return profile->name;
    }
    bool known = false;
    const ProviderKind kind = ProviderProfile::kindFromId(record.providerKind, &known);
    return known ? ProviderProfile::kindName(kind) : record.profileId;
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case LossColumn:
        return tr("Loss");
    case ModelColumn:
        return tr("Base model");
    case DatasetColumn:
        return tr("Dataset");
    case ProviderColumn:
        return tr("Provider");
    case CreatedColumn:
        return tr("Started");
    case ElapsedColumn:
        return tr("Duration");
    case FinishColumn:
        return tr("Ends");
    case TokensColumn:
        return tr("Tokens learned");
    case TunedModelColumn:
        return tr("Tuned model");
    default:
        return {};
    }
}

QString JobListModel::headerToolTip(int section)
{
    switch (section) {
    case LossColumn:
        return tr("How the training loss went: falling is good");
    case CreatedColumn:
        return tr("When the job was started");
    case ElapsedColumn:
        return tr("How long the job has run, or ran");
    case FinishColumn:
        return tr("When the job finished, or when the provider expects it to finish");
    case TokensColumn:
        return tr("Tokens the model learned from, counting every pass over the examples "
                  "(what training is billed by)");
    case TunedModelColumn:
        return tr("The name of the new model, to use in your programs or the Playground");
    default:
        return {};
    }
}
