// `ajuste validate` speed on a generated dataset (default 100,000 examples): reading and
// cutting the file into lines, JSON parsing alone, token counting alone, and the whole check
// (parse, every check, exact token counts, duplicates, statistics, cost) on every core.
// Prints each step's median wall time over --runs runs, and the CPU time of the whole check.
//   bench_validate [--examples N] [--runs R] [--file FILE] [--model MODEL]
#include "datasetgenerator.h"

#include "core/checks/checkfile.h"
#include "core/checks/costestimator.h"
#include "core/checks/datasetchecker.h"
#include "core/checks/examplechecker.h"
#include "core/checks/pricetable.h"
#include "core/tokenizer/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtConcurrent>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Runs step runs times; prints the median wall time (ms) and, for the last run, CPU time.
void measure(const QString &name, int runs, const std::function<void()> &step)
{
    QList<double> times;
    double cpu = 0;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t cpuStart = std::clock();
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
    }
    out() << QStringLiteral("%1  median %2 ms  (cpu %3 ms)\n")
                 .arg(name.leftJustified(34))
                 .arg(median(times), 8, 'f', 1)
                 .arg(cpu, 8, 'f', 1);
    out().flush();
}

// Parses every line on every core, as the checker does, then does one more step on the
// object (nothing, the checks, or the token count) to show each step's share.
void parseAll(const QList<CheckInput> &inputs,
              const std::function<void(const QJsonObject &)> &then = {})
{
    QList<int> starts;
    for (int start = 0; start < inputs.size(); start += 256)
        starts.append(start);
    QtConcurrent::blockingMap(starts, [&](int start) {
        const int end = std::min<int>(int(inputs.size()), start + 256);
        for (int i = start; i < end; ++i) {
            const QJsonDocument document = QJsonDocument::fromJson(inputs.at(i).json);
            if (then)
                then(document.object());
        }
    });
}

// Counts the tokens of every line's raw text on every core: the tokenizer's share.
void countAll(const QList<CheckInput> &inputs, const Tokenizer &tokenizer)
{
    QList<int> starts;
    for (int start = 0; start < inputs.size(); start += 256)
        starts.append(start);
    std::atomic<qint64> total = 0;
    QtConcurrent::blockingMap(starts, [&](int start) {
        const int end = std::min<int>(int(inputs.size()), start + 256);
        qint64 sum = 0;
        for (int i = start; i < end; ++i)
            sum += tokenizer.countUtf8(inputs.at(i).json);
        total += sum;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption examplesOption(QStringLiteral("examples"), QStringLiteral("Examples."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per step."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Check this file instead of a generated one."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Model."),
                                         QStringLiteral("MODEL"),
                                         QStringLiteral("gpt-4o-mini-2024-07-18"));
    parser.addOptions({examplesOption, runsOption, fileOption, modelOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString path = parser.value(fileOption);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("generated.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        DatasetGenerator(1).write(&file, parser.value(examplesOption).toLongLong());
    }
    out() << QStringLiteral("file %1: %2 MB, %3 threads\n")
                 .arg(path)
                 .arg(double(QFile(path).size()) / 1e6, 0, 'f', 1)
                 .arg(QThreadPool::globalInstance()->maxThreadCount());

    const PriceTable prices = PriceTable::load(QString());
    const ModelPrice price = prices.find(parser.value(modelOption)).value_or(ModelPrice{});
    DatasetChecker::Options options;
    options.model = price.model;
    options.encoding = tokenEncodingFromName(price.encoding).value_or(TokenEncoding::O200kBase);
    options.trainingContext = price.trainingContext;
    const Tokenizer tokenizer(options.encoding);

    CheckFile file;
    measure(QStringLiteral("read and cut into lines"), runs, [&] { file.open(path); });
    out() << QStringLiteral("examples: %1\n").arg(file.inputs().size());
    measure(QStringLiteral("JSON parse only (all cores)"), runs, [&] { parseAll(file.inputs()); });
    measure(QStringLiteral("parse + checks (all cores)"), runs, [&] {
        parseAll(file.inputs(), [](const QJsonObject &example) { (void)ExampleChecker::check(example); });
    });
    const ChatTokenCounter counter(options.encoding);
    measure(QStringLiteral("parse + chat token count (all cores)"), runs, [&] {
        parseAll(file.inputs(), [&](const QJsonObject &example) { (void)counter.count(example); });
    });
    measure(QStringLiteral("tokens of raw lines (all cores)"), runs,
            [&] { countAll(file.inputs(), tokenizer); });
    qint64 billed = 0;
    measure(QStringLiteral("validate: read, check, count, cost"), runs, [&] {
        CheckFile input;
        input.open(path);
        const DatasetReport report = DatasetChecker(options).run(input.inputs());
        billed = CostEstimator::estimate(report.costInput(), price).billedTokens;
    });
    out() << QStringLiteral("billed tokens: %1\n").arg(billed);
    return 0;
}
