// Dataset studio speed on a generated dataset (default 100,000 examples, ~70 MB): import into
// a new workspace, reopen it to a filled list window, text filters over all messages, export.
// Prints each step's median over --runs runs and the peak memory (VmHWM) of the import.
// Then the same examples as one JSON array: cutting it into elements with the streaming
// JsonArrayReader, and with simdjson's On-Demand parser (which needs the whole file in
// memory), each with its peak memory.
//   bench_dataset [--examples N] [--runs R] [--file FILE] [--keep DIR]
#include "core/dataset/jsonarrayreader.h"
#include "core/workspace/datasetexporter.h"
#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "datasetgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

#include <simdjson.h>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Peak resident memory of this process in MB (Linux only: this is a benchmark, not product).
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Processor time of the whole process (all threads), in ms: on a shared machine the wall
// time depends on the neighbours, this does not.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char *step, const QList<double> &ms, const QList<double> &cpu, const char *goal)
{
    QStringList all;
    for (const double v : ms)
        all.append(QString::number(v, 'f', 1));
    out() << QStringLiteral("%1 median %2 ms wall, %3 ms processor (runs: %4) goal %5\n")
                 .arg(QString::fromLatin1(step).leftJustified(26))
                 .arg(median(ms), 0, 'f', 1)
                 .arg(median(cpu), 0, 'f', 1)
                 .arg(all.join(QStringLiteral(", ")), QLatin1String(goal));
    out().flush();
}

// Writes the JSONL file's lines as one JSON array, an element per line.
bool writeArray(const QString &jsonl, const QString &array)
{
    QFile in(jsonl), out(array);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return false;
    out.write("[\n");
    bool first = true;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        if (!first)
            out.write(",\n");
        out.write(line);
        first = false;
    }
    out.write("\n]\n");
    return true;
}

qint64 elementsByReader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    JsonArrayReader reader(&file);
    SourceRecord record;
    qint64 bytes = 0, count = 0;
    while (reader.next(&record)) {
        bytes += record.text.size();
        ++count;
    }
    return bytes > 0 ? count : -1;
}

qint64 elementsBySimdjson(const QString &path)
{
    simdjson::padded_string json;
    if (simdjson::padded_string::load(path.toStdString()).get(json))
        return -1;
    simdjson::ondemand::parser parser;
    simdjson::ondemand::document document;
    simdjson::ondemand::array array;
    if (parser.iterate(json).get(document) || document.get_array().get(array))
        return -1;
    qint64 bytes = 0, count = 0;
    for (auto element : array) {
        simdjson::ondemand::object object;
        std::string_view text;
        if (element.get_object().get(object) || object.raw_json().get(text))
            return -1;
        const QByteArray copy(text.data(), qsizetype(text.size())); // as the importer needs it
        bytes += copy.size();
        ++count;
    }
    return bytes > 0 ? count : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption examplesOption(QStringLiteral("examples"), QStringLiteral("N"),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("R"),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("input"),
                                        QStringLiteral("FILE"));
    parser.addOptions({examplesOption, runsOption, fileOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString input = parser.value(fileOption);
    if (input.isEmpty()) {
        input = dir.filePath(QStringLiteral("generated.jsonl"));
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        DatasetGenerator(1).write(&file, parser.value(examplesOption).toLongLong());
    }
    out() << QStringLiteral("input %1: %2 MB\n")
                 .arg(input)
                 .arg(QFileInfo(input).size() / 1e6, 0, 'f', 1);

    QList<double> importMs, reopenMs, filterMs, exportMs, peaks;
    QList<double> importCpu, reopenCpu, filterCpu, exportCpu;
    qint64 imported = 0;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("bench%1.ajuste").arg(run));
        Workspace::Error error;
        qint64 datasetId = 0;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            if (!workspace) {
                out() << error.message << '\n';
                return 2;
            }
            resetPeak();
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuMs();
            DatasetImporter::Request request;
            request.files = {input};
            request.newDatasetName = QStringLiteral("bench");
            const DatasetImporter::Result result = DatasetImporter::run(path, request);
            importMs.append(timer.nsecsElapsed() / 1e6);
            importCpu.append(cpuMs() - cpu);
            peaks.append(peakMegabytes());
            if (!result.ok) {
                out() << result.error << '\n';
                return 2;
            }
            imported = result.summary.examples;
            datasetId = result.datasetId;
        }
        {
            // Reopen: open the file, list datasets, count and fetch the first window of rows,
            // as the example list does when the window opens.
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuMs();
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            DatasetStore store(workspace.get());
            const QList<DatasetInfo> datasets = store.datasets();
            const int count = store.exampleCount(datasets.first().id);
            const QList<ExampleRow> rows = store.rows(datasets.first().id, 0, 100);
            reopenMs.append(timer.nsecsElapsed() / 1e6);
            reopenCpu.append(cpuMs() - cpu);
            if (count != imported || rows.size() != 100) {
                out() << "reopen gave a wrong list\n";
                return 2;
            }
            for (const char *needle :
                 {"manaus", "previsão do tempo", "👩‍💻", "zzzz-nothing", "select nome"}) {
                ExampleFilter filter;
                filter.text = QString::fromUtf8(needle);
                QElapsedTimer filterTimer;
                filterTimer.start();
                const double filterCpuStart = cpuMs();
                const QList<qint64> ids = store.exampleIds(datasetId, filter);
                filterMs.append(filterTimer.nsecsElapsed() / 1e6);
                filterCpu.append(cpuMs() - filterCpuStart);
                if (run == 0)
                    out() << QStringLiteral("  filter “%1”: %2 matches\n")
                                 .arg(filter.text)
                                 .arg(ids.size());
            }
        }
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        const DatasetExporter::Result exported = DatasetExporter::run(
            path, {datasetId, {}, dir.filePath(QStringLiteral("export.jsonl"))});
        exportMs.append(timer.nsecsElapsed() / 1e6);
        exportCpu.append(cpuMs() - cpu);
        if (!exported.ok || exported.examples != imported) {
            out() << "export failed: " << exported.error << '\n';
            return 2;
        }
        QFile::remove(path);
    }
    out() << QStringLiteral("%1 examples imported\n").arg(imported);
    report("import", importMs, importCpu, "<= 2000 ms");
    out() << QStringLiteral("%1 median %2 MB goal <= 300 MB\n")
                 .arg(QStringLiteral("peak memory (import)").leftJustified(26))
                 .arg(median(peaks), 0, 'f', 1);
    report("reopen to a filled list", reopenMs, reopenCpu, "<= 500 ms");
    report("text filter", filterMs, filterCpu, "<= 100 ms");
    report("export", exportMs, exportCpu, "<= 1000 ms");

    const QString arrayPath = dir.filePath(QStringLiteral("generated.json"));
    if (!writeArray(input, arrayPath))
        return 2;
    const auto measureSplit = [&](const char *step, const std::function<qint64()> &split) {
        QList<double> ms, cpu, peak;
        for (int run = 0; run < runs; ++run) {
            resetPeak();
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            const qint64 elements = split();
            ms.append(timer.nsecsElapsed() / 1e6);
            cpu.append(cpuMs() - cpuStart);
            peak.append(peakMegabytes());
            if (elements != imported) {
                out() << step << " found " << elements << " elements\n";
                return false;
            }
        }
        report(step, ms, cpu, "(reference pair)");
        out() << QStringLiteral("%1 median %2 MB\n")
                     .arg(QStringLiteral("  peak memory").leftJustified(26))
                     .arg(median(peak), 0, 'f', 1);
        return true;
    };
    out() << QStringLiteral("the same examples as one JSON array (%1 MB), cut into elements:\n")
                 .arg(QFileInfo(arrayPath).size() / 1e6, 0, 'f', 1);
    if (!measureSplit("JsonArrayReader", [&] { return elementsByReader(arrayPath); })
        || !measureSplit("simdjson On-Demand", [&] { return elementsBySimdjson(arrayPath); }))
        return 2;
    return 0;
}
