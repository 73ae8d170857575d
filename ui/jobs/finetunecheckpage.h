#pragma once

#include "core/checks/datasetchecker.h"
#include "core/checks/datasetreport.h"

#include <QWidget>

class CheckRunner;
class DatasetStore;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

// The second step of Start fine-tune: the dataset's checks (the same as Check Dataset), run on
// a worker. Errors block the launch — the provider would refuse the file — with a button that
// shows the examples at fault in the dataset studio; warnings are listed and do not block.
class FineTuneCheckPage : public QWidget
{
    Q_OBJECT

public:
    explicit FineTuneCheckPage(DatasetStore *datasets, QWidget *parent = nullptr);

    // Checks the dataset for the model (its encoding and training context).
    void start(const QString &workspacePath, qint64 datasetId,
               const DatasetChecker::Options &options);
    void cancel();
    bool isRunning() const;
    bool isDone() const { return m_done; }
    // Done, and nothing the provider would refuse.
    bool allowsLaunch() const { return m_done && !m_report.hasErrors(); }
    const DatasetReport &report() const { return m_report; }
    qint64 datasetId() const { return m_datasetId; }

    QPushButton *showExamplesButton() const { return m_showExamples; }
    QListWidget *issueList() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void finished();
    // The user wants to see and fix these examples in the dataset studio.
    void showExamplesRequested(qint64 datasetId, const QList<qint64> &exampleIds);

private:
    void onFinished();
    QList<qint64> examplesWithErrors() const;
    QString countsText() const;

    DatasetStore *m_datasets;
    CheckRunner *m_runner;
    DatasetReport m_report;
    qint64 m_datasetId = 0;
    bool m_done = false;
    QLabel *m_summary;
    QLabel *m_counts;
    QWidget *m_stretch; // keeps the texts at the top when there is no list
    QProgressBar *m_progress;
    QListWidget *m_issues;
    QPushButton *m_showExamples;
};
