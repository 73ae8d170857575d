// Sandbox timings over real loopback HTTP (medians): a small GET, a job over 5,000 examples
// from upload to succeeded, and a tuned model's answer chosen among 5,000 examples.
// Run: ctest --test-dir BUILD -L bench -R bench_sandbox -V
#include "sandboxtestclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>
#include <algorithm>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    SandboxOptions options;
    options.speed = 1e7;
    SandboxFixture sandbox(options);
    SandboxTestClient &client = *sandbox.client;

    QList<double> gets;
    for (int i = 0; i < 200; ++i)
        gets.append(client.get(QStringLiteral("/models")).elapsedMs);
    out << "GET /v1/models: median " << median(gets) << " ms over 200 requests\n";

    const QByteArray training = SandboxTestClient::chatFile(5000);
    QList<double> jobs;
    QString model;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer clock;
        clock.start();
        const QString id = client.startJob(training)[QStringLiteral("id")].toString();
        const QJsonObject job = client.waitForJob(id, 120000);
        jobs.append(double(clock.elapsed()));
        model = job[QStringLiteral("fine_tuned_model")].toString();
    }
    out << "Job over 5,000 examples (" << training.size() / 1024
        << " KiB, 3 epochs of 500 steps), upload to succeeded: median " << median(jobs)
        << " ms over 3 runs\n";

    QList<double> chats;
    for (int i = 0; i < 50; ++i) {
        const QJsonObject request{
            {QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                             {QStringLiteral("content"), SandboxTestClient::question(i * 97)}}}}};
        chats.append(client.post(QStringLiteral("/chat/completions"), request).elapsedMs);
    }
    out << "Tuned-model chat over 5,000 examples: median " << median(chats) << " ms over 50\n";
    out.flush();
    return model.isEmpty() ? 1 : 0;
}
