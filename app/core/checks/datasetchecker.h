#pragma once

#include "datasetreport.h"
#include "rawexamplecounter.h"

#include "core/tokenizer/chattokencounter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <optional>

// One example to check: its JSON text and where it came from.
struct CheckInput
{
    qint64 id = 0;          // workspace id; 0 for a file
    qint64 line = 0;        // 1-based line in the file; 0 for the workspace
    QByteArray json;        // may point into a bigger buffer (QByteArray::fromRawData)
    bool validation = false;
};

// Runs every check over a list of examples and counts their tokens: the work behind the
// check panel, the cost panel and `ajuste validate`. The examples are cut into chunks that
// run on every core of the pool; nothing here touches a widget or the workspace.
class DatasetChecker
{
    Q_DECLARE_TR_FUNCTIONS(DatasetChecker)

public:
    struct Options
    {
        QString model;
        TokenEncoding encoding = TokenEncoding::O200kBase;
        std::optional<int> trainingContext; // no length check when empty
    };
    // Called from worker threads with the number of examples done so far.
    using Progress = std::function<void(int done, int total)>;

    static constexpr int MinimumExamples = 10;
    static constexpr int RecommendedExamples = 50;

    explicit DatasetChecker(const Options &options);

    // Checks the examples in order. When *cancelled becomes true the run stops soon and the
    // report says cancelled.
    DatasetReport run(const QList<CheckInput> &inputs, const std::atomic_bool *cancelled = nullptr,
                      const Progress &progress = {},
                      QThreadPool *pool = QThreadPool::globalInstance()) const;

private:
    ExampleResult checkOne(const CheckInput &input, int position, CheckIssues *issues,
                           RawExampleCounter &raw) const;
    void addTokenIssues(const ExampleResult &result, int position, CheckIssues *issues) const;
    static void addDatasetIssues(DatasetReport &report, CheckIssues *datasetIssues,
                                 QList<CheckIssues> *perExample);

    Options m_options;
    ChatTokenCounter m_counter;
};
