#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// What one provider charges for one model, as the price table holds it. A figure that is not
// known is empty (the panel then says "price unknown — check the provider's page").
struct ModelPrice
{
    QString provider;    // "openai", "together"
    QString model;       // the id the provider uses, e.g. "gpt-4o-mini-2024-07-18"
    QString displayName; // "GPT-4o mini (2024-07-18)"
    std::optional<double> trainingPerMillion;   // US$ per 1M trained tokens
    std::optional<double> inputPerMillion;      // US$ per 1M input tokens of the tuned model
    std::optional<double> outputPerMillion;     // US$ per 1M output tokens of the tuned model
    std::optional<double> baseInputPerMillion;  // US$ per 1M input tokens of the base model
    std::optional<double> baseOutputPerMillion; // US$ per 1M output tokens of the base model
    std::optional<int> trainingContext;         // tokens per example before truncation
    QString encoding;                           // "o200k_base" or "cl100k_base"; "" when unknown
    QString validOn;                            // the date the figures were valid, YYYY-MM-DD
    QString note; // where the figures come from, or why one is missing
    // Known deadlines, YYYY-MM-DD or "" (facts about the provider, not prices: the shipped
    // table's dates win over an override's, so a newer Ajuste can correct them).
    QString acceptsNewJobsUntil; // the last day the provider takes new fine-tuning jobs
    QString shutdownDate;        // the day models tuned from this one stop answering

    QString key() const { return provider + QLatin1Char('/') + model; }
    bool hasTrainingPrice() const { return trainingPerMillion.has_value(); }

    QJsonObject toJson() const;
    static ModelPrice fromJson(const QJsonObject &object);

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};
