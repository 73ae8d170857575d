// A window to look at the charts before the job page embeds them, fed by the Sandbox's curve
// rules (no key, no network). Built with the tests, never run by them.
//     chart_preview [--examples 10] [--epochs 10] [--live] [--compare]
// --live appends the run a poll's worth at a time, as a job that is still training;
// --compare shows three runs over 20, 50 and 200 examples side by side instead.
#include "sandboxruns.h"
#include "ui/charts/runcomparisonchart.h"
#include "ui/charts/trainingchart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption examples(QStringLiteral("examples"), QStringLiteral("Examples."),
                                      QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Epochs."),
                                    QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  QStringLiteral("Fill in as a running job."));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QStringLiteral("Compare three runs."));
    parser.addOptions({examples, epochs, live, compare});
    parser.process(app);

    if (parser.isSet(compare)) {
        auto *chart = new RunComparisonChart;
        chart->addRun(QStringLiteral("20 examples"), sandboxRun(20, 3, 1).run);
        chart->addRun(QStringLiteral("50 examples"), sandboxRun(50, 3, 2).run);
        chart->addRun(QStringLiteral("200 examples"), sandboxRun(200, 3, 3).run);
        chart->resize(900, 400);
        chart->show();
        return app.exec();
    }

    const SandboxRun sandbox =
        sandboxRun(parser.value(examples).toInt(), parser.value(epochs).toInt());
    auto *chart = new TrainingChart;
    chart->setTotalSteps(*sandbox.run.totalSteps());
    chart->setEpochs(*sandbox.run.epochs());
    QList<Checkpoint> checkpoints;
    for (const int step : sandbox.checkpointSteps) {
        Checkpoint checkpoint;
        checkpoint.stepNumber = step;
        checkpoint.modelName =
            QStringLiteral("ft:gpt-4o-mini:sandbox:preview:ckpt-step-%1").arg(step);
        checkpoints.append(checkpoint);
    }
    chart->resize(900, 400);
    chart->show();
    if (!parser.isSet(live)) {
        chart->setRun(sandbox.run);
        chart->setCheckpoints(checkpoints);
        chart->setFinished(true);
        return app.exec();
    }
    auto *timer = new QTimer(chart);
    qsizetype next = 0;
    QObject::connect(timer, &QTimer::timeout, chart, [=]() mutable {
        const QList<MetricPoint> &points = sandbox.run.points();
        chart->appendPoints(points.mid(next, 5));
        next += 5;
        if (next >= points.size()) {
            timer->stop();
            chart->setCheckpoints(checkpoints);
            chart->setFinished(true);
        }
    });
    timer->start(500);
    return app.exec();
}
