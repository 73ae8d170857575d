#include "comparison.h"

QString Comparison::verdictId(ComparisonVerdict verdict)
{
    switch (verdict) {
    case ComparisonVerdict::PreferA:
        break;
    case ComparisonVerdict::PreferB:
        return QStringLiteral("b");
    case ComparisonVerdict::Tie:
        return QStringLiteral("tie");
    case ComparisonVerdict::BothBad:
        return QStringLiteral("both_bad");
    }
    return QStringLiteral("a");
}

std::optional<ComparisonVerdict> Comparison::verdictFromId(const QString &id)
{
    if (id == QLatin1String("a"))
        return ComparisonVerdict::PreferA;
    if (id == QLatin1String("b"))
        return ComparisonVerdict::PreferB;
    if (id == QLatin1String("tie"))
        return ComparisonVerdict::Tie;
    if (id == QLatin1String("both_bad"))
        return ComparisonVerdict::BothBad;
    return std::nullopt;
}

int ComparisonTally::wins(const QString &model) const
{
    if (model == modelA)
        return preferA;
    if (model == modelB)
        return preferB;
    return 0;
}

ComparisonTally ComparisonTally::swapped() const
{
    ComparisonTally other = *this;
    std::swap(other.modelA, other.modelB);
    std::swap(other.preferA, other.preferB);
    return other;
}

QString ComparisonTally::summary(const QString &model) const
{
    return tr("%1 was preferred in %2 of %n comparisons.", nullptr, total())
        .arg(model)
        .arg(wins(model));
}
