#pragma once

// Training runs shaped by the Sandbox's own curve rules (app/sandbox/trainingcurve), built
// the way its job simulator reports them: a metrics point every step, a validation batch every
// 5 steps and at each epoch's end, the whole validation set at each epoch's end, checkpoints at
// the last three epochs. For the chart tests, the advice tests and a preview of the chart.

#include "core/charts/trainingrun.h"
#include "sandbox/trainingcurve.h"

#include <QList>

struct SandboxRun
{
    TrainingRun run;
    QList<int> checkpointSteps;
    int stepsPerEpoch = 0;
};

inline SandboxRun sandboxRun(int examples, int epochs, quint64 seed = 7, bool withValidation = true,
                             int batchSize = 1)
{
    SandboxRun result;
    result.stepsPerEpoch = (examples + batchSize - 1) / batchSize;
    const int totalSteps = result.stepsPerEpoch * epochs;
    const TrainingCurve curve(seed, {totalSteps, epochs, examples, false});
    QList<MetricPoint> points;
    for (int step = 1; step <= totalSteps; ++step) {
        MetricPoint point;
        point.step = step;
        point.totalSteps = totalSteps;
        const TrainingCurve::Point train = curve.train(step);
        point.trainLoss = train.loss;
        point.trainAccuracy = train.accuracy;
        const bool epochEnd = step % result.stepsPerEpoch == 0;
        if (withValidation && (step % 5 == 0 || epochEnd)) {
            const TrainingCurve::Point valid = curve.validation(step);
            point.validLoss = valid.loss;
            point.validAccuracy = valid.accuracy;
        }
        if (withValidation && epochEnd) {
            const TrainingCurve::Point full = curve.fullValidation(step);
            point.fullValidLoss = full.loss;
            point.fullValidAccuracy = full.accuracy;
        }
        if (epochEnd && step / result.stepsPerEpoch > epochs - 3)
            result.checkpointSteps.append(step);
        points.append(point);
    }
    result.run.append(points);
    result.run.setEpochs(epochs);
    return result;
}
