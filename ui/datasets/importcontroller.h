#pragma once

#include "core/workspace/datasetimporter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ColumnMappingDialog;
class DatasetStore;
class ImportSummaryDialog;
class QProgressDialog;
class QWidget;

// Runs imports for the Datasets page: asks for the columns of spreadsheets, runs the
// importer on a worker with a progress bar and Cancel (the window stays responsive), and
// shows a summary with every line left out. The column dialog is window-modal and opened
// with open(), not exec(): no event loop of its own runs inside a call of the page while
// workers report.
class ImportController : public QObject
{
    Q_OBJECT

public:
    // Asks which column is which for a table file; false to skip the file. Tests replace it
    // (without it, a window-modal ColumnMappingDialog asks).
    using MappingChooser = std::function<bool(const QString &path, CsvMapping *mapping)>;

    explicit ImportController(QWidget *parent);
    ~ImportController() override;

    void setStore(DatasetStore *store);
    void setMappingChooser(MappingChooser chooser) { m_chooseMapping = std::move(chooser); }

    QStringList chooseFiles(QWidget *parent) const;
    // Imports the files into the dataset, one after the other; datasetImported follows. With
    // datasetId 0 a dataset called newDatasetName is made, only if the import succeeds.
    // Returns at once; spreadsheets are asked for first (mappingDialog()).
    void importFiles(const QStringList &paths, qint64 datasetId,
                     const QString &newDatasetName = {});
    bool isRunning() const;
    void cancel();

    // The summary of the last import (until it is closed).
    ImportSummaryDialog *summaryDialog() const { return m_summary; }
    // The column dialog being shown, if any.
    ColumnMappingDialog *mappingDialog() const;
    const DatasetImporter::Result &lastResult() const { return m_total; }

Q_SIGNALS:
    void datasetImported(qint64 datasetId);
    void importFinished(const DatasetImporter::Result &result);

private:
    void startNext();
    void onProgress(qint64 done, qint64 total);
    void onFinished(const DatasetImporter::Result &result);
    void finish();
    void askNextMapping();
    void addTable(const QString &path, const CsvMapping &mapping);
    void startImport();

    QWidget *m_parent;
    DatasetStore *m_store = nullptr;
    DatasetImporter *m_importer = nullptr;
    QList<DatasetImporter::Request> m_queue;
    DatasetImporter::Result m_total;
    QPointer<QProgressDialog> m_progress;
    QPointer<ImportSummaryDialog> m_summary;
    QPointer<ColumnMappingDialog> m_mapping;
    QStringList m_toAsk;   // spreadsheets whose columns are still to be chosen
    qint64 m_datasetId = 0; // of the import being prepared
    QString m_newDatasetName;
    bool m_asking = false;
    MappingChooser m_chooseMapping;
    bool m_cancelRequested = false;
};
