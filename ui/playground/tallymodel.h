#pragma once

#include "core/playground/comparison.h"

#include <QAbstractTableModel>
#include <QPointer>

class PlaygroundStore;

// The verdicts per pair of models, for one Playground session or for all of them: one row per
// pair with a sentence for people ("ft:… was preferred in 14 of 20 comparisons.") and the
// counts. Re-reads the tallies (a small grouped query) whenever a comparison changes.
class TallyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PairColumn, VerdictColumn, TiesColumn, BothBadColumn, BlindColumn, ColumnCount };

    explicit TallyModel(QObject *parent = nullptr);

    // sessionId 0: every session of the workspace.
    void setStore(PlaygroundStore *store, qint64 sessionId);
    void setSessionId(qint64 sessionId);
    qint64 sessionId() const { return m_sessionId; }
    ComparisonTally tally(int row) const { return m_tallies.value(row); }

    // The sentence for a pair: it names the model preferred more often (the first model on
    // a draw).
    static QString headline(const ComparisonTally &tally);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();

private:
    QPointer<PlaygroundStore> m_store;
    qint64 m_sessionId = 0;
    QList<ComparisonTally> m_tallies;
};
