#pragma once

#include <QFuture>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <optional>

class JobStore;
class JobsController;
class QLabel;
class RunComparisonChart;
struct MetricPoint;

// Several jobs' training curves on one chart, to compare datasets and settings: chosen in the
// jobs list (or a job's checkpoints, each compared as its run up to that step). Every run is
// read from the workspace on a worker, so an offline or finished job compares just as well;
// an active job's curve grows as its measurements arrive.
class RunComparisonPage : public QWidget
{
    Q_OBJECT

public:
    // One curve: a job's whole run, or its run up to a checkpoint's step.
    struct Source
    {
        qint64 jobId = 0;
        std::optional<int> upToStep;
        QString checkpointName; // shown after the job's name when comparing a checkpoint
    };

    explicit RunComparisonPage(JobsController *controller, QWidget *parent = nullptr);
    ~RunComparisonPage() override;

    void compare(const QList<Source> &sources);
    void clear();

    RunComparisonChart *chart() const { return m_chart; }
    QList<Source> sources() const;
    // True while some runs are still being read.
    bool isLoading() const;

Q_SIGNALS:
    void backRequested();
    void openJobRequested(qint64 jobId);

private:
    struct Entry
    {
        Source source;
        int key = 0;                       // finds the entry again when its read is done
        int index = -1;                    // the chart's run
        bool loaded = false;               // its stored history is in
        std::optional<int> missedFromStep; // measurements that arrived while it loaded
    };

    QWidget *createHeader();
    QString runName(const Source &source) const;
    void load(const Entry &entry);
    void onLoaded(int key, const QList<MetricPoint> &points);
    void onMetricsAdded(qint64 jobId, int firstStep, int lastStep);
    void waitForReads();
    void updateTitle();

    JobsController *m_controller;
    QPointer<JobStore> m_store;
    QList<Entry> m_entries;
    QList<QFuture<QList<MetricPoint>>> m_reads;
    int m_generation = 0;
    int m_nextKey = 1;
    QLabel *m_title;
    QLabel *m_subtitle;
    RunComparisonChart *m_chart;
};
