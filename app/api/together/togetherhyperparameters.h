#pragma once

#include "core/jobs/hyperparameterspec.h"
#include "core/jobs/tunablemodel.h"

#include <QCoreApplication>

// The training settings Together's POST /fine-tunes takes, in Together's own terms: epochs,
// examples per step, the learning rate itself (not a multiplier), LoRA or full training, LoRA
// rank and alpha, checkpoints to keep, evaluations, warm-up, training on inputs and the
// preference beta. A model's limits (GET /fine-tunes/models/limits) narrow the ranges.
class TogetherHyperparameters
{
    Q_DECLARE_TR_FUNCTIONS(TogetherHyperparameters)

public:
    static constexpr double DefaultLearningRate = 1e-5; // Together's default, sent as is
    static constexpr int AutomaticEvaluations = 5;      // with a validation file and no choice

    static QList<HyperparameterSpec> declare(const TunableModel &model = {});

private:
    static HyperparameterSpec epochs(const std::optional<TunableModel::Limits> &limits);
    static HyperparameterSpec batchSize(const std::optional<TunableModel::Limits> &limits);
    static HyperparameterSpec learningRate(const std::optional<TunableModel::Limits> &limits);
    static HyperparameterSpec trainingType(const std::optional<TunableModel::Limits> &limits);
    static HyperparameterSpec loraRank(const std::optional<TunableModel::Limits> &limits);
    static HyperparameterSpec loraAlpha();
    static HyperparameterSpec checkpoints();
    static HyperparameterSpec evaluations(const std::optional<TunableModel::Limits> &limits);
    static HyperparameterSpec warmupRatio();
    static HyperparameterSpec trainOnInputs();
    static HyperparameterSpec beta();
};
