#pragma once

#include "core/workspace/datasetexporter.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class DatasetStore;
class QProgressDialog;
class QWidget;

// "Export…": asks where to write, writes the training file and (when the dataset has
// validation examples) the validation file next to it through the core's exporter on a
// worker, and says where the files went.
class ExportController : public QObject
{
    Q_OBJECT

public:
    // Where to write the training file; empty to cancel. Tests replace it.
    using PathChooser = std::function<QString(const QString &suggested)>;

    explicit ExportController(QWidget *parent);
    ~ExportController() override;

    void setStore(DatasetStore *store);
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    void exportDataset(qint64 datasetId);
    bool isRunning() const;
    void waitForFinished();

    // The validation file that goes with a training file: "name.validation.jsonl".
    static QString validationPath(const QString &trainingPath);

Q_SIGNALS:
    void statusMessage(const QString &text);
    // Both files written (validationPath empty when there were no validation examples).
    void exported(const QString &trainingPath, const QString &validationPath);
    void failed(const QString &message);

private:
    QString askPath(const QString &suggested) const;
    void onSplitsCounted();
    void startNext();
    void onFinished(const DatasetExporter::Result &result);
    void report();

    QWidget *m_parent;
    DatasetStore *m_store = nullptr;
    PathChooser m_choosePath;
    DatasetExporter *m_exporter = nullptr;
    QList<DatasetExporter::Request> m_queue;
    QList<DatasetExporter::Result> m_results;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<QHash<QString, int>> m_splitCounts;
    bool m_counting = false;
};
