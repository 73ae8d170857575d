#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>
#include <optional>

// Training settings as chosen values by key. A key that is absent means "automatic": the
// provider (or, where its declaration says so, Ajuste) picks. Which keys a provider takes, with
// their ranges and meaning, is its HyperparameterSpec list; the keys below are shared where two
// providers mean exactly the same thing, and distinct where they do not (OpenAI's learning-rate
// multiplier is not Together's absolute learning rate), so no value is ever converted.
struct Hyperparameters
{
    // Passes over the training examples (OpenAI n_epochs, Together n_epochs).
    static constexpr QLatin1StringView Epochs{"epochs"};
    // Examples per training step (OpenAI and Together batch_size).
    static constexpr QLatin1StringView BatchSize{"batch_size"};
    // OpenAI: a multiple of OpenAI's own learning rate.
    static constexpr QLatin1StringView LearningRateMultiplier{"learning_rate_multiplier"};
    // Together: the learning rate itself.
    static constexpr QLatin1StringView LearningRate{"learning_rate"};
    // Preference (DPO) training: how far the model may move from where it started.
    static constexpr QLatin1StringView Beta{"beta"};
    // Together: "lora" or "full".
    static constexpr QLatin1StringView TrainingType{"training_type"};
    static constexpr QLatin1StringView LoraRank{"lora_rank"};
    static constexpr QLatin1StringView LoraAlpha{"lora_alpha"};
    // Together: intermediate versions saved (n_checkpoints) and evaluations run (n_evals).
    static constexpr QLatin1StringView Checkpoints{"checkpoints"};
    static constexpr QLatin1StringView Evaluations{"evaluations"};
    static constexpr QLatin1StringView WarmupRatio{"warmup_ratio"};
    // Together: learn from the user's messages too (true), only the answers (false).
    static constexpr QLatin1StringView TrainOnInputs{"train_on_inputs"};

    QVariantMap values; // key → int, double, bool or QString (a choice's value)

    bool isAuto() const { return values.isEmpty(); }
    bool contains(QLatin1StringView key) const { return values.contains(key); }
    QStringList keys() const { return values.keys(); }
    QVariant value(QLatin1StringView key) const { return values.value(key); }
    void set(QLatin1StringView key, const QVariant &value) { values.insert(key, value); }
    void setAutomatic(QLatin1StringView key) { values.remove(key); }

    // The value as that type, or nothing when automatic or of another type.
    std::optional<int> integer(QLatin1StringView key) const;
    std::optional<double> number(QLatin1StringView key) const;
    std::optional<bool> flag(QLatin1StringView key) const;
    QString choice(QLatin1StringView key) const;

    // Ajuste's own storage form (not any provider's): {"epochs": 3, "training_type": "lora"};
    // automatic values are simply absent. Stable across versions; unknown keys survive.
    QJsonObject toStorageJson() const;
    static Hyperparameters fromStorageJson(const QJsonObject &object);

    friend bool operator==(const Hyperparameters &, const Hyperparameters &) = default;
};
