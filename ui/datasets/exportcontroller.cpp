#include "exportcontroller.h"

#include "core/workspace/datasetstore.h"
#include "core/workspace/examplequeries.h"
#include "core/workspace/workspace.h"
#include "ui/common/messages.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

ExportController::ExportController(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{
    connect(&m_splitCounts, &QFutureWatcher<QHash<QString, int>>::finished, this,
            &ExportController::onSplitsCounted);
}

ExportController::~ExportController()
{
    if (m_exporter && m_exporter->isRunning()) {
        m_exporter->cancel();
        m_exporter->waitForFinished();
    }
}

void ExportController::setStore(DatasetStore *store)
{
    if (m_exporter) {
        m_exporter->cancel();
        m_exporter->waitForFinished();
        delete m_exporter;
        m_exporter = nullptr;
    }
    m_queue.clear();
    m_counting = false;
    delete m_progress;
    m_store = store;
    if (!store)
        return;
    m_exporter = new DatasetExporter(store->workspace()->path(), this);
    connect(m_exporter, &DatasetExporter::finished, this, &ExportController::onFinished);
    connect(m_exporter, &DatasetExporter::progressChanged, this, [this](qint64 done, qint64 total) {
        if (m_progress) {
            m_progress->setMaximum(int(std::max<qint64>(total, 1)));
            m_progress->setValue(int(std::min(done, total)));
        }
    });
}

bool ExportController::isRunning() const
{
    return m_exporter && (m_counting || m_exporter->isRunning() || !m_queue.isEmpty());
}

void ExportController::waitForFinished()
{
    // Each finished export starts the next through a queued signal: let those run.
    while (isRunning()) {
        if (m_splitCounts.isRunning())
            m_splitCounts.waitForFinished();
        if (m_exporter->isRunning())
            m_exporter->waitForFinished();
        QCoreApplication::processEvents();
    }
}

QString ExportController::validationPath(const QString &trainingPath)
{
    const QFileInfo info(trainingPath);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("jsonl") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".validation.") + suffix);
}

QString ExportController::askPath(const QString &suggested) const
{
    if (m_choosePath)
        return m_choosePath(suggested);
    return QFileDialog::getSaveFileName(m_parent, tr("Export Examples"), suggested,
                                        tr("Training files (*.jsonl);;All files (*)"));
}

void ExportController::exportDataset(qint64 datasetId)
{
    if (!m_exporter || !datasetId || isRunning())
        return;
    const DatasetInfo info = m_store->dataset(datasetId);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = askPath(QDir(documents).filePath(info.name + QStringLiteral(".jsonl")));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".jsonl");
    m_results.clear();
    m_queue.clear();
    m_queue.append({datasetId, DatasetStore::trainSplit(), path});
    // Whether there is a validation file to write is counted off the GUI thread.
    m_counting = true;
    m_splitCounts.setFuture(
        ExampleQueries::splitCountsAsync(nullptr, m_store->workspace()->path(), datasetId));
}

void ExportController::onSplitsCounted()
{
    if (!m_counting || m_queue.isEmpty())
        return;
    m_counting = false;
    const DatasetExporter::Request training = m_queue.first();
    if (m_splitCounts.result().value(DatasetStore::validationSplit()) > 0)
        m_queue.append({training.datasetId, DatasetStore::validationSplit(),
                        validationPath(training.outPath)});
    m_progress = new QProgressDialog(tr("Writing the examples…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_queue.clear();
        m_exporter->cancel();
    });
    startNext();
}

void ExportController::startNext()
{
    const DatasetExporter::Request request = m_queue.takeFirst();
    if (!m_exporter->start(request)) {
        m_queue.clear();
        onFinished({false, 0, request.outPath, tr("Ajuste could not start writing the file.")});
    }
}

void ExportController::onFinished(const DatasetExporter::Result &result)
{
    m_results.append(result);
    if (result.ok && !m_queue.isEmpty()) {
        startNext();
        return;
    }
    m_queue.clear();
    if (m_progress)
        m_progress->close();
    report();
}

void ExportController::report()
{
    for (const DatasetExporter::Result &result : std::as_const(m_results)) {
        if (!result.ok) {
            const QString message =
                result.error.isEmpty() ? tr("The export was cancelled; no file was written.")
                                       : result.error;
            Q_EMIT failed(message);
            Messages::warning(m_parent, message);
            return;
        }
    }
    const DatasetExporter::Result &training = m_results.first();
    QString text = tr("Wrote %n training example(s) to “%1”.", nullptr, int(training.examples))
                       .arg(QDir::toNativeSeparators(training.outPath));
    QString validation;
    if (m_results.size() > 1) {
        validation = m_results.at(1).outPath;
        text += QLatin1Char(' ')
                + tr("Wrote %n validation example(s) to “%1”.", nullptr,
                     int(m_results.at(1).examples))
                      .arg(QDir::toNativeSeparators(validation));
    }
    Q_EMIT statusMessage(text);
    Q_EMIT exported(training.outPath, validation);
    Messages::information(m_parent, text);
}
