#include "checkrunner.h"

#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

CheckRunner::CheckRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

CheckRunner::~CheckRunner()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
    m_pool.waitForDone();
}

bool CheckRunner::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void CheckRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

QList<CheckInput> CheckRunner::readDataset(const QString &path, qint64 datasetId, QString *error)
{
    Workspace::WorkerConnection connection(path);
    if (!connection.isOpen()) {
        *error = tr("The workspace cannot be read to check the dataset: %1").arg(connection.errorText());
        return {};
    }
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, split, json FROM examples WHERE dataset_id = ? ORDER BY position"));
    query.addBindValue(datasetId);
    if (!query.exec()) {
        *error = tr("The examples cannot be read to check them: %1").arg(query.lastError().text());
        return {};
    }
    QList<CheckInput> inputs;
    while (query.next()) {
        CheckInput input;
        input.id = query.value(0).toLongLong();
        input.validation = query.value(1).toString() == DatasetStore::validationSplit();
        input.json = query.value(2).toString().toUtf8();
        inputs.append(input);
    }
    return inputs;
}

void CheckRunner::start(const QString &workspacePath, qint64 datasetId,
                        const DatasetChecker::Options &options)
{
    m_datasetId = datasetId;
    launch([workspacePath, datasetId, options](const std::atomic_bool *cancelled,
                                               const DatasetChecker::Progress &progress) {
        Outcome outcome;
        const QList<CheckInput> inputs = readDataset(workspacePath, datasetId, &outcome.error);
        if (outcome.error.isEmpty())
            outcome.report = DatasetChecker(options).run(inputs, cancelled, progress);
        return outcome;
    });
}

void CheckRunner::start(const QList<CheckInput> &inputs, const DatasetChecker::Options &options)
{
    m_datasetId = 0;
    launch([inputs, options](const std::atomic_bool *cancelled,
                             const DatasetChecker::Progress &progress) {
        Outcome outcome;
        outcome.report = DatasetChecker(options).run(inputs, cancelled, progress);
        return outcome;
    });
}

void CheckRunner::launch(const Work &work)
{
    cancel();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = std::make_unique<QFutureWatcher<Outcome>>();
    connect(m_watcher.get(), &QFutureWatcher<Outcome>::finished, this, &CheckRunner::onDone);
    connect(m_watcher.get(), &QFutureWatcher<Outcome>::progressValueChanged, this,
            [this](int done) { Q_EMIT progress(done, m_watcher->progressMaximum()); });
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [work, flag](QPromise<Outcome> &promise) {
        const DatasetChecker::Progress progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        promise.addResult(work(flag.get(), progress));
    }));
}

void CheckRunner::onDone()
{
    const QFuture<Outcome> future = m_watcher->future();
    if (future.resultCount() == 0) {
        Q_EMIT cancelled();
        return;
    }
    Outcome outcome = future.result();
    if (!outcome.error.isEmpty()) {
        Q_EMIT failed(outcome.error);
        return;
    }
    if (outcome.report.cancelled) {
        Q_EMIT cancelled();
        return;
    }
    m_report = std::move(outcome.report);
    Q_EMIT finished();
}

bool CheckRunner::applyToStore(const DatasetReport &report, DatasetStore *store)
{
    QList<TokenCounts> counts;
    QHash<QString, QList<qint64>> byStatus;
    for (const ExampleResult &example : report.examples) {
        if (example.id == 0)
            continue;
        if (example.readable)
            counts.append({example.id, int(example.totalTokens), int(example.trainedTokens)});
        byStatus[example.status()].append(example.id);
    }
    if (!counts.isEmpty() && !store->setTokenCounts(counts))
        return false;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        if (!store->setStatus(it.value(), it.key()))
            return false;
    }
    return true;
}
