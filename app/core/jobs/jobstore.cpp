#include "jobstore.h"

#include "core/workspace/examplequeries.h"
#include "core/workspace/sqlvalues.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceerror.h"
#include "core/workspace/workspacetransaction.h"
#include "jobstorevalues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtConcurrent>
#include <algorithm>
#include <limits>

using namespace JobStoreValues;
using namespace SqlValues;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

JobStore::JobStore(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
}

JobStore::~JobStore() = default;

QSqlDatabase JobStore::db() const
{
    return m_workspace->database();
}

bool JobStore::fail(const QString &detail) const
{
    m_lastError = WorkspaceError::explain(
        detail, tr("Ajuste could not save the fine-tuning jobs in the workspace. Check that the "
                   "disk is not full and try again. (%1)")
                    .arg(detail));
    return false;
}

bool JobStore::failQuery(const QSqlQuery &query) const
{
    return fail(query.lastError().text());
}

bool JobStore::begun(const WorkspaceTransaction &transaction) const
{
    return transaction.isActive() || fail(transaction.errorText());
}

bool JobStore::commit(WorkspaceTransaction &transaction) const
{
    return transaction.commit() || fail(transaction.errorText());
}

bool JobStore::requireJob(qint64 jobId) const
{
    if (jobExists(jobId))
        return true;
    m_lastError = tr("This fine-tuning job is no longer in the workspace.");
    return false;
}

bool JobStore::jobExists(qint64 jobId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT 1 FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    return query.exec() && query.next();
}

// ---- jobs

bool JobStore::writeProviderFields(qint64 jobId, const Job &job, bool *changed)
{
    static const QStringList columns{QStringLiteral("remote_id"),
                                     QStringLiteral("status"),
                                     QStringLiteral("status_text"),
                                     QStringLiteral("base_model"),
                                     QStringLiteral("fine_tuned_model"),
                                     QStringLiteral("created_at"),
                                     QStringLiteral("finished_at"),
                                     QStringLiteral("estimated_finish"),
                                     QStringLiteral("trained_tokens"),
                                     QStringLiteral("training_file"),
                                     QStringLiteral("validation_file"),
                                     QStringLiteral("result_files"),
                                     QStringLiteral("error_code"),
                                     QStringLiteral("error_message"),
                                     QStringLiteral("error_param"),
                                     QStringLiteral("method"),
                                     QStringLiteral("hyperparameters"),
                                     QStringLiteral("suffix"),
                                     QStringLiteral("seed"),
                                     QStringLiteral("metadata"),
                                     QStringLiteral("json")};
    // Only a row that differs is written, so a poll that brings nothing new leaves updated_at
    // alone and tells the caller nothing changed.
    static const QString sql = [] {
        QStringList set;
        QStringList same;
        for (const QString &column : columns) {
            set.append(column + QStringLiteral(" = ?"));
            same.append(column + QStringLiteral(" IS ?"));
        }
        return QStringLiteral("UPDATE jobs SET %1, updated_at = ? WHERE id = ? AND NOT (%2)")
            .arg(set.join(QStringLiteral(", ")), same.join(QStringLiteral(" AND ")));
    }();
    QJsonArray results;
    for (const QString &file : job.resultFiles)
        results.append(file);
    const QVariantList values{
        text(job.id),
        text(JobStatusText::id(job.status)),
        text(job.statusText),
        text(job.model),
        QVariant(job.fineTunedModel),
        QVariant(job.createdAt.isValid() ? job.createdAt.toMSecsSinceEpoch() : 0),
        SqlValues::time(job.finishedAt),
        SqlValues::time(job.estimatedFinish),
        SqlValues::optional(job.trainedTokens),
        text(job.trainingFile),
        text(job.validationFile),
        QVariant(compact(results)),
        text(job.error.code),
        text(job.error.message),
        text(job.error.param),
        QVariant(Job::methodId(job.method)),
        QVariant(compact(job.hyperparameters.toStorageJson())),
        text(job.suffix),
        SqlValues::optional(job.seed),
        QVariant(compact(metadataJson(job.metadata))),
        QVariant(compact(job.raw))};
    QSqlQuery query(db());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(now());
    query.addBindValue(jobId);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failQuery(query);
    if (changed)
        *changed = query.numRowsAffected() > 0;
    return true;
}

bool JobStore::writeJob(qint64 jobId, const JobRecord &record)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE jobs SET profile_id = ?, provider_kind = ?, dataset_id = ?, event_cursor = ?, "
        "total_steps = ?, estimated_cost_usd = ? WHERE id = ?"));
    query.addBindValue(text(record.profileId));
    query.addBindValue(text(record.providerKind));
    query.addBindValue(record.datasetId > 0 ? QVariant(record.datasetId) : QVariant());
    query.addBindValue(text(record.eventCursor));
    query.addBindValue(SqlValues::optional(record.totalSteps));
    query.addBindValue(SqlValues::optional(record.estimatedCostUsd));
    query.addBindValue(jobId);
    return (query.exec() || failQuery(query)) && writeProviderFields(jobId, record.job);
}

qint64 JobStore::saveJob(const JobRecord &record)
{
    if (record.profileId.isEmpty() || record.job.id.isEmpty()) {
        m_lastError = tr("This fine-tuning job cannot be saved: it has no provider or no id.");
        return 0;
    }
    qint64 jobId = jobByProviderId(record.profileId, record.job.id).id;
    const bool added = jobId == 0;
    WorkspaceTransaction transaction(db());
    if (!begun(transaction))
        return 0;
    if (added) {
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO jobs(profile_id, remote_id, base_model, status, "
                                      "created_at) VALUES(?, ?, '', '', 0)"));
        insert.addBindValue(record.profileId);
        insert.addBindValue(record.job.id);
        if (!insert.exec()) {
            failQuery(insert);
            return 0;
        }
        jobId = insert.lastInsertId().toLongLong();
    }
    if (!writeJob(jobId, record))
        return 0;
    if (!commit(transaction))
        return 0;
    if (added)
        Q_EMIT jobAdded(jobId);
    else
        Q_EMIT jobChanged(jobId);
    return jobId;
}

bool JobStore::updateJob(qint64 jobId, const Job &job)
{
    if (!requireJob(jobId))
        return false;
    // A provider that does not report the suffix (OpenAI) leaves the name chosen at launch
    // (h-jobsui).
    Job update = job;
    if (update.suffix.isEmpty())
        update.suffix = this->job(jobId).job.suffix;
    bool changed = false;
    if (!writeProviderFields(jobId, update, &changed))
        return false;
    if (changed)
        Q_EMIT jobChanged(jobId);
    return true;
}

bool JobStore::setDatasetId(qint64 jobId, qint64 datasetId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE jobs SET dataset_id = ? WHERE id = ?"));
    query.addBindValue(datasetId > 0 ? QVariant(datasetId) : QVariant());
    query.addBindValue(jobId);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() > 0)
        Q_EMIT jobChanged(jobId);
    return true;
}

bool JobStore::setEstimatedCost(qint64 jobId, std::optional<double> usd)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE jobs SET estimated_cost_usd = ? WHERE id = ?"));
    query.addBindValue(SqlValues::optional(usd));
    query.addBindValue(jobId);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() > 0)
        Q_EMIT jobChanged(jobId);
    return true;
}

bool JobStore::removeJob(qint64 jobId)
{
    if (!jobExists(jobId))
        return true;
    Q_EMIT jobAboutToBeRemoved(jobId);
    QSqlQuery query(db());
    // Events, metrics and checkpoints go with it (ON DELETE CASCADE).
    query.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (!query.exec())
        return failQuery(query);
    Q_EMIT jobRemoved(jobId);
    return true;
}

QList<JobRecord> JobStore::queryJobs(const QString &where, const QVariantList &values) const
{
    QList<JobRecord> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM jobs %2 ORDER BY created_at DESC, id DESC")
                      .arg(jobColumns(), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next())
        result.append(recordFrom(query));
    return result;
}

QList<JobRecord> JobStore::jobs() const
{
    return queryJobs({}, {});
}

QList<JobRecord> JobStore::jobs(const QString &profileId) const
{
    return queryJobs(QStringLiteral("WHERE profile_id = ?"), {profileId});
}

JobRecord JobStore::job(qint64 jobId) const
{
    return queryJobs(QStringLiteral("WHERE id = ?"), {jobId}).value(0);
}

JobRecord JobStore::jobByProviderId(const QString &profileId, const QString &providerJobId) const
{
    return queryJobs(QStringLiteral("WHERE profile_id = ? AND remote_id = ?"),
                     {profileId, providerJobId})
        .value(0);
}

// ---- events

int JobStore::appendEvents(qint64 jobId, const QList<JobEvent> &events, const QString &cursor)
{
    if (!requireJob(jobId))
        return -1;
    WorkspaceTransaction transaction(db());
    if (!begun(transaction))
        return -1;
    QSqlQuery insert(db());
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO job_events(job_id, remote_id, created_at, level, type, message, "
        "data) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    int added = 0;
    for (const JobEvent &event : events) {
        insert.bindValue(0, jobId);
        insert.bindValue(1, eventKey(event));
        insert.bindValue(2, event.createdAt.isValid() ? event.createdAt.toMSecsSinceEpoch() : 0);
        insert.bindValue(3, levelId(event.level));
        insert.bindValue(4, event.type == JobEvent::Type::Metrics ? QStringLiteral("metrics")
                                                                  : QStringLiteral("message"));
        insert.bindValue(5, text(event.message));
        // Ajuste's own form of the event: the provider's data with the neutral measurements.
        insert.bindValue(6, QVariant(compact(event.toStorageJson())));
        if (!insert.exec()) {
            failQuery(insert);
            return -1;
        }
        added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!cursor.isEmpty()) {
        QSqlQuery update(db());
        update.prepare(QStringLiteral("UPDATE jobs SET event_cursor = ? WHERE id = ?"));
        update.addBindValue(cursor);
        update.addBindValue(jobId);
        if (!update.exec()) {
            failQuery(update);
            return -1;
        }
    }
    if (!commit(transaction))
        return -1;
    if (added > 0 && m_eventHint.jobId == jobId)
        m_eventHint = {}; // a late event moves the ones after it
    if (added > 0)
        Q_EMIT eventsAdded(jobId, added);
    return added;
}

QList<JobEvent> JobStore::events(qint64 jobId) const
{
    return events(jobId, 0, -1);
}

QList<JobEvent> JobStore::events(qint64 jobId, int first, int count) const
{
    QList<JobEvent> result;
    first = std::max(first, 0);
    const bool seek = m_eventHint.jobId == jobId && m_eventHint.next == first && first > 0;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT remote_id, created_at, level, type, message, data, id "
                                 "FROM job_events WHERE job_id = ? %1 ORDER BY created_at, id "
                                 "LIMIT ? OFFSET ?")
                      .arg(seek ? QStringLiteral("AND (created_at, id) > (?, ?)") : QString()));
    query.addBindValue(jobId);
    if (seek) {
        query.addBindValue(m_eventHint.createdAt);
        query.addBindValue(m_eventHint.rowId);
    }
    query.addBindValue(count);
    query.addBindValue(seek ? 0 : first);
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next()) {
        JobEvent event = JobEvent::fromStorageJson(objectFrom(query.value(5)));
        event.id = query.value(0).toString();
        event.createdAt = timeFrom(query.value(1));
        event.level = JobEvent::levelFromId(query.value(2).toString());
        event.type = query.value(3).toString() == QLatin1String("metrics")
                         ? JobEvent::Type::Metrics
                         : JobEvent::Type::Message;
        event.message = query.value(4).toString();
        result.append(event);
        m_eventHint.createdAt = query.value(1).toLongLong();
        m_eventHint.rowId = query.value(6).toLongLong();
    }
    m_eventHint.jobId = result.isEmpty() ? 0 : jobId;
    m_eventHint.next = first + int(result.size());
    return result;
}

std::optional<QList<int>> JobStore::queryEventPositions(QSqlQuery &query, qint64 jobId,
                                                       const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT position FROM (SELECT row_number() OVER (ORDER BY created_at, id) - 1 AS position, "
        "message FROM job_events WHERE job_id = ?) WHERE message LIKE ? ESCAPE '\\' ORDER BY position"));
    query.addBindValue(jobId);
    query.addBindValue(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    if (!query.exec())
        return std::nullopt;
    QList<int> positions;
    while (query.next())
        positions.append(query.value(0).toInt());
    return positions;
}

QList<int> JobStore::eventPositionsContaining(qint64 jobId, const QString &text) const
{
    QSqlQuery query(db());
    const std::optional<QList<int>> positions = queryEventPositions(query, jobId, text);
    if (!positions) {
        failQuery(query);
        return {};
    }
    return *positions;
}

QFuture<QList<int>> JobStore::eventPositionsContainingAsync(qint64 jobId, const QString &text,
                                                            QThreadPool *pool,
                                                            const Skip &skip) const
{
    return ExampleQueries::run<QList<int>>(
        pool, m_workspace->path(), [jobId, text, skip](const QSqlDatabase &db) {
            if (skip && *skip)
                return QList<int>();
            QSqlQuery query(db);
            return queryEventPositions(query, jobId, text).value_or(QList<int>());
        });
}

QString JobStore::eventIdFromEnd(qint64 jobId, int fromEnd) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT remote_id FROM job_events WHERE job_id = ? "
                                 "ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?"));
    query.addBindValue(jobId);
    query.addBindValue(std::max(fromEnd, 0));
    if (!query.exec()) {
        failQuery(query);
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

int JobStore::eventCount(qint64 jobId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM job_events WHERE job_id = ?"));
    query.addBindValue(jobId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QString JobStore::eventCursor(qint64 jobId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT event_cursor FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool JobStore::setEventCursor(qint64 jobId, const QString &cursor)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE jobs SET event_cursor = ? WHERE id = ?"));
    query.addBindValue(text(cursor));
    query.addBindValue(jobId);
    return query.exec() || failQuery(query);
}

std::optional<int> JobStore::totalSteps(qint64 jobId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT total_steps FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return optionalInt(query.value(0));
}

bool JobStore::setTotalSteps(qint64 jobId, int totalSteps)
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("UPDATE jobs SET total_steps = ? WHERE id = ? AND total_steps IS NOT ?"));
    query.addBindValue(totalSteps);
    query.addBindValue(jobId);
    query.addBindValue(totalSteps);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() > 0)
        Q_EMIT jobChanged(jobId);
    return true;
}

// ---- metrics

bool JobStore::raiseTotalSteps(qint64 jobId, int totalSteps, bool *raised)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE jobs SET total_steps = ? WHERE id = ? AND "
                                 "(total_steps IS NULL OR total_steps < ?)"));
    query.addBindValue(totalSteps);
    query.addBindValue(jobId);
    query.addBindValue(totalSteps);
    if (!query.exec())
        return failQuery(query);
    *raised = query.numRowsAffected() > 0;
    return true;
}

int JobStore::appendMetrics(qint64 jobId, const QList<MetricPoint> &points)
{
    if (!requireJob(jobId))
        return -1;
    WorkspaceTransaction transaction(db());
    if (!begun(transaction))
        return -1;
    // A step already stored takes only the values it lacked or that changed; a repeated
    // point changes no row, so changes() tells new or completed steps from repeats.
    QSqlQuery upsert(db());
    upsert.prepare(QStringLiteral(
        "INSERT INTO metric_points(job_id, step, total_steps, train_loss, train_accuracy, "
        "valid_loss, valid_accuracy, full_valid_loss, full_valid_accuracy) "
        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(job_id, step) DO UPDATE SET "
        "total_steps = coalesce(excluded.total_steps, total_steps), "
        "train_loss = coalesce(excluded.train_loss, train_loss), "
        "train_accuracy = coalesce(excluded.train_accuracy, train_accuracy), "
        "valid_loss = coalesce(excluded.valid_loss, valid_loss), "
        "valid_accuracy = coalesce(excluded.valid_accuracy, valid_accuracy), "
        "full_valid_loss = coalesce(excluded.full_valid_loss, full_valid_loss), "
        "full_valid_accuracy = coalesce(excluded.full_valid_accuracy, full_valid_accuracy) "
        "WHERE coalesce(excluded.total_steps, total_steps) IS NOT total_steps "
        "OR coalesce(excluded.train_loss, train_loss) IS NOT train_loss "
        "OR coalesce(excluded.train_accuracy, train_accuracy) IS NOT train_accuracy "
        "OR coalesce(excluded.valid_loss, valid_loss) IS NOT valid_loss "
        "OR coalesce(excluded.valid_accuracy, valid_accuracy) IS NOT valid_accuracy "
        "OR coalesce(excluded.full_valid_loss, full_valid_loss) IS NOT full_valid_loss "
        "OR coalesce(excluded.full_valid_accuracy, full_valid_accuracy) IS NOT "
        "full_valid_accuracy"));
    int changed = 0;
    int firstStep = 0;
    int lastStep = 0;
    int mostSteps = 0;
    for (const MetricPoint &point : points) {
        int column = 0;
        for (const QVariant &value :
             {QVariant(jobId), QVariant(point.step), SqlValues::optional(point.totalSteps),
              SqlValues::optional(point.trainLoss), SqlValues::optional(point.trainAccuracy),
              SqlValues::optional(point.validLoss), SqlValues::optional(point.validAccuracy),
              SqlValues::optional(point.fullValidLoss),
              SqlValues::optional(point.fullValidAccuracy)})
            upsert.bindValue(column++, value);
        if (!upsert.exec()) {
            failQuery(upsert);
            return -1;
        }
        mostSteps = std::max(mostSteps, point.totalSteps.value_or(0));
        if (upsert.numRowsAffected() <= 0)
            continue;
        firstStep = changed == 0 ? point.step : std::min(firstStep, point.step);
        lastStep = changed == 0 ? point.step : std::max(lastStep, point.step);
        ++changed;
    }
    bool raised = false;
    if (mostSteps > 0 && !raiseTotalSteps(jobId, mostSteps, &raised))
        return -1;
    if (!commit(transaction))
        return -1;
    if (changed > 0)
        Q_EMIT metricsAdded(jobId, firstStep, lastStep);
    if (raised)
        Q_EMIT jobChanged(jobId);
    return changed;
}

QList<MetricPoint> JobStore::queryMetrics(const QSqlDatabase &db, qint64 jobId, int firstStep,
                                          int lastStep)
{
    QList<MetricPoint> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT step, total_steps, train_loss, train_accuracy, valid_loss, valid_accuracy, "
        "full_valid_loss, full_valid_accuracy FROM metric_points "
        "WHERE job_id = ? AND step BETWEEN ? AND ? ORDER BY step"));
    query.addBindValue(jobId);
    query.addBindValue(firstStep);
    query.addBindValue(lastStep);
    if (!query.exec())
        return result;
    while (query.next()) {
        MetricPoint point;
        point.step = query.value(0).toInt();
        point.totalSteps = optionalInt(query.value(1));
        point.trainLoss = optionalDouble(query.value(2));
        point.trainAccuracy = optionalDouble(query.value(3));
        point.validLoss = optionalDouble(query.value(4));
        point.validAccuracy = optionalDouble(query.value(5));
        point.fullValidLoss = optionalDouble(query.value(6));
        point.fullValidAccuracy = optionalDouble(query.value(7));
        result.append(point);
    }
    return result;
}

QList<MetricPoint> JobStore::metrics(qint64 jobId) const
{
    return queryMetrics(db(), jobId, std::numeric_limits<int>::min(),
                        std::numeric_limits<int>::max());
}

QList<MetricPoint> JobStore::metrics(qint64 jobId, int firstStep, int lastStep) const
{
    return queryMetrics(db(), jobId, firstStep, lastStep);
}

QFuture<QList<MetricPoint>> JobStore::metricsAsync(qint64 jobId) const
{
    const QString path = m_workspace->path();
    return QtConcurrent::run([path, jobId] {
        Workspace::WorkerConnection connection(path);
        if (!connection.isOpen())
            return QList<MetricPoint>();
        return queryMetrics(connection.database(), jobId, std::numeric_limits<int>::min(),
                            std::numeric_limits<int>::max());
    });
}

int JobStore::metricCount(qint64 jobId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT count(*) FROM metric_points WHERE job_id = ?"));
    query.addBindValue(jobId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

// ---- checkpoints

bool JobStore::insertCheckpoint(qint64 jobId, const Checkpoint &checkpoint)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO checkpoints(job_id, remote_id, step, model, created_at, metrics) "
        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(job_id, remote_id) DO UPDATE SET "
        "step = excluded.step, model = excluded.model, created_at = excluded.created_at, "
        "metrics = excluded.metrics"));
    MetricPoint metrics = checkpoint.metrics;
    metrics.step = checkpoint.stepNumber;
    query.addBindValue(jobId);
    query.addBindValue(text(checkpoint.id.isEmpty() ? checkpoint.modelName : checkpoint.id));
    query.addBindValue(checkpoint.stepNumber);
    query.addBindValue(text(checkpoint.modelName));
    query.addBindValue(checkpoint.createdAt.isValid() ? checkpoint.createdAt.toMSecsSinceEpoch()
                                                      : 0);
    query.addBindValue(compact(metrics.toStorageJson()));
    return query.exec() || failQuery(query);
}

bool JobStore::saveCheckpoint(qint64 jobId, const Checkpoint &checkpoint)
{
    if (!requireJob(jobId))
        return false;
    if (!insertCheckpoint(jobId, checkpoint))
        return false;
    Q_EMIT checkpointsChanged(jobId);
    return true;
}

bool JobStore::replaceCheckpoints(qint64 jobId, const QList<Checkpoint> &checkpoints)
{
    if (!requireJob(jobId))
        return false;
    WorkspaceTransaction transaction(db());
    if (!begun(transaction))
        return false;
    QSqlQuery clear(db());
    clear.prepare(QStringLiteral("DELETE FROM checkpoints WHERE job_id = ?"));
    clear.addBindValue(jobId);
    bool ok = clear.exec() || failQuery(clear);
    for (const Checkpoint &checkpoint : checkpoints) {
        if (!ok)
            break;
        ok = insertCheckpoint(jobId, checkpoint);
    }
    if (!ok)
        return false;
    if (!commit(transaction))
        return false;
    Q_EMIT checkpointsChanged(jobId);
    return true;
}

QList<Checkpoint> JobStore::checkpoints(qint64 jobId) const
{
    QList<Checkpoint> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.remote_id, c.step, c.model, c.created_at, c.metrics, j.remote_id "
                       "FROM checkpoints c JOIN jobs j ON j.id = c.job_id WHERE c.job_id = ? "
                       "ORDER BY c.step, c.id"));
    query.addBindValue(jobId);
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next()) {
        Checkpoint checkpoint;
        checkpoint.id = query.value(0).toString();
        checkpoint.stepNumber = query.value(1).toInt();
        checkpoint.modelName = query.value(2).toString();
        checkpoint.createdAt = timeFrom(query.value(3));
        checkpoint.metrics =
            MetricPoint::fromStorageJson(objectFrom(query.value(4))).value_or(MetricPoint{});
        checkpoint.jobId = query.value(5).toString();
        result.append(checkpoint);
    }
    return result;
}
