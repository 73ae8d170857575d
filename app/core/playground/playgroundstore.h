#pragma once

// PlaygroundStore: the Playground sessions of one workspace and the comparisons rated in
// them, for the GUI thread.
//
// Contract
// --------
// * Every call runs synchronously on the workspace's GUI connection; each write is one
//   transaction. Writes return false / 0 on failure and leave the workspace unchanged;
//   lastError() then holds a sentence for the user.
// * sessions() lists names and times only; session() loads the columns with their
//   conversations. saveSession() stores name, settings and columns and moves updatedAt.
// * Removing a session removes its comparisons.
// * Tallies count rated comparisons per pair of models, whichever column each model was in:
//   tally(a, b) gives a's wins as preferA even where a was shown second.
// * Signals: sessionAdded / sessionChanged / sessionAboutToBeRemoved / sessionRemoved;
//   comparisonAdded / comparisonChanged / comparisonRemoved (session, comparison), after
//   which tallies may differ.

#include "comparison.h"
#include "playgroundsession.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;
class Workspace;

class PlaygroundStore : public QObject
{
    Q_OBJECT

public:
    explicit PlaygroundStore(Workspace *workspace, QObject *parent = nullptr);
    ~PlaygroundStore() override;

    Workspace *workspace() const { return m_workspace; }
    QString lastError() const { return m_lastError; }

    // ---- sessions
    // An empty name becomes "Untitled session". Returns the new id, 0 on failure.
    qint64 createSession(const QString &name, const QList<PlaygroundColumn> &columns = {},
                         const QJsonObject &settings = {});
    bool renameSession(qint64 sessionId, const QString &name);
    bool saveSession(const PlaygroundSession &session); // by session.id
    bool removeSession(qint64 sessionId);
    QList<PlaygroundSessionInfo> sessions() const;     // most recently used first
    PlaygroundSession session(qint64 sessionId) const; // id 0 when there is none

    // ---- comparisons
    qint64 addComparison(const Comparison &comparison); // returns the new id, 0 on failure
    bool setVerdict(qint64 comparisonId, std::optional<ComparisonVerdict> verdict);
    bool removeComparison(qint64 comparisonId);
    QList<Comparison> comparisons(qint64 sessionId) const; // oldest first
    Comparison comparison(qint64 comparisonId) const;      // id 0 when there is none

    // Every pair of models compared (in one session, or in all when sessionId is 0), each
    // pair once, with its models in alphabetical order.
    QList<ComparisonTally> tallies(qint64 sessionId = 0) const;
    ComparisonTally tally(const QString &modelA, const QString &modelB, qint64 sessionId = 0) const;

Q_SIGNALS:
    void sessionAdded(qint64 sessionId);
    void sessionChanged(qint64 sessionId);
    void sessionAboutToBeRemoved(qint64 sessionId);
    void sessionRemoved(qint64 sessionId);
    void comparisonAdded(qint64 sessionId, qint64 comparisonId);
    void comparisonChanged(qint64 sessionId, qint64 comparisonId);
    void comparisonRemoved(qint64 sessionId, qint64 comparisonId);

private:
    QSqlDatabase db() const;
    bool fail(const QString &detail) const;
    bool failQuery(const QSqlQuery &query) const;
    bool sessionExists(qint64 sessionId) const;
    QList<Comparison> queryComparisons(const QString &where, const QVariantList &values) const;

    Workspace *m_workspace;
    mutable QString m_lastError;
};
