#pragma once

#include "finetunemethod.h"
#include "hyperparameters.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

// One training setting a provider really takes, declared so the launch form can be built from
// it: what it is called for people, a one-line explanation, the provider's own field name (for
// a tooltip), its kind and range, and its default: a value, or automatic (the provider picks;
// automaticText says how). Labels and explanations are already translated.
struct HyperparameterSpec
{
    Q_DECLARE_TR_FUNCTIONS(HyperparameterSpec)

public:
    enum class Kind { Integer, Number, Boolean, Choice };

    struct Choice
    {
        QString value; // what goes into Hyperparameters, e.g. "lora"
        QString label; // for people, e.g. "A small add-on (LoRA)"
        QString explanation;
    };

    QString key;           // Hyperparameters key, e.g. Hyperparameters::Epochs
    QString label;         // "Passes over your examples"
    QString explanation;   // one line, plain words
    QString technicalName; // the provider's field, e.g. "n_epochs"
    Kind kind = Kind::Integer;
    QVariant minimum;              // null: no lower bound
    QVariant maximum;              // null: no upper bound
    bool minimumExclusive = false; // the value must be above minimum, not equal (e.g. > 0)
    QVariant defaultValue;         // null: automatic
    QString automaticText;         // what automatic does, e.g. "OpenAI picks from the dataset size"
    QList<Choice> choices;         // Kind::Choice only
    QList<FineTuneMethod> methods; // empty: every method
    // Shown and sent only while another setting has this value (LoRA rank needs LoRA training).
    QString onlyWhenKey;
    QVariant onlyWhenValue;
    bool logarithmic =
        false; // values span orders of magnitude (learning rates): a hint for the form

    bool isAutomatic() const { return defaultValue.isNull(); }
    bool appliesTo(FineTuneMethod method) const
    {
        return methods.isEmpty() || methods.contains(method);
    }
    // Whether this setting is in force given the other chosen values (see onlyWhenKey).
    bool isActive(const Hyperparameters &values, const QList<HyperparameterSpec> &all) const;
    // What the user sees for the default: the value, or "Automatic".
    QString defaultText() const;
    // Empty when `value` fits this setting; otherwise a sentence that names the setting.
    QString problemWith(const QVariant &value) const;

    static const HyperparameterSpec *find(const QList<HyperparameterSpec> &specs,
                                          const QString &key);
    // The first problem with `values` for a job of `method`: a key this provider does not take,
    // one that does not apply to the method, or a value out of range. Empty when all is well.
    static QString validate(const QList<HyperparameterSpec> &specs, const Hyperparameters &values,
                            FineTuneMethod method, const QString &providerName);
};
