// `ajuste validate` speed on a generated dataset (default 100,000 examples): reading and
// cutting the file into lines, JSON parsing alone, token counting alone, and the whole check
// (parse, every check, exact token counts, duplicates, statistics, cost) on every core.
// Prints each step's median wall time over --runs runs, and the CPU time of the whole check.
// Then the reference, in the same run: the `ajuste validate` program against Python's
// format-only check (format_check.py, the cookbook's checks), each as a whole process.
//   bench_validate [--examples N] [--runs R] [--file FILE] [--model MODEL]
#include "datasetgenerator.h"

#include "core/checks/checkfile.h"
#include "core/checks/costestimator.h"
#include "core/checks/datasetchecker.h"
#include "core/checks/examplechecker.h"
#include "core/checks/pricetable.h"
#include "core/checks/rawexamplecounter.h"
#include "core/tokenizer/tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
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

// Calls work(begin, end) for every chunk of 256 lines, on every core, as the checker does.
void onEveryCore(const QList<CheckInput> &inputs, const std::function<void(int, int)> &work)
{
    QList<int> starts;
    for (int start = 0; start < inputs.size(); start += 256)
        starts.append(start);
    QtConcurrent::blockingMap(starts, [&](int start) {
        work(start, std::min<int>(int(inputs.size()), start + 256));
    });
}

// Parses every line, then does one more step on the object (nothing, the checks, or the
// token count) to show each step's share.
void parseAll(const QList<CheckInput> &inputs,
              const std::function<void(const QJsonObject &)> &then = {})
{
    onEveryCore(inputs, [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            const QJsonDocument document = QJsonDocument::fromJson(inputs.at(i).json);
            if (then)
                then(document.object());
        }
    });
}

// Counts the tokens of every line's raw text: the tokenizer's share.
void countAll(const QList<CheckInput> &inputs, const Tokenizer &tokenizer)
{
    std::atomic<qint64> total = 0;
    onEveryCore(inputs, [&](int begin, int end) {
        qint64 sum = 0;
        for (int i = begin; i < end; ++i)
            sum += tokenizer.countUtf8(inputs.at(i).json);
        total += sum;
    });
}

// The raw example counter alone on every line: the JSON decoding that validate does without
// QJsonDocument, plus the token counts of the texts it reads. Returns how many lines it
// declined (left to the parsed path).
qint64 rawCountAll(const QList<CheckInput> &inputs, const Tokenizer &tokenizer)
{
    std::atomic<qint64> declined = 0;
    onEveryCore(inputs, [&](int begin, int end) {
        RawExampleCounter counter(tokenizer);
        for (int i = begin; i < end; ++i) {
            if (!counter.count(inputs.at(i).json))
                ++declined;
        }
    });
    return declined.load();
}

// Runs a program to its end; false (with its error output) when it failed.
bool runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit) {
        out() << QStringLiteral("%1 did not finish: %2\n").arg(program, process.errorString());
        return false;
    }
    process.readAllStandardOutput();
    return true;
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
    qint64 declined = 0;
    measure(QStringLiteral("raw example counter (all cores)"), runs,
            [&] { declined = rawCountAll(file.inputs(), tokenizer); });
    out() << QStringLiteral("  lines the raw counter left to the parsed path: %1\n").arg(declined);
    qint64 billed = 0;
    measure(QStringLiteral("validate: read, check, count, cost"), runs, [&] {
        CheckFile input;
        input.open(path);
        const DatasetReport report = DatasetChecker(options).run(input.inputs());
        billed = CostEstimator::estimate(report.costInput(), price).billedTokens;
    });
    out() << QStringLiteral("billed tokens: %1\n").arg(billed);

    // The reference: whole programs, as a person runs them, interleaved run by run so both
    // meet the same machine. validate exits 1 when it finds problems: that is not a failure.
    out() << QStringLiteral("\nreference, whole processes on the same file:\n");
    const QString model = parser.value(modelOption);
    bool ok = true;
    QList<double> ajusteMs, pythonMs;
    for (int i = 0; i < runs && ok; ++i) {
        QElapsedTimer timer;
        timer.start();
        ok = runProgram(QStringLiteral(AJUSTE_PROGRAM),
                        {QStringLiteral("validate"), QStringLiteral("--json"),
                         QStringLiteral("--model"), model, path});
        ajusteMs.append(double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        ok = ok && runProgram(QStringLiteral("python3"), {QStringLiteral(FORMAT_CHECK_SCRIPT), path});
        pythonMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!ok)
        return 2;
    const double ajuste = median(ajusteMs), python = median(pythonMs);
    const auto line = [](const char *what, double ms) {
        out() << QStringLiteral("%1  median %2 ms\n")
                     .arg(QLatin1String(what), -48)
                     .arg(ms, 8, 'f', 1);
    };
    line("ajuste validate (every check, tokens, cost)", ajuste);
    line("python3 format_check.py (format only)", python);
    out() << QStringLiteral("ajuste / python: %1 (goal: at most 0.50)\n").arg(ajuste / python, 0, 'f', 2);
    return 0;
}
