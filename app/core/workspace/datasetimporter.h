#pragma once

#include "workspacetask.h"

#include "core/dataset/importparser.h"
#include "core/dataset/importsummary.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>

class DatasetStore;

// Imports files into a dataset of a workspace, off the GUI thread.
//
// One thread reads and converts the file while another writes to the workspace through its
// own connection, in transactions of a few thousand examples. Memory stays bounded: two
// batches at most are in flight, whatever the file's size.
//
// All or nothing: examples are written to a hidden staging dataset and only become part of
// the target when the whole import succeeded (one short final transaction). A cancelled or
// failed import, or one cut short by a crash, leaves the workspace as it was (the staging
// rows are deleted at once, or — after a crash — by DatasetStore the next time the workspace
// is opened: the import's lock file tells that its process is gone, see ImportStaging).
// A successful import ends with a passive checkpoint, so the main file is rarely far behind
// its write-ahead log.
// Rejected entries are stored in import_rejections with the target dataset.
class DatasetImporter : public WorkspaceTask
{
    Q_OBJECT

public:
    struct Request
    {
        QStringList files;
        qint64 datasetId = 0;   // import into this dataset, or...
        QString newDatasetName; // ...create a dataset with this name (made unique) for it
        ImportOptions options;
    };

    struct Result
    {
        qint64 datasetId = 0;
        bool createdDataset = false;
        ImportSummary summary;      // all files together
        QList<ImportSummary> files; // one per file, in order
        bool ok = false;            // false when cancelled, when no file could be read (see
                                    // files[i].error) or when the workspace failed (error)
        QString error;              // for the user, when the workspace failed
    };

    explicit DatasetImporter(const QString &workspacePath, QObject *parent = nullptr);

    // Tells this store's views about the new examples when an import finishes.
    void setStore(DatasetStore *store) { m_store = store; }

    // Starts an import on a worker thread; finished() follows. One import at a time.
    // Progress counts bytes read of all the files' bytes.
    bool start(const Request &request);

    // Runs an import on the calling thread (command line, tests, the worker itself).
    static Result run(const QString &workspacePath, const Request &request,
                      const std::atomic_bool *cancelled = nullptr, const Progress &progress = {});

Q_SIGNALS:
    void finished(const DatasetImporter::Result &result);

private:
    void onFinished();

    DatasetStore *m_store = nullptr;
    QFutureWatcher<Result> m_watcher;
};
