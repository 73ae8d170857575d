#pragma once

// PlaygroundJudge: the judging of a Playground session, turn after turn, kept in the
// workspace's PlaygroundStore.
//
// Contract
// --------
// * startRound() begins the round of a turn once every column has answered; it replaces the
//   round before (a turn that was not judged leaves nothing in the store). In blind mode each
//   round gets a new shuffle: its seed is the judge's seed plus the number of rounds started,
//   so a test that sets the seed knows every order.
// * pickBest / pickTie / pickAllBad judge the current round (see BlindRound) and store its
//   comparisons at once; judging again replaces the round's comparisons (one undoable
//   decision per turn is not needed: a verdict is not an edit of the dataset). They return
//   false when the round cannot be judged or the store failed; lastError() then says why.
// * reveal() shows the names of a blind round; after that its verdict is final.
// * Signals: roundStarted, roundJudged, roundRevealed; the store's comparison signals tell
//   tally views to refresh.

#include "blindround.h"
#include "playgroundsession.h"

#include <QList>
#include <QObject>
#include <functional>

class PlaygroundStore;

class PlaygroundJudge : public QObject
{
    Q_OBJECT

public:
    explicit PlaygroundJudge(QObject *parent = nullptr);

    // The store and the saved session the comparisons belong to (0: none yet, so nothing can
    // be recorded).
    void setStore(PlaygroundStore *store, qint64 sessionId);
    PlaygroundStore *store() const { return m_store; }
    qint64 sessionId() const { return m_sessionId; }

    // Blind mode applies from the next round on.
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    void setSeed(quint64 seed) { m_seed = seed; }

    // ---- a live turn (the Playground page)
    // The same message is being asked of columnCount columns: fixes the order they are shown
    // in (shuffled in blind mode; the names stay hidden until the round is revealed) and
    // returns the columns in that order. Emits turnBegun.
    QList<int> beginTurn(int columnCount);
    // Every column has answered or failed: starts the round of each column's last answer (a
    // column whose conversation does not end with an answer is left out), in the order
    // beginTurn fixed. Called again after a regenerate, it keeps that order and starts the
    // round afresh.
    void finishTurn(const QList<PlaygroundColumn> &columns);
    bool isTurnOpen() const { return m_turnOpen; }
    // The columns in the order they are shown now (the turn's, else the round's).
    QList<int> shownColumns() const;
    // Whether the model names are hidden now (during a blind turn and until reveal()).
    bool namesHidden() const;
    // What a column's header says now: "Answer 2" while the names are hidden, else the model.
    QString columnTitle(int column, const QString &model) const;

    // ---- a round given directly (tests, the batch review)
    void startRound(const QString &prompt, const QList<BlindRound::Answer> &answers);
    void clearRound();
    bool hasRound() const { return m_round.size() > 0; }
    const BlindRound &round() const { return m_round; }
    int roundsStarted() const { return m_roundsStarted; }

    bool pickBest(int position);
    bool pickTie();
    bool pickAllBad();
    void reveal();

    // The ids of the comparisons the current round stored.
    QList<qint64> recordedComparisons() const { return m_recorded; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void turnBegun();
    void roundStarted();
    void roundJudged();
    void roundRevealed();
    void blindChanged(bool blind);

private:
    bool judge(const std::function<bool(BlindRound &)> &pick);
    bool record();
    void forgetRecorded();

    PlaygroundStore *m_store = nullptr;
    qint64 m_sessionId = 0;
    bool m_blind = false;
    quint64 m_seed;
    int m_roundsStarted = 0;
    bool m_turnOpen = false;
    bool m_turnBlind = false;
    QList<int> m_turnOrder; // the columns of the last turn begun, as shown
    BlindRound m_round;
    QList<qint64> m_recorded;
    QString m_lastError;
};
