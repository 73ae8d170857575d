#include "openaihyperparameters.h"

QList<HyperparameterSpec> OpenAiHyperparameters::declare(const QString &provider)
{
    using Kind = HyperparameterSpec::Kind;
    HyperparameterSpec epochs;
    epochs.key = Hyperparameters::Epochs;
    epochs.label = tr("Passes over your examples");
    epochs.explanation = tr("How many times the model reads all your examples. More passes learn "
                            "more, but too many make it repeat your examples word for word.");
    epochs.technicalName = QStringLiteral("n_epochs");
    epochs.kind = Kind::Integer;
    epochs.minimum = 1;
    epochs.maximum = 50;
    epochs.automaticText = tr("%1 picks from the number of examples (usually 3).").arg(provider);

    HyperparameterSpec batch;
    batch.key = Hyperparameters::BatchSize;
    batch.label = tr("Examples per step");
    batch.explanation = tr("How many examples the model learns from at once. Larger steps learn "
                           "more smoothly but adjust the model less often.");
    batch.technicalName = QStringLiteral("batch_size");
    batch.kind = Kind::Integer;
    batch.minimum = 1;
    batch.maximum = 256;
    batch.automaticText = tr("%1 picks from the number of examples.").arg(provider);

    HyperparameterSpec rate;
    rate.key = Hyperparameters::LearningRateMultiplier;
    rate.label = tr("Learning speed");
    rate.explanation = tr("How big each learning step is, as a multiple of the usual size. Smaller "
                          "is more careful; larger learns faster but can become unstable.");
    rate.technicalName = QStringLiteral("learning_rate_multiplier");
    rate.kind = Kind::Number;
    rate.minimum = 0.0;
    rate.minimumExclusive = true;
    rate.logarithmic = true;
    rate.automaticText = tr("%1 picks from the model and the examples.").arg(provider);

    HyperparameterSpec beta;
    beta.key = Hyperparameters::Beta;
    beta.label = tr("Preference strength");
    beta.explanation = tr("How closely the model stays to the way it answered before. Higher "
                          "keeps it closer; lower follows your preferred answers more boldly.");
    beta.technicalName = QStringLiteral("beta");
    beta.kind = Kind::Number;
    beta.minimum = 0.0;
    beta.minimumExclusive = true;
    beta.maximum = 2.0;
    beta.methods = {FineTuneMethod::Dpo};
    beta.automaticText = tr("%1 picks (usually 0.1).").arg(provider);

    return {epochs, batch, rate, beta};
}
