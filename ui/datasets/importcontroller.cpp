#include "importcontroller.h"

#include "columnmappingdialog.h"
#include "core/dataset/datasetformat.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "importsummarydialog.h"
#include "ui/common/messages.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

namespace {
// Progress is reported in bytes; the bar counts in kilobytes to stay inside an int.
constexpr qint64 ProgressUnit = 1024;
} // namespace

ImportController::ImportController(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

ImportController::~ImportController()
{
    if (m_importer && m_importer->isRunning()) {
        m_importer->cancel();
        m_importer->waitForFinished();
    }
}

void ImportController::setStore(DatasetStore *store)
{
    if (m_importer) {
        m_importer->cancel();
        m_importer->waitForFinished();
        delete m_importer;
        m_importer = nullptr;
    }
    m_queue.clear();
    m_toAsk.clear();
    m_asking = false;
    delete m_mapping;
    delete m_progress;
    m_store = store;
    if (!store)
        return;
    m_importer = new DatasetImporter(store->workspace()->path(), this);
    m_importer->setStore(store);
    connect(m_importer, &DatasetImporter::progressChanged, this, &ImportController::onProgress);
    connect(m_importer, &DatasetImporter::finished, this, &ImportController::onFinished);
}

QStringList ImportController::chooseFiles(QWidget *parent) const
{
    const QString filter =
        tr("Examples (*.jsonl *.json *.csv *.tsv *.txt);;Chat or preference examples (*.jsonl "
           "*.json);;Spreadsheets (*.csv *.tsv);;All files (*)");
    return QFileDialog::getOpenFileNames(
        parent, tr("Import Examples"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

ColumnMappingDialog *ImportController::mappingDialog() const
{
    return m_mapping;
}

bool ImportController::isRunning() const
{
    return m_importer && (m_asking || m_importer->isRunning() || !m_queue.isEmpty());
}

void ImportController::cancel()
{
    m_cancelRequested = true;
    m_queue.clear();
    m_toAsk.clear();
    m_asking = false;
    if (m_mapping)
        m_mapping->close();
    if (m_importer)
        m_importer->cancel();
}

void ImportController::importFiles(const QStringList &paths, qint64 datasetId,
                                   const QString &newDatasetName)
{
    if (!m_importer || paths.isEmpty())
        return;
    if (isRunning()) {
        Messages::information(m_parent, tr("An import is already running. Wait until it "
                                           "finishes, then import these files."));
        return;
    }
    // JSON files go together; each spreadsheet goes alone, with the columns the user chose.
    m_queue.clear();
    m_toAsk.clear();
    m_datasetId = datasetId;
    m_newDatasetName = newDatasetName;
    DatasetImporter::Request json;
    json.datasetId = datasetId;
    for (const QString &path : paths) {
        if (DatasetFormat::fromFileName(path) == DatasetFormat::Csv)
            m_toAsk.append(path);
        else
            json.files.append(path);
    }
    if (!json.files.isEmpty())
        m_queue.append(json);
    m_asking = true;
    askNextMapping();
}

void ImportController::askNextMapping()
{
    while (m_asking && !m_toAsk.isEmpty()) {
        const QString path = m_toAsk.takeFirst();
        if (m_chooseMapping) {
            CsvMapping mapping;
            if (m_chooseMapping(path, &mapping))
                addTable(path, mapping);
            continue;
        }
        auto dialog = new ColumnMappingDialog(path, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog, path](int result) {
            if (result == QDialog::Accepted)
                addTable(path, dialog->mapping());
            askNextMapping();
        });
        m_mapping = dialog;
        dialog->open(); // window-modal; the answer comes back through finished()
        return;
    }
    if (!m_asking)
        return; // cancelled meanwhile
    m_asking = false;
    startImport();
}

void ImportController::addTable(const QString &path, const CsvMapping &mapping)
{
    DatasetImporter::Request table;
    table.datasetId = m_datasetId;
    table.files = {path};
    table.options.format = DatasetFormat::Csv;
    table.options.guessCsvMapping = false;
    table.options.csv = mapping;
    m_queue.append(table);
}

void ImportController::startImport()
{
    if (m_queue.isEmpty())
        return;
    if (!m_datasetId)
        m_queue.first().newDatasetName = m_newDatasetName;
    m_total = {};
    m_cancelRequested = false;
    m_total.datasetId = m_datasetId;
    m_total.ok = true;

    m_progress = new QProgressDialog(tr("Importing examples…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);
    startNext();
}

void ImportController::startNext()
{
    const DatasetImporter::Request request = m_queue.takeFirst();
    if (m_progress) {
        m_progress->setLabelText(
            tr("Importing “%1”…").arg(QFileInfo(request.files.first()).fileName()));
        m_progress->setValue(0);
    }
    if (!m_importer->start(request)) {
        m_total.ok = false;
        m_total.error = tr("Ajuste could not start the import.");
        finish();
    }
}

void ImportController::onProgress(qint64 done, qint64 total)
{
    if (!m_progress)
        return;
    m_progress->setMaximum(int(std::max<qint64>(1, total / ProgressUnit)));
    m_progress->setValue(int(std::min(done, total) / ProgressUnit));
}

void ImportController::onFinished(const DatasetImporter::Result &result)
{
    m_total.summary.add(result.summary);
    // A cancel that arrives before the first file is opened comes back as a plain failure.
    m_total.summary.cancelled = m_total.summary.cancelled || result.summary.cancelled
                                || (m_cancelRequested && !result.ok);
    m_total.files += result.files;
    m_total.ok = m_total.ok && result.ok;
    if (!result.error.isEmpty())
        m_total.error = result.error;
    if (result.datasetId) {
        m_total.datasetId = result.datasetId;
        // The first file made the dataset; the next ones go into it.
        for (DatasetImporter::Request &next : m_queue) {
            next.datasetId = result.datasetId;
            next.newDatasetName.clear();
        }
    }
    m_total.createdDataset = m_total.createdDataset || result.createdDataset;
    if (!result.ok || m_queue.isEmpty()) {
        m_queue.clear();
        finish();
        return;
    }
    startNext();
}

void ImportController::finish()
{
    if (m_progress)
        m_progress->close();
    if (m_total.datasetId)
        Q_EMIT datasetImported(m_total.datasetId);
    Q_EMIT importFinished(m_total);
    delete m_summary;
    m_summary = new ImportSummaryDialog(m_total, m_parent);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    m_summary->open();
}
