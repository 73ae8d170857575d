#include "datasetchecker.h"

#include "answerlength.h"
#include "checkcatalog.h"
#include "examplechecker.h"
#include "examplefingerprint.h"

#include "core/dataset/examplejson.h"
#include "core/dataset/linereader.h"

#include <QHash>
#include <QJsonDocument>
#include <QtConcurrent>

namespace {

constexpr int ChunkSize = 256;

void tally(const CheckIssue &issue, ExampleResult *result)
{
    switch (issue.severity) {
    case CheckSeverity::Error:
        ++result->errors;
        break;
    case CheckSeverity::Warning:
        ++result->warnings;
        break;
    case CheckSeverity::Advice:
        ++result->advice;
        break;
    }
}

} // namespace

DatasetChecker::DatasetChecker(const Options &options)
    : m_options(options), m_counter(options.encoding)
{
}

ExampleResult DatasetChecker::checkOne(const CheckInput &input, int position,
                                       CheckIssues *issues, RawExampleCounter &raw) const
{
    ExampleResult result;
    result.id = input.id;
    result.line = input.line;
    result.validation = input.validation;

    // Plain chat examples are counted straight from the line's bytes (no text conversions);
    // when the line is also strictly plain, no check can find anything in it and parsing it
    // is skipped. Everything else is parsed and checked in full. Both paths give the same
    // figures (tst_datasetchecks compares them).
    const std::optional<RawExampleCounter::Result> counted = raw.count(input.json);
    const auto takeCounted = [&] {
        result.readable = true;
        result.totalTokens = counted->total;
        result.trainedTokens = counted->trained;
        result.messages = counted->messages;
        result.outputTokens = counted->lastAnswer;
        result.fingerprint = counted->fingerprint;
    };
    CheckIssues found;
    if (counted && counted->plain) {
        takeCounted();
        if (!counted->hasSystem)
            found.append(ExampleChecker::noSystemMessage());
        if (!counted->hasUser)
            found.append(ExampleChecker::noUserMessage());
    } else {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(input.json, &error);
        if (error.error != QJsonParseError::NoError) {
            const QString reason = LineReader::isValidUtf8(input.json.constData(), input.json.size())
                                       ? error.errorString()
                                       : tr("it is not UTF-8 text");
            found.append(ExampleChecker::invalidJson(reason));
        } else if (!document.isObject()) {
            found = ExampleChecker::check(QJsonValue(document.array()));
        } else {
            const QJsonObject example = document.object();
            found = ExampleChecker::check(example);
            if (counted) {
                takeCounted();
            } else {
                const ChatTokenCount count = m_counter.count(example);
                result.readable = true;
                result.totalTokens = count.total;
                result.trainedTokens = count.trained;
                result.messages = count.messages;
                result.outputTokens = AnswerLength::lastAnswerTokens(example, count, m_counter.tokenizer());
                result.fingerprint = ExampleFingerprint::of(example);
            }
        }
    }
    for (CheckIssue &issue : found) {
        issue.example = position;
        issue.exampleId = input.id;
        issue.line = input.line;
    }
    issues->append(found);
    addTokenIssues(result, position, issues);
    for (const CheckIssue &issue : std::as_const(*issues))
        tally(issue, &result);
    return result;
}

void DatasetChecker::addTokenIssues(const ExampleResult &result, int position,
                                    CheckIssues *issues) const
{
    if (!m_options.trainingContext || result.totalTokens <= *m_options.trainingContext)
        return;
    CheckIssue issue = CheckCatalog::issue(
        QStringLiteral("too_long"),
        tr("This example has %L1 tokens, more than the %L2 the model reads in training: the end will be cut off.")
            .arg(result.totalTokens)
            .arg(*m_options.trainingContext));
    issue.example = position;
    issue.exampleId = result.id;
    issue.line = result.line;
    issues->append(issue);
}

DatasetReport DatasetChecker::run(const QList<CheckInput> &inputs,
                                  const std::atomic_bool *cancelled, const Progress &progress,
                                  QThreadPool *pool) const
{
    DatasetReport report;
    report.model = m_options.model;
    report.encoding = m_options.encoding;
    report.trainingContext = m_options.trainingContext;
    const int total = int(inputs.size());
    report.examples.resize(total);
    QList<CheckIssues> perExample(total);

    QList<int> chunkStarts;
    for (int start = 0; start < total; start += ChunkSize)
        chunkStarts.append(start);
    std::atomic_int done = 0;
    const auto checkChunk = [&](int start) {
        const int end = std::min(total, start + ChunkSize);
        RawExampleCounter raw(m_counter.tokenizer());
        for (int i = start; i < end; ++i) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return;
            report.examples[i] = checkOne(inputs.at(i), i, &perExample[i], raw);
        }
        const int now = done.fetch_add(end - start) + (end - start);
        if (progress)
            progress(now, total);
    };
    QtConcurrent::blockingMap(pool, chunkStarts, checkChunk);
    if (cancelled && cancelled->load()) {
        report.cancelled = true;
        return report;
    }

    CheckIssues datasetIssues;
    addDatasetIssues(report, &datasetIssues, &perExample);
    report.issues = datasetIssues;
    for (int i = 0; i < total; ++i)
        report.issues.append(perExample.at(i));
    for (const CheckIssue &issue : std::as_const(report.issues)) {
        switch (issue.severity) {
        case CheckSeverity::Error:
            ++report.errors;
            break;
        case CheckSeverity::Warning:
            ++report.warnings;
            break;
        case CheckSeverity::Advice:
            ++report.advice;
            break;
        }
    }

    QList<qint64> tokens;
    QList<qint64> messages;
    tokens.reserve(total);
    messages.reserve(total);
    for (const ExampleResult &example : std::as_const(report.examples)) {
        if (example.readable) {
            tokens.append(example.totalTokens);
            messages.append(example.messages);
        }
    }
    report.tokens = TokenStatistics::of(tokens);
    report.messages = TokenStatistics::of(messages);
    return report;
}

void DatasetChecker::addDatasetIssues(DatasetReport &report, CheckIssues *datasetIssues,
                                      QList<CheckIssues> *perExample)
{
    for (const ExampleResult &example : std::as_const(report.examples)) {
        if (example.validation)
            ++report.validationExamples;
        else
            ++report.trainingExamples;
    }
    const int count = report.trainingExamples;
    if (count < MinimumExamples) {
        datasetIssues->append(CheckCatalog::issue(
            QStringLiteral("too_few_examples"),
            tr("There are %Ln training examples; the provider needs at least %1.", nullptr, count)
                .arg(MinimumExamples)));
    } else if (count < RecommendedExamples) {
        datasetIssues->append(CheckCatalog::issue(
            QStringLiteral("few_examples"),
            tr("There are %Ln training examples; 50 to 100 usually give clearly better results.",
               nullptr, count)));
    }

    // Repeated conversations: later copies within a split, and validation copies of training.
    QHash<quint64, int> firstTraining;
    QHash<quint64, int> firstValidation;
    for (int i = 0; i < report.examples.size(); ++i) {
        ExampleResult &example = report.examples[i];
        if (!example.readable || example.fingerprint == 0)
            continue;
        QHash<quint64, int> &seen = example.validation ? firstValidation : firstTraining;
        const auto earlier = seen.constFind(example.fingerprint);
        CheckIssue issue;
        if (earlier != seen.cend()) {
            issue = CheckCatalog::issue(QStringLiteral("duplicate_example"),
                                        tr("This example repeats example %L1.").arg(*earlier + 1));
        } else {
            seen.insert(example.fingerprint, i);
            continue;
        }
        issue.example = i;
        issue.exampleId = example.id;
        issue.line = example.line;
        ++example.warnings;
        (*perExample)[i].append(issue);
    }
    for (int i = 0; i < report.examples.size(); ++i) {
        ExampleResult &example = report.examples[i];
        if (!example.validation || !example.readable || example.fingerprint == 0)
            continue;
        const auto inTraining = firstTraining.constFind(example.fingerprint);
        if (inTraining == firstTraining.cend())
            continue;
        CheckIssue issue = CheckCatalog::issue(
            QStringLiteral("validation_in_training"),
            tr("This test example is also training example %L1, so it cannot show what the model learned.")
                .arg(*inTraining + 1));
        issue.example = i;
        issue.exampleId = example.id;
        issue.line = example.line;
        ++example.warnings;
        (*perExample)[i].append(issue);
    }
}
