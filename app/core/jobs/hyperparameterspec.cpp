#include "hyperparameterspec.h"

#include <QLocale>
#include <cmath>

namespace {
bool isWholeNumber(const QVariant &value)
{
    const auto type = value.typeId();
    if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
        type == QMetaType::ULongLong)
        return true;
    if (type != QMetaType::Double)
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && number == std::floor(number);
}

bool isNumber(const QVariant &value)
{
    return isWholeNumber(value) ||
           ((value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) &&
            std::isfinite(value.toDouble()));
}

QString numberText(const QVariant &value)
{
    return QLocale().toString(value.toDouble(), 'g', 6);
}
} // namespace

bool HyperparameterSpec::isActive(const Hyperparameters &values,
                                  const QList<HyperparameterSpec> &all) const
{
    if (onlyWhenKey.isEmpty())
        return true;
    QVariant current = values.values.value(onlyWhenKey);
    if (current.isNull()) {
        const HyperparameterSpec *other = find(all, onlyWhenKey);
        current = other ? other->defaultValue : QVariant();
    }
    return current == onlyWhenValue;
}

QString HyperparameterSpec::defaultText() const
{
    if (isAutomatic())
        return tr("Automatic");
    switch (kind) {
    case Kind::Boolean:
        return defaultValue.toBool() ? tr("On") : tr("Off");
    case Kind::Choice:
        for (const Choice &choice : choices) {
            if (choice.value == defaultValue.toString())
                return choice.label;
        }
        return defaultValue.toString();
    case Kind::Integer:
    case Kind::Number:
        break;
    }
    return numberText(defaultValue);
}

QString HyperparameterSpec::problemWith(const QVariant &value) const
{
    switch (kind) {
    case Kind::Boolean:
        if (value.typeId() != QMetaType::Bool)
            return tr("“%1” must be on or off.").arg(label);
        return {};
    case Kind::Choice:
        for (const Choice &choice : choices) {
            if (value.typeId() == QMetaType::QString && choice.value == value.toString())
                return {};
        }
        return tr("“%1” must be one of the offered choices.").arg(label);
    case Kind::Integer:
        if (!isWholeNumber(value))
            return tr("“%1” must be a whole number.").arg(label);
        break;
    case Kind::Number:
        if (!isNumber(value))
            return tr("“%1” must be a number.").arg(label);
        break;
    }
    const double number = value.toDouble();
    const bool belowMinimum = !minimum.isNull() && (minimumExclusive ? number <= minimum.toDouble()
                                                                     : number < minimum.toDouble());
    const bool aboveMaximum = !maximum.isNull() && number > maximum.toDouble();
    if (!belowMinimum && !aboveMaximum)
        return {};
    if (!minimum.isNull() && !maximum.isNull() && minimumExclusive)
        return tr("“%1” must be above %2 and at most %3.")
            .arg(label, numberText(minimum), numberText(maximum));
    if (!minimum.isNull() && !maximum.isNull())
        return tr("“%1” must be between %2 and %3.")
            .arg(label, numberText(minimum), numberText(maximum));
    if (!minimum.isNull() && minimumExclusive)
        return tr("“%1” must be above %2.").arg(label, numberText(minimum));
    if (!minimum.isNull())
        return tr("“%1” must be at least %2.").arg(label, numberText(minimum));
    return tr("“%1” must be at most %2.").arg(label, numberText(maximum));
}

const HyperparameterSpec *HyperparameterSpec::find(const QList<HyperparameterSpec> &specs,
                                                   const QString &key)
{
    for (const HyperparameterSpec &spec : specs) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

QString HyperparameterSpec::validate(const QList<HyperparameterSpec> &specs,
                                     const Hyperparameters &values, FineTuneMethod method,
                                     const QString &providerName)
{
    for (auto it = values.values.cbegin(); it != values.values.cend(); ++it) {
        const HyperparameterSpec *spec = find(specs, it.key());
        if (!spec)
            return tr("%1 does not take the training setting “%2”. Remove it and try again.")
                .arg(providerName, it.key());
        if (!spec->appliesTo(method))
            return tr("“%1” only applies to another kind of training. Leave it on automatic.")
                .arg(spec->label);
        if (!spec->isActive(values, specs))
            return tr("“%1” does not apply with the other settings chosen. Leave it on automatic.")
                .arg(spec->label);
        if (const QString problem = spec->problemWith(it.value()); !problem.isEmpty())
            return problem;
    }
    return {};
}
