// Parsing speed of what arrives from providers: a streamed chat answer (server-sent events in
// network-sized pieces) and a result-metrics CSV (base64-encoded, as OpenAI may serve it).
// Prints the median of --runs runs; registered with the `bench` label, never run as a test.
#include "api/client/chatstreamassembler.h"

#include "core/jobs/resultmetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {
QByteArray chatStream(int deltas)
{
    QByteArray stream;
    for (int i = 0; i < deltas; ++i)
        stream += R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"palavra )"
                  + QByteArray::number(i) + "\"},\"finish_reason\":null}]}\n\n";
    stream += R"(data: {"id":"chatcmpl-1","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}})" "\n\n";
    stream += "data: [DONE]\n\n";
    return stream;
}

QByteArray resultCsv(int steps)
{
    QByteArray csv = "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n";
    for (int step = 1; step <= steps; ++step) {
        csv += QByteArray::number(step) + ',' + QByteArray::number(2.0 / step) + ",0.8,";
        csv += step % 10 == 0 ? QByteArray::number(2.2 / step) + ",0.75\n" : QByteArray(",\n");
    }
    return csv.toBase64();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = QCoreApplication::arguments();
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0 && runsAt + 1 < args.size())
        runs = qMax(1, args.at(runsAt + 1).toInt());

    const QByteArray stream = chatStream(50000);
    const QByteArray csv = resultCsv(100000);
    QList<double> streamMBps;
    QList<double> csvMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        ChatStreamAssembler assembler;
        for (qsizetype at = 0; at < stream.size(); at += 1400) // about one TCP segment per piece
            assembler.feed(stream.mid(at, 1400));
        if (assembler.finish().isError())
            return 1;
        streamMBps.append(double(stream.size()) / 1e6 / (double(clock.nsecsElapsed()) / 1e9));

        clock.restart();
        if (ResultMetrics::parse(csv).points.size() != 100000)
            return 1;
        csvMs.append(double(clock.nsecsElapsed()) / 1e6);
    }
    QTextStream out(stdout);
    out << "chat stream (" << stream.size() / 1024 << " KiB, 50,000 deltas): median "
        << QString::number(median(streamMBps), 'f', 1) << " MB/s\n";
    out << "result CSV (100,000 steps, base64): median " << QString::number(median(csvMs), 'f', 1) << " ms\n";
    return 0;
}
