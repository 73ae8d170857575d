#include "datasetimporter.h"

#include "datasetstore.h"
#include "exampletable.h"
#include "importstaging.h"
#include "workspace.h"
#include "workspaceerror.h"
#include "workspacetransaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent>

namespace {

constexpr int BatchExamples = 4000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Writes an import into a hidden staging dataset and, at the end, hands its rows over to
// the target in one transaction (see DatasetImporter's all-or-nothing promise).
class StagingWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetImporter)

public:
    StagingWriter(const QSqlDatabase &db, const QString &workspacePath)
        : m_db(db), m_table(db), m_staging(workspacePath)
    {
    }

    bool begin(qint64 targetId, const QString &newName)
    {
        m_targetId = targetId;
        // The staging row is committed with its lock already held, so whoever sees the row
        // can tell whether this import still runs (see ImportStaging).
        if (!begin())
            return false;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("INSERT INTO datasets(name, state, created_at, updated_at) "
                                     "VALUES(?, 'importing', ?, ?)"));
        query.addBindValue(targetId == 0 ? uniqueName(newName)
                                         : QStringLiteral("\x01staging ") +
                                               QUuid::createUuid().toString(QUuid::WithoutBraces));
        query.addBindValue(now());
        query.addBindValue(now());
        bool ok = query.exec() || fail(query);
        const qint64 stagingId = ok ? query.lastInsertId().toLongLong() : 0;
        QString lockError;
        ok = ok && (m_staging.claim(stagingId, &lockError) || fail(lockError));
        if (!ok || !m_db.commit()) {
            if (ok)
                fail(m_db.lastError().text());
            m_db.rollback();
            m_staging.release();
            return false;
        }
        m_stagingId = stagingId;
        m_rejection = QSqlQuery(m_db);
        if (!m_rejection.prepare(QStringLiteral(
                "INSERT INTO import_rejections(dataset_id, source_file, line, reason, raw, "
                "created_at) VALUES(?, ?, ?, ?, ?, ?)")))
            return fail(m_rejection);
        return true;
    }

    bool write(const ImportBatch &batch, const QString &sourceFile)
    {
        if (batch.isEmpty())
            return true;
        if (sourceFile != m_sourceFile) {
            m_sourceFile = sourceFile;
            if (!m_table.prepareForImport(QFileInfo(sourceFile).fileName()))
                return fail(m_table.errorText());
        }
        if (!begin())
            return false;
        bool ok = true;
        for (const ParsedExample &example : batch.examples) {
            if (!m_table.insertImported(m_stagingId, m_next++, example)) {
                ok = fail(m_table.errorText());
                break;
            }
        }
        // Tells other processes this staging dataset belongs to a running import.
        ok = ok && exec(QStringLiteral("UPDATE datasets SET updated_at = ? WHERE id = ?"),
                        {now(), m_stagingId});
        for (qsizetype i = 0; ok && i < batch.rejections.size(); ++i) {
            const ImportRejection &rejection = batch.rejections.at(i);
            m_rejection.bindValue(0, m_stagingId);
            m_rejection.bindValue(1, rejection.sourceFile);
            m_rejection.bindValue(2, rejection.line);
            m_rejection.bindValue(3, rejection.reason);
            m_rejection.bindValue(4, rejection.raw); // a BLOB: invalid UTF-8 kept byte for byte
            m_rejection.bindValue(5, now());
            ok = m_rejection.exec() || fail(m_rejection);
        }
        if (ok && m_db.commit())
            return true;
        if (ok)
            fail(m_db.lastError().text());
        m_db.rollback();
        return false;
    }

    // Makes the staged rows part of the target; returns the target's id (0 on failure).
    qint64 finish(const QString &kind)
    {
        if (!begin())
            return 0;
        const qint64 target = m_targetId == 0 ? m_stagingId : m_targetId;
        bool ok = true;
        if (m_targetId == 0) {
            ok =
                exec(QStringLiteral("UPDATE datasets SET state = 'ready', kind = ?, updated_at = ? "
                                    "WHERE id = ?"),
                     {kind, now(), m_stagingId});
        } else {
            qint64 offset = 0;
            QSqlQuery count(m_db);
            count.prepare(QStringLiteral("SELECT count(*) FROM examples WHERE dataset_id = ?"));
            count.addBindValue(m_targetId);
            ok = (count.exec() && count.next()) || fail(count);
            offset = ok ? count.value(0).toLongLong() : 0;
            ok = ok &&
                 exec(QStringLiteral("UPDATE examples SET dataset_id = ?, position = position + ? "
                                     "WHERE dataset_id = ?"),
                      {m_targetId, offset, m_stagingId}) &&
                 exec(QStringLiteral(
                          "UPDATE example_search SET dataset_id = ? WHERE dataset_id = ?"),
                      {m_targetId, m_stagingId}) &&
                 exec(QStringLiteral("UPDATE import_rejections SET dataset_id = ? "
                                     "WHERE dataset_id = ?"),
                      {m_targetId, m_stagingId}) &&
                 exec(QStringLiteral("UPDATE datasets SET updated_at = ? WHERE id = ?"),
                      {now(), m_targetId}) &&
                 exec(QStringLiteral("DELETE FROM datasets WHERE id = ?"), {m_stagingId});
        }
        if (ok && m_db.commit())
            return target;
        if (ok)
            fail(m_db.lastError().text());
        m_db.rollback();
        return 0;
    }

    void discard()
    {
        if (m_stagingId != 0)
            exec(QStringLiteral("DELETE FROM datasets WHERE id = ?"), {m_stagingId});
        m_staging.release();
    }

    QString errorText() const { return m_error; }
    qint64 written() const { return m_next; }

private:
    // Immediate: the staging row's insert follows a read (its unique name), and the final
    // hand-over reads the target's count before it writes (see WorkspaceTransaction).
    bool begin()
    {
        QString error;
        return WorkspaceTransaction::beginImmediate(m_db, &error) || fail(error);
    }

    QString uniqueName(const QString &wanted)
    {
        const QString base = wanted.simplified().isEmpty() ? tr("Imported") : wanted.simplified();
        QString name = base;
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE name = ?"));
        for (int n = 2;; ++n) {
            query.bindValue(0, name);
            if (!query.exec() || !query.next())
                return name;
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        }
    }

    bool exec(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() || fail(query);
    }

    bool fail(const QSqlQuery &query) { return fail(query.lastError().text()); }
    bool fail(const QString &detail)
    {
        if (m_error.isEmpty())
            m_error = detail;
        return false;
    }

    QSqlDatabase m_db;
    ExampleTable m_table;
    ImportStaging m_staging; // held until the writer is gone: after the promotion or discard
    QSqlQuery m_rejection;
    qint64 m_targetId = 0;
    qint64 m_stagingId = 0;
    qint64 m_next = 0;
    QString m_sourceFile;
    QString m_error;
};

QString datasetKind(const QList<ImportSummary> &files)
{
    for (const ImportSummary &file : files) {
        if (file.format == QLatin1String("preference"))
            return QStringLiteral("preference");
    }
    return QStringLiteral("chat");
}

} // namespace

DatasetImporter::DatasetImporter(const QString &workspacePath, QObject *parent)
    : WorkspaceTask(workspacePath, parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &DatasetImporter::onFinished);
}

bool DatasetImporter::start(const Request &request)
{
    const QString path = workspacePath();
    return launch<Result>(m_watcher,
                          [path, request](const std::atomic_bool *cancelled, const Progress &progress) {
                              return run(path, request, cancelled, progress);
                          });
}

void DatasetImporter::onFinished()
{
    const Result result = m_watcher.result();
    if (m_store && result.ok)
        m_store->announceImport(result.datasetId, result.createdDataset);
    Q_EMIT finished(result);
}

DatasetImporter::Result DatasetImporter::run(const QString &workspacePath, const Request &request,
                                             const std::atomic_bool *cancelled,
                                             const Progress &progress)
{
    Result result;
    result.summary.unit = ImportSummary::Unit::Lines;
    Workspace::WorkerConnection connection(workspacePath);
    if (!connection.isOpen()) {
        result.error = tr("Ajuste could not open the workspace to import into it. (%1)")
                           .arg(connection.errorText());
        return result;
    }
    qint64 totalBytes = 0;
    for (const QString &file : request.files)
        totalBytes += QFileInfo(file).size();

    // A larger page cache keeps the indexes being appended to in memory instead of reading
    // their pages back from the write-ahead log; it costs memory only during the import.
    QSqlQuery(connection.database()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    StagingWriter writer(connection.database(), workspacePath);
    const auto storeFailed = [&] {
        return WorkspaceError::explain(
            writer.errorText(),
            tr("Ajuste could not store the imported examples in the workspace. Check "
               "that the disk is not full and try again. (%1)")
                .arg(writer.errorText()));
    };
    bool ok = writer.begin(request.datasetId, request.newDatasetName);
    if (!ok) {
        result.error = storeFailed(); // before any file is read: nothing else to report
        return result;
    }
    // One thread of our own parses the next batch while this one writes the last.
    QThreadPool parsingPool;
    parsingPool.setMaxThreadCount(1);
    qint64 bytesBefore = 0;
    for (const QString &file : request.files) {
        if (!ok || (cancelled && *cancelled))
            break;
        ImportParser parser(file, request.options);
        if (parser.open()) {
            ImportBatch current;
            bool more = parser.readBatch(&current, BatchExamples);
            while (ok && !(cancelled && *cancelled)) {
                ImportBatch next;
                QFuture<bool> reading;
                if (more) {
                    reading = QtConcurrent::run(&parsingPool, [&parser, &next] {
                        return parser.readBatch(&next, BatchExamples);
                    });
                }
                ok = writer.write(current, file);
                if (!more)
                    break;
                more = reading.result();
                current = std::move(next);
                if (progress)
                    progress(bytesBefore + parser.bytesRead(), totalBytes);
            }
        }
        ImportSummary fileSummary = parser.summary();
        result.files.append(fileSummary);
        result.summary.unit = fileSummary.unit;
        result.summary.add(fileSummary);
        bytesBefore += QFileInfo(file).size();
        if (progress)
            progress(bytesBefore, totalBytes);
    }
    result.summary.format = result.files.isEmpty() ? QString() : result.files.first().format;
    const bool anyReadable =
        std::any_of(result.files.cbegin(), result.files.cend(),
                    [](const ImportSummary &file) { return file.error.isEmpty(); });
    if (!anyReadable) {
        // Nothing could be read: no empty dataset is left behind. Each file's summary says why.
        writer.discard();
        return result;
    }
    if (cancelled && *cancelled) {
        writer.discard();
        result.summary.cancelled = true;
        return result;
    }
    if (ok)
        result.datasetId = writer.finish(datasetKind(result.files));
    if (!ok || result.datasetId == 0) {
        writer.discard();
        result.error = storeFailed();
        return result;
    }
    // Passive: readers (the window's views, another process) may be active, and this must
    // never wait for them; the frames they still read are copied by a later checkpoint.
    Workspace::checkpoint(connection.database(), Workspace::Checkpoint::Passive);
    result.createdDataset = request.datasetId == 0;
    result.ok = true;
    return result;
}
