#include "togetherhyperparameters.h"

namespace {
using Kind = HyperparameterSpec::Kind;
using Limits = std::optional<TunableModel::Limits>;

HyperparameterSpec make(QLatin1StringView key, const char *technicalName, Kind kind)
{
    HyperparameterSpec spec;
    spec.key = key;
    spec.technicalName = QString::fromLatin1(technicalName);
    spec.kind = kind;
    return spec;
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

QList<HyperparameterSpec> TogetherHyperparameters::declare(const TunableModel &model)
{
    const Limits &limits = model.limits;
    QList<HyperparameterSpec> specs{epochs(limits), batchSize(limits), learningRate(limits),
                                    trainingType(limits)};
    if (!limits || limits->lora) {
        specs.append(loraRank(limits));
        specs.append(loraAlpha());
    }
    specs += QList<HyperparameterSpec>{checkpoints(), evaluations(limits), warmupRatio(),
                                       trainOnInputs(), beta()};
    return specs;
}

HyperparameterSpec TogetherHyperparameters::epochs(const Limits &limits)
{
    HyperparameterSpec spec = make(Hyperparameters::Epochs, "n_epochs", Kind::Integer);
    spec.label = tr("Passes over your examples");
    spec.explanation = tr("How many times the model reads all your examples. More passes learn "
                          "more, but too many make it repeat your examples word for word.");
    spec.minimum = 1;
    spec.maximum = limits ? orNull(limits->maxEpochs) : QVariant();
    spec.defaultValue = 1;
    return spec;
}

HyperparameterSpec TogetherHyperparameters::batchSize(const Limits &limits)
{
    HyperparameterSpec spec = make(Hyperparameters::BatchSize, "batch_size", Kind::Integer);
    spec.label = tr("Examples per step");
    spec.explanation = tr("How many examples the model learns from at once. Larger steps learn "
                          "more smoothly but need more memory.");
    spec.minimum = limits && limits->minBatchSize ? QVariant(*limits->minBatchSize) : QVariant(1);
    spec.maximum = limits ? orNull(limits->maxBatchSize) : QVariant();
    spec.automaticText = tr("The largest the model allows (Together's \"max\").");
    return spec;
}

HyperparameterSpec TogetherHyperparameters::learningRate(const Limits &limits)
{
    HyperparameterSpec spec = make(Hyperparameters::LearningRate, "learning_rate", Kind::Number);
    spec.label = tr("Learning rate");
    spec.explanation = tr("How big each learning step is (the value itself, such as 0.00001). "
                          "Smaller is more careful; larger learns faster but can become unstable.");
    spec.minimum =
        limits && limits->minLearningRate ? QVariant(*limits->minLearningRate) : QVariant(0.0);
    spec.minimumExclusive = !(limits && limits->minLearningRate);
    spec.maximum = limits ? orNull(limits->maxLearningRate) : QVariant();
    spec.defaultValue = DefaultLearningRate;
    spec.logarithmic = true;
    return spec;
}

HyperparameterSpec TogetherHyperparameters::trainingType(const Limits &limits)
{
    HyperparameterSpec spec = make(Hyperparameters::TrainingType, "training_type", Kind::Choice);
    spec.label = tr("What to train");
    spec.explanation = tr("A small add-on trained beside the model (LoRA: cheaper and faster), or "
                          "every part of the model (full: costs more, needs more examples).");
    if (!limits || limits->lora) {
        spec.choices.append({QStringLiteral("lora"), tr("A small add-on (LoRA)"),
                             tr("Cheaper and faster; enough for most tasks.")});
    }
    if (!limits || limits->fullTraining) {
        spec.choices.append({QStringLiteral("full"), tr("The whole model (full)"),
                             tr("Changes every weight; costs more and needs more examples.")});
    }
    spec.defaultValue = spec.choices.isEmpty() ? QVariant() : QVariant(spec.choices.first().value);
    return spec;
}

HyperparameterSpec TogetherHyperparameters::loraRank(const Limits &limits)
{
    HyperparameterSpec spec = make(Hyperparameters::LoraRank, "lora_r", Kind::Integer);
    spec.label = tr("Add-on size");
    spec.explanation = tr("How much the LoRA add-on can hold. Larger learns more detail but trains "
                          "more slowly.");
    spec.minimum = 1;
    spec.maximum = limits ? orNull(limits->maxLoraRank) : QVariant();
    spec.automaticText = tr("The largest the model allows.");
    spec.onlyWhenKey = Hyperparameters::TrainingType;
    spec.onlyWhenValue = QStringLiteral("lora");
    return spec;
}

HyperparameterSpec TogetherHyperparameters::loraAlpha()
{
    HyperparameterSpec spec = make(Hyperparameters::LoraAlpha, "lora_alpha", Kind::Integer);
    spec.label = tr("Add-on strength");
    spec.explanation = tr("How strongly the LoRA add-on changes the model's answers.");
    spec.minimum = 1;
    spec.automaticText = tr("Twice the add-on size.");
    spec.onlyWhenKey = Hyperparameters::TrainingType;
    spec.onlyWhenValue = QStringLiteral("lora");
    return spec;
}

HyperparameterSpec TogetherHyperparameters::checkpoints()
{
    HyperparameterSpec spec = make(Hyperparameters::Checkpoints, "n_checkpoints", Kind::Integer);
    spec.label = tr("Saved versions");
    spec.explanation = tr("How many versions of the model are saved along the way, so you can "
                          "try one from before the end.");
    spec.minimum = 1;
    spec.defaultValue = 1;
    return spec;
}

HyperparameterSpec TogetherHyperparameters::evaluations(const Limits &limits)
{
    HyperparameterSpec spec = make(Hyperparameters::Evaluations, "n_evals", Kind::Integer);
    spec.label = tr("Checks during training");
    spec.explanation = tr("How many times the examples you set aside are used to measure progress "
                          "while the model trains.");
    spec.minimum = 0;
    spec.maximum = limits ? orNull(limits->maxEvaluations) : QVariant();
    spec.automaticText = tr("%n check(s) when you set examples aside, none otherwise.", nullptr,
                            AutomaticEvaluations);
    return spec;
}

HyperparameterSpec TogetherHyperparameters::warmupRatio()
{
    HyperparameterSpec spec = make(Hyperparameters::WarmupRatio, "warmup_ratio", Kind::Number);
    spec.label = tr("Warm-up");
    spec.explanation = tr("The share of training that starts with small steps, which can steady "
                          "the beginning (0.1 is a tenth).");
    spec.minimum = 0.0;
    spec.maximum = 1.0;
    spec.defaultValue = 0.0;
    return spec;
}

HyperparameterSpec TogetherHyperparameters::trainOnInputs()
{
    HyperparameterSpec spec =
        make(Hyperparameters::TrainOnInputs, "train_on_inputs", Kind::Boolean);
    spec.label = tr("Also learn the questions");
    spec.explanation = tr("Whether the model also learns to write the user's messages, not only "
                          "the answers.");
    spec.methods = {FineTuneMethod::Supervised};
    spec.defaultValue = false; // Together's "auto" for conversations: only the answers
    return spec;
}

HyperparameterSpec TogetherHyperparameters::beta()
{
    HyperparameterSpec spec = make(Hyperparameters::Beta, "dpo_beta", Kind::Number);
    spec.label = tr("Preference strength");
    spec.explanation = tr("How closely the model stays to the way it answered before. Higher "
                          "keeps it closer; lower follows your preferred answers more boldly.");
    spec.minimum = 0.0;
    spec.minimumExclusive = true;
    spec.defaultValue = 0.1;
    spec.methods = {FineTuneMethod::Dpo};
    return spec;
}
