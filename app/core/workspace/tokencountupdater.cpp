#include "tokencountupdater.h"

#include "backgroundwriter.h"
#include "datasetstore.h"
#include "examplewrites.h"
#include "workspace.h"

#include "core/tokenizer/datasettokencounter.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSqlQuery>
#include <QtConcurrent>

namespace {

// More counts than this are written off the GUI thread.
constexpr qsizetype ManyCounts = 200;

// Runs on a worker: the examples of the dataset whose counts are missing (or all of them),
// counted with the encoding. Nothing when cancelled.
QList<TokenCounts> countMissing(const QString &path, qint64 datasetId, TokenEncoding encoding,
                                bool all, std::shared_ptr<std::atomic_bool> cancelled)
{
    QList<qint64> ids;
    QList<QJsonObject> examples;
    {
        Workspace::WorkerConnection connection(path);
        if (!connection.isOpen())
            return {};
        QSqlQuery query(connection.database());
        query.setForwardOnly(true);
        query.prepare(all ? QStringLiteral("SELECT id, json FROM examples WHERE dataset_id = ?")
                          : QStringLiteral("SELECT id, json FROM examples WHERE dataset_id = ? "
                                           "AND total_tokens IS NULL"));
        query.addBindValue(datasetId);
        if (!query.exec())
            return {};
        while (query.next() && !*cancelled) {
            ids.append(query.value(0).toLongLong());
            examples.append(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        }
    }
    const auto counts = DatasetTokenCounter::countAll(examples, encoding, cancelled.get());
    if (!counts)
        return {};
    QList<TokenCounts> result;
    result.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        result.append({ids.at(i), int(counts->at(i).total), int(counts->at(i).trained)});
    return result;
}

} // namespace

TokenCountUpdater::TokenCountUpdater(DatasetStore *store, const QString &workspacePath,
                                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_workspacePath(workspacePath)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250); // typing in a message counts once per pause, not per key
    connect(&m_debounce, &QTimer::timeout, this, &TokenCountUpdater::start);
    connect(&m_watcher, &QFutureWatcher<QList<TokenCounts>>::finished, this,
            &TokenCountUpdater::apply);
    auto mine = [this](qint64 datasetId) {
        if (datasetId == m_datasetId)
            scheduleCount();
    };
    connect(store, &DatasetStore::examplesInserted, this, mine);
    connect(store, &DatasetStore::examplesReset, this, mine);
    connect(store, &DatasetStore::examplesChanged, this, mine);
}

TokenCountUpdater::~TokenCountUpdater()
{
    stop();
}

void TokenCountUpdater::setDataset(qint64 datasetId)
{
    stop();
    m_datasetId = datasetId;
    scheduleCount();
}

void TokenCountUpdater::setEncoding(TokenEncoding encoding)
{
    if (encoding == m_encoding)
        return;
    stop();
    m_encoding = encoding;
    m_recountAll = true;
    scheduleCount();
}

void TokenCountUpdater::scheduleCount()
{
    if (m_datasetId > 0)
        m_debounce.start();
}

void TokenCountUpdater::start()
{
    if (m_watcher.isRunning()) {
        m_debounce.start(); // one count at a time; look again when this one is done
        return;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const bool all = std::exchange(m_recountAll, false);
    m_watcher.setFuture(QtConcurrent::run(countMissing, m_workspacePath, m_datasetId, m_encoding,
                                          all, m_cancelled));
}

void TokenCountUpdater::apply()
{
    if (m_watcher.isCanceled() || (m_cancelled && *m_cancelled))
        return;
    const QList<TokenCounts> counts = m_watcher.result();
    if (counts.size() <= ManyCounts && !m_store->writer()->isBusy()) {
        if (!counts.isEmpty())
            m_store->setTokenCounts(counts);
        Q_EMIT countingFinished(int(counts.size()));
        return;
    }
    // A whole dataset's counts are written by the background writer, after the edits queued
    // before them; the list shows them once they are stored.
    QList<qint64> ids;
    ids.reserve(counts.size());
    for (const TokenCounts &count : counts)
        ids.append(count.exampleId);
    const QPointer<TokenCountUpdater> self(this);
    m_store->writer()->enqueue(
        [counts](const QSqlDatabase &db, QString *error) {
            return ExampleWrites::setTokenCounts(db, counts, error);
        },
        [self, store = m_store, datasetId = m_datasetId, ids](bool ok) {
            if (ok)
                store->announceChanged(datasetId, ids);
            if (self)
                Q_EMIT self->countingFinished(ok ? int(ids.size()) : 0);
        });
}

void TokenCountUpdater::stop()
{
    m_debounce.stop();
    if (m_cancelled)
        *m_cancelled = true;
    m_watcher.waitForFinished();
}
