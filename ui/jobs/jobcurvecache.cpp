#include "jobcurvecache.h"

#include "core/charts/trainingrun.h"
#include "core/jobs/jobstore.h"
#include "ui/charts/losssparkline.h"

JobCurveCache::JobCurveCache(QObject *parent) : QObject(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(RefreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &JobCurveCache::loadStale);
}

JobCurveCache::~JobCurveCache()
{
    waitForReads();
}

void JobCurveCache::setStore(JobStore *store)
{
    waitForReads();
    ++m_generation;
    m_store = store;
    m_curves.clear();
    m_loading.clear();
    m_stale.clear();
    m_refresh.stop();
}

void JobCurveCache::waitForReads()
{
    for (QFuture<QList<QPointF>> &read : m_reads)
        read.waitForFinished();
    m_reads.clear();
}

QList<QPointF> JobCurveCache::curve(qint64 jobId) const
{
    const auto found = m_curves.constFind(jobId);
    if (found != m_curves.cend())
        return *found;
    load(jobId);
    return {};
}

void JobCurveCache::load(qint64 jobId) const
{
    if (!m_store || jobId == 0 || m_loading.contains(jobId))
        return;
    m_loading.insert(jobId);
    // Reading and reducing happen on the worker; only the finished curve comes back.
    QFuture<QList<QPointF>> read =
        m_store->metricsAsync(jobId).then([](const QList<MetricPoint> &points) {
            return LossSparkline::curve(TrainingRun(points), Columns);
        });
    m_reads.erase(std::remove_if(m_reads.begin(), m_reads.end(),
                                 [](const QFuture<QList<QPointF>> &f) { return f.isFinished(); }),
                  m_reads.end());
    m_reads.append(read);
    auto *self = const_cast<JobCurveCache *>(this);
    read.then(self, [self, jobId, generation = m_generation](const QList<QPointF> &curve) {
        if (generation != self->m_generation)
            return;
        self->m_loading.remove(jobId);
        self->m_curves.insert(jobId, curve);
        Q_EMIT self->curveReady(jobId);
    });
}

void JobCurveCache::invalidate(qint64 jobId)
{
    // Only curves someone looked at are read again; the others are read when painted.
    if (!m_curves.contains(jobId))
        return;
    m_stale.insert(jobId);
    if (!m_refresh.isActive())
        m_refresh.start();
}

void JobCurveCache::forget(qint64 jobId)
{
    m_curves.remove(jobId);
    m_stale.remove(jobId);
}

void JobCurveCache::loadStale()
{
    const QSet<qint64> stale = std::exchange(m_stale, {});
    for (qint64 jobId : stale)
        load(jobId); // the old curve stays shown until the new one is in
}
