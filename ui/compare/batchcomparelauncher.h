#pragma once

#include "ui/shell/appcontext.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BatchCompareDialog;
class QWidget;

// Opens Batch compare for the open workspace: from the Datasets page with the examples chosen
// there ("Compare models on these examples…"), or empty (from the Playground's toolbar). One
// dialog at a time, beside the window (not modal); it closes when the workspace changes.
class BatchCompareLauncher : public QObject
{
    Q_OBJECT

public:
    BatchCompareLauncher(const AppContext &context, QWidget *window);
    ~BatchCompareLauncher() override;

    BatchCompareDialog *dialog() const;

public Q_SLOTS:
    // The dataset's validation examples chosen as the prompts.
    void open();
    void openForDataset(qint64 datasetId);
    // These examples of a dataset as the prompts (none: its validation examples).
    void openForExamples(qint64 datasetId, const QList<qint64> &exampleIds);
    void close();

private:
    BatchCompareDialog *ensureDialog();

    AppContext m_context;
    QWidget *m_window;
    QPointer<BatchCompareDialog> m_dialog;
};
