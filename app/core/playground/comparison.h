#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// What a person said after reading two answers to the same prompt.
enum class ComparisonVerdict {
    PreferA, // the first model's answer was better
    PreferB,
    Tie, // both were as good
    BothBad,
};

// Two models' answers to one prompt and the verdict, as the Playground records it. In blind
// mode the person did not know which model wrote which answer.
struct Comparison
{
    qint64 id = 0; // 0 until saved
    qint64 sessionId = 0;
    QString prompt;
    QString modelA;
    QString modelB;
    QString answerA;
    QString answerB;
    std::optional<ComparisonVerdict> verdict; // none while not rated yet
    bool blind = false;
    qint64 createdAt = 0; // milliseconds since the epoch, UTC; set by the store when 0

    static QString verdictId(ComparisonVerdict verdict); // "a", "b", "tie", "both_bad"
    static std::optional<ComparisonVerdict> verdictFromId(const QString &id);
};

// The verdicts for one pair of models, oriented as asked (modelA first).
struct ComparisonTally
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonTally)

public:
    QString modelA;
    QString modelB;
    int preferA = 0;
    int preferB = 0;
    int ties = 0;
    int bothBad = 0;
    int blind = 0; // how many of them were rated blind

    int total() const { return preferA + preferB + ties + bothBad; }
    int wins(const QString &model) const;
    // The same counts with the models the other way round.
    ComparisonTally swapped() const;
    // "ft:gpt-4o-mini:acme::x1 was preferred in 14 of 20 comparisons."
    QString summary(const QString &model) const;
};
