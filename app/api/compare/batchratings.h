#pragma once

#include "batchresults.h"
#include "core/playground/comparison.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>
#include <optional>

class PlaygroundStore;

// What a person said about one row of a batch comparison, and where it is kept: the order the
// answers are shown in (shuffled per row when blind), the verdict (one answer better, a tie,
// all bad), and the Comparisons it makes in the workspace's PlaygroundStore, in a session
// named after the batch (created at the first verdict). With two models a verdict is one
// comparison; with more, the better answer wins against each other one, and a tie or "all
// bad" holds for every pair — so the Playground's tallies per pair of models count it.
class BatchRatings
{
    Q_DECLARE_TR_FUNCTIONS(BatchRatings)

public:
    enum class Kind { Better, Tie, AllBad };
    struct Verdict
    {
        Kind kind = Kind::Tie;
        int model = -1; // with Better: the model (index in the results) whose answer won

        friend bool operator==(const Verdict &, const Verdict &) = default;
    };

    // A new batch: rows × models, shown in a shuffled order per row when blind (from seed).
    void reset(int rows, int models, bool blind, quint32 seed);
    bool isBlind() const { return m_blind; }
    bool isRevealed() const { return m_revealed; }
    void reveal() { m_revealed = true; }
    bool hidesModels() const { return m_blind && !m_revealed; }

    // The model shown in position `shown` of a row, and the reverse (the shuffled order
    // while the models are hidden; their own order otherwise).
    int modelAt(int row, int shown) const;
    int shownPosition(int row, int model) const;

    std::optional<Verdict> verdict(int row) const;
    int ratedCount() const { return int(m_verdicts.size()); }

    // Where verdicts are kept; none: only in memory. `sessionName` names the session made at
    // the first verdict.
    void setStore(PlaygroundStore *store, const QString &sessionName);
    qint64 sessionId() const { return m_sessionId; }
    // Records a verdict on a row whose answers all came (replacing an earlier one); false with
    // the store's reason when it could not be kept.
    bool rate(int row, const Verdict &verdict, const BatchResults &results, QString *error);

private:
    QList<Comparison> comparisonsFor(int row, const Verdict &verdict,
                                     const BatchResults &results) const;

    int m_models = 0;
    bool m_blind = false;
    bool m_revealed = false;
    QList<QList<int>> m_order; // per row: shown position -> model
    QHash<int, Verdict> m_verdicts;
    QHash<int, QList<qint64>> m_saved; // per row: its comparisons in the store
    QPointer<PlaygroundStore> m_store;
    QString m_sessionName;
    qint64 m_sessionId = 0;
};
