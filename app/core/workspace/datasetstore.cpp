#include "datasetstore.h"

#include "backgroundwriter.h"
#include "core/dataset/examplejson.h"
#include "core/dataset/parsedexample.h"
#include "datasetcatalog.h"
#include "examplequeries.h"
#include "examplereader.h"
#include "exampletable.h"
#include "importstaging.h"
#include "examplewrites.h"
#include "workspace.h"
#include "workspaceerror.h"
#include "workspacetransaction.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

// Above this many contiguous runs a removal emits one reset instead of a pair per run.
constexpr int MaxRemovalRuns = 16;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

DatasetStore::DatasetStore(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
    , m_writer(std::make_unique<BackgroundWriter>(workspace->path()))
{
    discardUnfinishedImports();
}

DatasetStore::~DatasetStore() = default;

QSqlDatabase DatasetStore::db() const
{
    return m_workspace->database();
}

bool DatasetStore::fail(const QString &detail) const
{
    m_lastError = WorkspaceError::explain(
        detail, tr("Ajuste could not change the workspace. Check that the disk is not full "
                   "and try again. (%1)")
                    .arg(detail));
    return false;
}

void DatasetStore::waitForWriter() const
{
    m_writer->waitForIdle();
}

bool DatasetStore::begin()
{
    waitForWriter();
    QString error;
    return WorkspaceTransaction::beginImmediate(db(), &error) || fail(error);
}

bool DatasetStore::commit()
{
    QSqlDatabase database = db();
    if (database.commit())
        return true;
    fail(database.lastError().text());
    database.rollback();
    return false;
}

void DatasetStore::rollback()
{
    db().rollback();
}

// ---- datasets

QList<DatasetInfo> DatasetStore::datasets() const
{
    return DatasetCatalog(db()).datasets();
}

DatasetInfo DatasetStore::dataset(qint64 datasetId) const
{
    return DatasetCatalog(db()).dataset(datasetId);
}

qint64 DatasetStore::datasetIdByName(const QString &name) const
{
    return DatasetCatalog(db()).idByName(name);
}

QString DatasetStore::uniqueDatasetName(const QString &wanted) const
{
    const QString base = wanted.simplified().isEmpty() ? tr("Dataset") : wanted.simplified();
    QString name = base;
    for (int n = 2; datasetIdByName(name) != 0; ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

qint64 DatasetStore::createDataset(const QString &name, const QString &kind)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        m_lastError = tr("A dataset needs a name. Type one and try again.");
        return 0;
    }
    if (datasetIdByName(clean) != 0) {
        m_lastError = tr("There is already a dataset called “%1”. Choose another name.").arg(clean);
        return 0;
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO datasets(name, kind, created_at, updated_at) VALUES(?, ?, ?, ?)"));
    query.addBindValue(clean);
    query.addBindValue(kind);
    query.addBindValue(now());
    query.addBindValue(now());
    if (!query.exec()) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT datasetAdded(id);
    return id;
}

bool DatasetStore::renameDataset(qint64 datasetId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        m_lastError = tr("A dataset needs a name. Type one and try again.");
        return false;
    }
    const qint64 existing = datasetIdByName(clean);
    if (existing != 0 && existing != datasetId) {
        m_lastError = tr("There is already a dataset called “%1”. Choose another name.").arg(clean);
        return false;
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE datasets SET name = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(clean);
    query.addBindValue(now());
    query.addBindValue(datasetId);
    if (!query.exec())
        return fail(query.lastError().text());
    Q_EMIT datasetChanged(datasetId);
    return true;
}

bool DatasetStore::removeDataset(qint64 datasetId)
{
    Q_EMIT datasetAboutToBeRemoved(datasetId);
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
    query.addBindValue(datasetId);
    const bool ok = query.exec();
    Q_EMIT datasetRemoved(datasetId);
    return ok || fail(query.lastError().text());
}

void DatasetStore::discardUnfinishedImports()
{
    ImportStaging::discardAbandoned(db(), m_workspace->path());
}

bool DatasetStore::touchDataset(qint64 datasetId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE datasets SET updated_at = ? WHERE id = ?"));
    query.addBindValue(now());
    query.addBindValue(datasetId);
    return query.exec() || fail(query.lastError().text());
}

// ---- examples: reading

int DatasetStore::exampleCount(qint64 datasetId) const
{
    return ExampleReader(db()).exampleCount(datasetId);
}

QList<ExampleRow> DatasetStore::rows(qint64 datasetId, int first, int count) const
{
    return ExampleReader(db()).rows(datasetId, first, count);
}

QList<ExampleRow> DatasetStore::rowsForIds(const QList<qint64> &ids) const
{
    return ExampleReader(db()).rowsForIds(ids);
}

ExampleRecord DatasetStore::example(qint64 exampleId) const
{
    const QList<ExampleRecord> found = examples({exampleId});
    return found.isEmpty() ? ExampleRecord{} : found.first();
}

QList<ExampleRecord> DatasetStore::examples(const QList<qint64> &ids) const
{
    waitForWriter(); // commands keep what they read for undo: it must be the newest state
    return ExampleReader(db()).examples(ids);
}

qint64 DatasetStore::exampleBytes(qint64 exampleId) const
{
    return ExampleReader(db()).jsonBytes(exampleId);
}

QFuture<ExampleRecord> DatasetStore::exampleAsync(qint64 exampleId) const
{
    waitForWriter(); // as example(): the worker must read the newest state
    return ExampleQueries::run<ExampleRecord>(nullptr, m_workspace->path(), [exampleId](const QSqlDatabase &db) {
        const QList<ExampleRecord> found = ExampleReader(db).examples({exampleId});
        return found.isEmpty() ? ExampleRecord{} : found.first();
    });
}

int DatasetStore::positionOf(qint64 exampleId) const
{
    return ExampleReader(db()).positionOf(exampleId);
}

qint64 DatasetStore::datasetOf(qint64 exampleId) const
{
    return ExampleReader(db()).datasetOf(exampleId);
}

qint64 DatasetStore::idAt(qint64 datasetId, int position) const
{
    return ExampleReader(db()).idAt(datasetId, position);
}

QList<qint64> DatasetStore::exampleIds(qint64 datasetId, const ExampleFilter &filter, SortKey sort,
                                       Qt::SortOrder order) const
{
    return ExampleQueries::ids(db(), datasetId, filter, sort, order);
}

QFuture<QList<qint64>> DatasetStore::exampleIdsAsync(qint64 datasetId, const ExampleFilter &filter,
                                                     SortKey sort, Qt::SortOrder order) const
{
    return ExampleQueries::idsAsync(nullptr, m_workspace->path(), datasetId, filter, sort, order);
}

QStringList DatasetStore::tags(qint64 datasetId) const
{
    return ExampleQueries::tags(db(), datasetId);
}

QHash<QString, int> DatasetStore::splitCounts(qint64 datasetId) const
{
    return ExampleQueries::splitCounts(db(), datasetId);
}

// ---- examples: writing

bool DatasetStore::shiftPositions(qint64 datasetId, int from, int delta)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "UPDATE examples SET position = position + ? WHERE dataset_id = ? AND position >= ?"));
    query.addBindValue(delta);
    query.addBindValue(datasetId);
    query.addBindValue(from);
    return query.exec() || fail(query.lastError().text());
}

bool DatasetStore::renumber(qint64 datasetId)
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("UPDATE examples SET position = r.n - 1 FROM (SELECT id, row_number() OVER "
                       "(ORDER BY position) AS n FROM examples WHERE dataset_id = ?) AS r "
                       "WHERE examples.id = r.id AND examples.position != r.n - 1"));
    query.addBindValue(datasetId);
    return query.exec() || fail(query.lastError().text());
}

bool DatasetStore::insertRecord(qint64 datasetId, int position, const ExampleRecord &record,
                                qint64 *id)
{
    ExampleTable table(db());
    if (!table.prepare())
        return fail(table.errorText());
    ExampleTable::Extra extra;
    if (record.id > 0 && datasetOf(record.id) == 0)
        extra.id = record.id;
    extra.split = record.split.isEmpty() ? trainSplit() : record.split;
    extra.status = record.status.isEmpty() ? QStringLiteral("unchecked") : record.status;
    extra.tags = ExampleTable::tagsColumn(record.tags);
    extra.note = record.note;
    *id = table.insert(datasetId, position, ParsedExample::fromJson(record.json), extra);
    return *id != 0 || fail(table.errorText());
}

qint64 DatasetStore::insertExample(qint64 datasetId, int position, const ExampleRecord &record)
{
    ExampleRecord placed = record;
    placed.position = std::clamp(position, 0, exampleCount(datasetId));
    const QList<qint64> ids = insertExamples(datasetId, {placed});
    return ids.isEmpty() ? 0 : ids.first();
}

qint64 DatasetStore::appendExample(qint64 datasetId, const QJsonObject &json)
{
    ExampleRecord record;
    record.json = json;
    return insertExample(datasetId, exampleCount(datasetId), record);
}

QList<qint64> DatasetStore::insertExamples(qint64 datasetId, const QList<ExampleRecord> &records)
{
    QList<ExampleRecord> sorted = records;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ExampleRecord &a, const ExampleRecord &b) { return a.position < b.position; });
    QList<qint64> ids;
    if (sorted.isEmpty() || !begin())
        return ids;
    // Contiguous runs of final positions, inserted in ascending order: after each run the
    // later positions are already the final ones.
    bool ok = true;
    int count = exampleCount(datasetId);
    for (qsizetype i = 0; ok && i < sorted.size();) {
        qsizetype end = i + 1;
        const int first = std::clamp(sorted.at(i).position, 0, count);
        while (end < sorted.size() && sorted.at(end).position == first + int(end - i))
            ++end;
        const int last = first + int(end - i) - 1;
        Q_EMIT examplesAboutToBeInserted(datasetId, first, last);
        ok = shiftPositions(datasetId, first, last - first + 1);
        for (qsizetype k = i; ok && k < end; ++k) {
            qint64 id = 0;
            ok = insertRecord(datasetId, first + int(k - i), sorted.at(k), &id);
            ids.append(id);
        }
        count += last - first + 1;
        if (ok) {
            Q_EMIT examplesInserted(datasetId, first, last);
        } else {
            Q_EMIT examplesInserted(datasetId, first, last);
            Q_EMIT examplesAboutToBeReset(datasetId); // the model must forget those rows
        }
        i = end;
    }
    ok = ok && touchDataset(datasetId) && commit();
    if (!ok) {
        rollback();
        emitResetDone(datasetId);
        return {};
    }
    Q_EMIT datasetChanged(datasetId);
    return ids;
}

qint64 DatasetStore::duplicateExample(qint64 exampleId)
{
    ExampleRecord copy = example(exampleId);
    if (copy.id == 0) {
        m_lastError = tr("This example no longer exists.");
        return 0;
    }
    copy.id = 0;
    return insertExample(copy.datasetId, copy.position + 1, copy);
}

QList<ExampleRecord> DatasetStore::removeExamples(const QList<qint64> &ids)
{
    const QList<ExampleRecord> records = examples(ids); // sorted by dataset, position
    if (records.isEmpty())
        return {};
    const qint64 datasetId = records.first().datasetId;
    QList<std::pair<int, int>> runs;
    for (const ExampleRecord &record : records) {
        if (record.datasetId != datasetId)
            continue; // one dataset per call
        if (!runs.isEmpty() && runs.last().second + 1 == record.position)
            runs.last().second = record.position;
        else
            runs.append({record.position, record.position});
    }
    if (!begin())
        return {};
    const bool asReset = runs.size() > MaxRemovalRuns;
    if (asReset)
        Q_EMIT examplesAboutToBeReset(datasetId);
    bool ok = true;
    for (auto run = runs.crbegin(); ok && run != runs.crend(); ++run) {
        if (!asReset)
            Q_EMIT examplesAboutToBeRemoved(datasetId, run->first, run->second);
        QSqlQuery query(db());
        query.prepare(QStringLiteral(
            "DELETE FROM examples WHERE dataset_id = ? AND position >= ? AND position <= ?"));
        query.addBindValue(datasetId);
        query.addBindValue(run->first);
        query.addBindValue(run->second);
        ok = (query.exec() || fail(query.lastError().text())) &&
             (asReset || shiftPositions(datasetId, run->second + 1, run->first - run->second - 1));
        if (!asReset)
            Q_EMIT examplesRemoved(datasetId, run->first, run->second);
    }
    ok = ok && (!asReset || renumber(datasetId)) && touchDataset(datasetId) && commit();
    if (!ok) {
        rollback();
        if (!asReset)
            Q_EMIT examplesAboutToBeReset(datasetId);
        emitResetDone(datasetId);
        return {};
    }
    if (asReset)
        Q_EMIT examplesReset(datasetId);
    Q_EMIT datasetChanged(datasetId);
    QList<ExampleRecord> removed;
    for (const ExampleRecord &record : records) {
        if (record.datasetId == datasetId)
            removed.append(record);
    }
    return removed;
}

bool DatasetStore::moveExample(qint64 exampleId, int toPosition)
{
    const qint64 datasetId = datasetOf(exampleId);
    const int from = positionOf(exampleId);
    if (datasetId == 0 || from < 0) {
        m_lastError = tr("This example no longer exists.");
        return false;
    }
    const int to = std::clamp(toPosition, 0, exampleCount(datasetId) - 1);
    if (to == from)
        return true;
    if (!begin())
        return false;
    Q_EMIT exampleAboutToBeMoved(datasetId, from, to);
    QSqlQuery query(db());
    if (to > from) {
        query.prepare(QStringLiteral("UPDATE examples SET position = position - 1 WHERE "
                                     "dataset_id = ? AND position > ? AND position <= ?"));
    } else {
        query.prepare(QStringLiteral("UPDATE examples SET position = position + 1 WHERE "
                                     "dataset_id = ? AND position < ? AND position >= ?"));
    }
    query.addBindValue(datasetId);
    query.addBindValue(from);
    query.addBindValue(to);
    QSqlQuery place(db());
    place.prepare(QStringLiteral("UPDATE examples SET position = ? WHERE id = ?"));
    place.addBindValue(to);
    place.addBindValue(exampleId);
    const bool ok = (query.exec() || fail(query.lastError().text())) &&
                    (place.exec() || fail(place.lastError().text())) && commit();
    Q_EMIT exampleMoved(datasetId, from, to);
    if (!ok) {
        rollback();
        Q_EMIT examplesAboutToBeReset(datasetId);
        emitResetDone(datasetId);
    }
    return ok;
}

bool DatasetStore::updateRecord(const ExampleRecord &record)
{
    QString error;
    return ExampleWrites::update(db(), {record}, &error) || fail(error);
}

bool DatasetStore::updateExamples(const QList<ExampleRecord> &records)
{
    if (records.isEmpty())
        return true;
    if (!begin())
        return false;
    bool ok = true;
    for (qsizetype i = 0; ok && i < records.size(); ++i)
        ok = updateRecord(records.at(i));
    if (!ok || !commit()) {
        rollback();
        return false;
    }
    QList<qint64> ids;
    for (const ExampleRecord &record : records)
        ids.append(record.id);
    emitChanged(ids);
    return true;
}

bool DatasetStore::setJson(qint64 exampleId, const QJsonObject &json)
{
    ExampleRecord record = example(exampleId);
    if (record.id == 0) {
        m_lastError = tr("This example no longer exists.");
        return false;
    }
    record.json = json;
    return updateExamples({record});
}

bool DatasetStore::setNote(qint64 exampleId, const QString &note)
{
    return setColumn({exampleId}, QStringLiteral("note"), note);
}

bool DatasetStore::setTags(qint64 exampleId, const QStringList &tags)
{
    return setColumn({exampleId}, QStringLiteral("tags"), ExampleTable::tagsColumn(tags));
}

bool DatasetStore::setSplit(const QList<qint64> &ids, const QString &split)
{
    return setColumn(ids, QStringLiteral("split"), split);
}

bool DatasetStore::setStatus(const QList<qint64> &ids, const QString &status)
{
    return setColumn(ids, QStringLiteral("status"), status);
}

bool DatasetStore::setColumn(const QList<qint64> &ids, const QString &column, const QString &value)
{
    if (ids.isEmpty())
        return true;
    waitForWriter();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE examples SET %1 = ?, updated_at = ? WHERE id IN (%2)")
                      .arg(column, ExampleReader::idList(ids)));
    query.addBindValue(ExampleTable::notNull(value));
    query.addBindValue(now());
    if (!query.exec())
        return fail(query.lastError().text());
    emitChanged(ids);
    return true;
}

bool DatasetStore::addTag(const QList<qint64> &ids, const QString &tag)
{
    return editTags(ids, tag, true);
}

bool DatasetStore::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return editTags(ids, tag, false);
}

bool DatasetStore::editTags(const QList<qint64> &ids, const QString &tag, bool add)
{
    const QStringList clean = ExampleTable::normalizedTags({tag});
    if (ids.isEmpty() || clean.isEmpty())
        return true;
    waitForWriter();
    const QString marked = QLatin1Char(',') + clean.first() + QLatin1Char(',');
    QSqlQuery query(db());
    if (add) {
        query.prepare(QStringLiteral("UPDATE examples SET tags = CASE WHEN tags = '' THEN ? ELSE "
                                     "tags || ? END, updated_at = ? WHERE id IN (%1) "
                                     "AND instr(tags, ?) = 0")
                          .arg(ExampleReader::idList(ids)));
        query.addBindValue(marked);
        query.addBindValue(marked.mid(1));
    } else {
        query.prepare(QStringLiteral("UPDATE examples SET tags = CASE WHEN tags = ? THEN '' ELSE "
                                     "replace(tags, ?, ',') END, updated_at = ? WHERE id IN (%1) "
                                     "AND instr(tags, ?) > 0")
                          .arg(ExampleReader::idList(ids)));
        query.addBindValue(marked);
        query.addBindValue(marked);
    }
    query.addBindValue(now());
    query.addBindValue(marked);
    if (!query.exec())
        return fail(query.lastError().text());
    emitChanged(ids);
    return true;
}

bool DatasetStore::setTokenCounts(const QList<TokenCounts> &counts)
{
    if (counts.isEmpty())
        return true;
    if (!begin())
        return false;
    QString error;
    if (!(ExampleWrites::setTokenCounts(db(), counts, &error) || fail(error)) || !commit()) {
        rollback();
        return false;
    }
    QList<qint64> ids;
    ids.reserve(counts.size());
    for (const TokenCounts &count : counts)
        ids.append(count.exampleId);
    emitChanged(ids);
    return true;
}

// ---- splits and duplicates

int DatasetStore::makeValidationSplit(qint64 datasetId, double percent, quint64 seed)
{
    if (!begin())
        return -1;
    Q_EMIT examplesAboutToBeReset(datasetId);
    QString error;
    const int validation = ExampleWrites::validationSplit(db(), datasetId, percent, seed, &error);
    const bool ok = (validation >= 0 || fail(error)) && touchDataset(datasetId) && commit();
    if (!ok)
        rollback();
    emitResetDone(datasetId);
    return ok ? validation : -1;
}

int DatasetStore::flagDuplicates(qint64 datasetId)
{
    if (!begin())
        return -1;
    Q_EMIT examplesAboutToBeReset(datasetId);
    QString error;
    const int duplicates = ExampleWrites::flagDuplicates(db(), datasetId, &error);
    const bool ok = (duplicates >= 0 || fail(error)) && commit();
    if (!ok)
        rollback();
    emitResetDone(datasetId);
    return ok ? duplicates : -1;
}

void DatasetStore::reload(qint64 datasetId)
{
    Q_EMIT examplesAboutToBeReset(datasetId);
    emitResetDone(datasetId);
}

void DatasetStore::announceImport(qint64 datasetId, bool createdDataset)
{
    if (createdDataset)
        Q_EMIT datasetAdded(datasetId);
    else
        reload(datasetId);
}

void DatasetStore::announceChanged(qint64 datasetId, const QList<qint64> &ids)
{
    Q_EMIT examplesChanged(datasetId, ids);
}

void DatasetStore::announceFailure()
{
    Q_EMIT writeFailed(m_lastError);
}

void DatasetStore::emitResetDone(qint64 datasetId)
{
    Q_EMIT examplesReset(datasetId);
    Q_EMIT datasetChanged(datasetId);
}

void DatasetStore::emitChanged(const QList<qint64> &ids)
{
    // Group by dataset so each model only looks at its own ids.
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT dataset_id FROM examples WHERE id IN (%1)")
                        .arg(ExampleReader::idList(ids))))
        return;
    while (query.next())
        Q_EMIT examplesChanged(query.value(0).toLongLong(), ids);
}
