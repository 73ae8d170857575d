#pragma once

// BlindRound: one turn's answers as a person judges them, blind or not.
//
// Contract
// --------
// * The answers come in column order (column 0 is the left column of the Playground). A blind
//   round shows them in an order shuffled from its seed (the same seed always gives the same
//   order), labelled "Answer 1", "Answer 2"... and hides the model names until reveal(). A
//   round that is not blind keeps the column order and shows the names from the start.
// * The person picks one of: the best answer (by its shown position), "tie" (all equally good)
//   or "all bad". They may change their mind until the round is revealed; a revealed blind
//   round is final (the person now knows the models, so a new verdict would not be blind). A
//   round that is not blind can be judged again at any time.
// * Revealing a blind round before judging it is allowed; a verdict given afterwards is
//   recorded as not blind.
// * comparisons() turns the verdict into pairwise Comparisons for the PlaygroundStore:
//     - two answers: one comparison;
//     - more answers and a best one: the best against each other answer ("best preferred"),
//       nothing between the others (the person did not rank them);
//     - a tie or all bad: every pair, as a tie or as both bad (the verdict speaks of them all).
//   Each comparison names its models in column order (modelA is the model of the column
//   further left), whatever order they were shown in, so the verdict always points at the
//   model that wrote the preferred answer.

#include "comparison.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class BlindRound
{
    Q_DECLARE_TR_FUNCTIONS(BlindRound)

public:
    struct Answer
    {
        int column = -1;
        QString model;
        QString text;
    };

    enum class Pick {
        Best,   // one answer was better than the others
        Tie,    // they were all as good
        AllBad, // none of them was good ("both bad" for two answers)
    };

    BlindRound() = default;
    BlindRound(const QString &prompt, const QList<Answer> &answers, bool blind, quint64 seed);
    // A round shown in an order fixed before (shuffledColumns when the turn began): columns
    // without an answer are left out, answers of columns the order misses come last.
    BlindRound(const QString &prompt, const QList<Answer> &answers, bool blind,
               const QList<int> &columnOrder);
    // Columns 0…count-1 in the order a blind round with this seed shows them.
    static QList<int> shuffledColumns(int count, quint64 seed);

    QString prompt() const { return m_prompt; }
    bool isBlind() const { return m_blind; }
    int size() const { return int(m_answers.size()); }

    // ---- what is shown, by position (0 = shown first)
    Answer answerAt(int position) const;
    int columnAt(int position) const;
    int positionOf(int column) const; // -1 when the column has no answer in this round
    QList<int> shownColumns() const;
    // "Answer 1", "Answer 2"... for positions 0, 1...
    static QString label(int position);
    // The label while the names are hidden, the model's name otherwise.
    QString title(int position) const;
    bool namesHidden() const { return m_blind && !m_revealed; }

    // ---- judging
    bool canJudge() const { return size() >= 2 && !(m_blind && m_revealed && m_judgedBlind); }
    // False (and nothing changes) when the round cannot be judged or the position is out of
    // range.
    bool pickBest(int position);
    bool pickTie();
    bool pickAllBad();
    bool isJudged() const { return m_pick.has_value(); }
    std::optional<Pick> pick() const { return m_pick; }
    int bestPosition() const { return m_pick == Pick::Best ? m_best : -1; }
    // Whether the verdict was given with the names hidden.
    bool judgedBlind() const { return m_judgedBlind; }

    bool isRevealed() const { return m_revealed || !m_blind; }
    void reveal() { m_revealed = true; }
    // After the verdict, in plain words: "gpt-4o-mini wrote the better answer (Answer 2).",
    // "A tie." ... Names the models only once they are revealed.
    QString outcome() const;

    // The verdict as comparisons for the store (see the contract); empty while not judged.
    QList<Comparison> comparisons(qint64 sessionId) const;

private:
    bool judge(Pick pick, int best);
    Comparison pair(qint64 sessionId, int firstPosition, int secondPosition,
                    ComparisonVerdict verdictForFirst) const;

    QString m_prompt;
    QList<Answer> m_answers; // in column order
    QList<int> m_order;      // shown position -> index into m_answers
    bool m_blind = false;
    bool m_revealed = false;
    std::optional<Pick> m_pick;
    int m_best = -1; // shown position of the best answer
    bool m_judgedBlind = false;
};
