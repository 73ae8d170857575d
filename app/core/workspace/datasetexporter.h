#pragma once

#include "workspacetask.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <functional>

// Writes the examples of a dataset (all, or one split) as a JSONL training file ready for
// upload, off the GUI thread, through its own connection. The file is written with
// QSaveFile: it appears complete or not at all.
//
// Each example is written as stored: exactly the imported line when it was never edited
// (so unknown fields and number formatting survive), otherwise its edited JSON. Preference
// examples that use the older names "preferred_completion" / "non_preferred_completion" are
// written with the current "preferred_output" / "non_preferred_output".
class DatasetExporter : public WorkspaceTask
{
    Q_OBJECT

public:
    struct Request
    {
        qint64 datasetId = 0;
        QString split; // "train", "validation", or empty for every example
        QString outPath;
    };

    struct Result
    {
        bool ok = false;
        qint64 examples = 0;
        QString outPath;
        QString error; // for the user
    };

    explicit DatasetExporter(const QString &workspacePath, QObject *parent = nullptr);

    // Progress counts examples written of the examples to write.
    bool start(const Request &request);

    static Result run(const QString &workspacePath, const Request &request,
                      const std::atomic_bool *cancelled = nullptr, const Progress &progress = {});

Q_SIGNALS:
    void finished(const DatasetExporter::Result &result);

private:
    QFutureWatcher<Result> m_watcher;
};
