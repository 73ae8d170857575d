#include "playgroundstore.h"

#include "core/workspace/sqlvalues.h"
#include "core/workspace/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace SqlValues;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The two answers, each with the model that wrote it, in the comparisons.answers column.
QString answersJson(const Comparison &comparison)
{
    return compact(QJsonArray{
        QJsonObject{{QStringLiteral("model"), comparison.modelA},
                    {QStringLiteral("text"), comparison.answerA}},
        QJsonObject{{QStringLiteral("model"), comparison.modelB},
                    {QStringLiteral("text"), comparison.answerB}},
    });
}

const QString ComparisonColumns =
    QStringLiteral("id, session_id, prompt, model_a, model_b, answers, rating, blind, created_at");

Comparison comparisonFrom(const QSqlQuery &query)
{
    Comparison comparison;
    comparison.id = query.value(0).toLongLong();
    comparison.sessionId = query.value(1).toLongLong();
    comparison.prompt = query.value(2).toString();
    comparison.modelA = query.value(3).toString();
    comparison.modelB = query.value(4).toString();
    const QJsonArray answers = arrayFrom(query.value(5));
    comparison.answerA = answers.at(0).toObject().value(QLatin1String("text")).toString();
    comparison.answerB = answers.at(1).toObject().value(QLatin1String("text")).toString();
    comparison.verdict = Comparison::verdictFromId(query.value(6).toString());
    comparison.blind = query.value(7).toBool();
    comparison.createdAt = query.value(8).toLongLong();
    return comparison;
}

void count(ComparisonTally &tally, const QString &id, int n, int blind)
{
    const std::optional<ComparisonVerdict> verdict = Comparison::verdictFromId(id);
    if (!verdict)
        return; // a word a newer Ajuste wrote: not counted rather than miscounted
    tally.blind += blind;
    switch (*verdict) {
    case ComparisonVerdict::PreferA:
        tally.preferA += n;
        break;
    case ComparisonVerdict::PreferB:
        tally.preferB += n;
        break;
    case ComparisonVerdict::Tie:
        tally.ties += n;
        break;
    case ComparisonVerdict::BothBad:
        tally.bothBad += n;
        break;
    }
}

} // namespace

PlaygroundStore::PlaygroundStore(Workspace *workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
}

PlaygroundStore::~PlaygroundStore() = default;

QSqlDatabase PlaygroundStore::db() const
{
    return m_workspace->database();
}

bool PlaygroundStore::fail(const QString &detail) const
{
    m_lastError = tr("Ajuste could not save the Playground in the workspace. Check that the disk "
                     "is not full and try again. (%1)")
                      .arg(detail);
    return false;
}

bool PlaygroundStore::failQuery(const QSqlQuery &query) const
{
    return fail(query.lastError().text());
}

bool PlaygroundStore::sessionExists(qint64 sessionId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT 1 FROM playground_sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    return query.exec() && query.next();
}

// ---- sessions

qint64 PlaygroundStore::createSession(const QString &name, const QList<PlaygroundColumn> &columns,
                                      const QJsonObject &settings)
{
    const QString clean = name.simplified().isEmpty() ? tr("Untitled session") : name.simplified();
    PlaygroundSession session;
    session.columns = columns;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO playground_sessions(name, settings, columns, "
                                 "created_at, updated_at) VALUES(?, ?, ?, ?, ?)"));
    const qint64 time = now();
    query.addBindValue(clean);
    query.addBindValue(compact(settings));
    query.addBindValue(compact(session.columnsJson()));
    query.addBindValue(time);
    query.addBindValue(time);
    if (!query.exec()) {
        failQuery(query);
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT sessionAdded(id);
    return id;
}

bool PlaygroundStore::renameSession(qint64 sessionId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty()) {
        m_lastError = tr("A session needs a name. Type one and try again.");
        return false;
    }
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("UPDATE playground_sessions SET name = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(clean);
    query.addBindValue(now());
    query.addBindValue(sessionId);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() == 0) {
        m_lastError = tr("This Playground session is no longer in the workspace.");
        return false;
    }
    Q_EMIT sessionChanged(sessionId);
    return true;
}

bool PlaygroundStore::saveSession(const PlaygroundSession &session)
{
    const QString clean = session.name.simplified();
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE playground_sessions SET name = ?, settings = ?, "
                                 "columns = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(clean.isEmpty() ? tr("Untitled session") : clean);
    query.addBindValue(compact(session.settings));
    query.addBindValue(compact(session.columnsJson()));
    query.addBindValue(now());
    query.addBindValue(session.id);
    if (!query.exec())
        return failQuery(query);
    if (query.numRowsAffected() == 0) {
        m_lastError = tr("This Playground session is no longer in the workspace.");
        return false;
    }
    Q_EMIT sessionChanged(session.id);
    return true;
}

bool PlaygroundStore::removeSession(qint64 sessionId)
{
    if (!sessionExists(sessionId))
        return true;
    Q_EMIT sessionAboutToBeRemoved(sessionId);
    QSqlQuery query(db());
    // Its comparisons go with it (ON DELETE CASCADE).
    query.prepare(QStringLiteral("DELETE FROM playground_sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec())
        return failQuery(query);
    Q_EMIT sessionRemoved(sessionId);
    return true;
}

QList<PlaygroundSessionInfo> PlaygroundStore::sessions() const
{
    QList<PlaygroundSessionInfo> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, created_at, updated_at FROM "
                                   "playground_sessions ORDER BY updated_at DESC, id DESC"))) {
        failQuery(query);
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), query.value(3).toLongLong()});
    }
    return result;
}

PlaygroundSession PlaygroundStore::session(qint64 sessionId) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT id, name, created_at, updated_at, settings, columns "
                                 "FROM playground_sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return {};
    PlaygroundSession session;
    session.id = query.value(0).toLongLong();
    session.name = query.value(1).toString();
    session.createdAt = query.value(2).toLongLong();
    session.updatedAt = query.value(3).toLongLong();
    session.settings = objectFrom(query.value(4));
    session.columns = PlaygroundSession::columnsFrom(arrayFrom(query.value(5)));
    return session;
}

// ---- comparisons

qint64 PlaygroundStore::addComparison(const Comparison &comparison)
{
    if (!sessionExists(comparison.sessionId)) {
        m_lastError = tr("This Playground session is no longer in the workspace.");
        return 0;
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral(
        "INSERT INTO comparisons(session_id, prompt, model_a, model_b, answers, rating, blind, "
        "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(comparison.sessionId);
    query.addBindValue(text(comparison.prompt));
    query.addBindValue(text(comparison.modelA));
    query.addBindValue(text(comparison.modelB));
    query.addBindValue(answersJson(comparison));
    query.addBindValue(comparison.verdict ? QVariant(Comparison::verdictId(*comparison.verdict))
                                          : QVariant());
    query.addBindValue(comparison.blind ? 1 : 0);
    query.addBindValue(comparison.createdAt > 0 ? comparison.createdAt : now());
    if (!query.exec()) {
        failQuery(query);
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT comparisonAdded(comparison.sessionId, id);
    return id;
}

bool PlaygroundStore::setVerdict(qint64 comparisonId, std::optional<ComparisonVerdict> verdict)
{
    const qint64 sessionId = comparison(comparisonId).sessionId;
    if (sessionId == 0) {
        m_lastError = tr("This comparison is no longer in the workspace.");
        return false;
    }
    QSqlQuery query(db());
    query.prepare(QStringLiteral("UPDATE comparisons SET rating = ? WHERE id = ?"));
    query.addBindValue(verdict ? QVariant(Comparison::verdictId(*verdict)) : QVariant());
    query.addBindValue(comparisonId);
    if (!query.exec())
        return failQuery(query);
    Q_EMIT comparisonChanged(sessionId, comparisonId);
    return true;
}

bool PlaygroundStore::removeComparison(qint64 comparisonId)
{
    const qint64 sessionId = comparison(comparisonId).sessionId;
    if (sessionId == 0)
        return true;
    QSqlQuery query(db());
    query.prepare(QStringLiteral("DELETE FROM comparisons WHERE id = ?"));
    query.addBindValue(comparisonId);
    if (!query.exec())
        return failQuery(query);
    Q_EMIT comparisonRemoved(sessionId, comparisonId);
    return true;
}

QList<Comparison> PlaygroundStore::queryComparisons(const QString &where,
                                                    const QVariantList &values) const
{
    QList<Comparison> result;
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM comparisons %2 ORDER BY created_at, id")
                      .arg(ComparisonColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        failQuery(query);
        return result;
    }
    while (query.next())
        result.append(comparisonFrom(query));
    return result;
}

QList<Comparison> PlaygroundStore::comparisons(qint64 sessionId) const
{
    return queryComparisons(QStringLiteral("WHERE session_id = ?"), {sessionId});
}

Comparison PlaygroundStore::comparison(qint64 comparisonId) const
{
    return queryComparisons(QStringLiteral("WHERE id = ?"), {comparisonId}).value(0);
}

QList<ComparisonTally> PlaygroundStore::tallies(qint64 sessionId) const
{
    QSqlQuery query(db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT model_a, model_b, rating, count(*), sum(blind) FROM comparisons "
                       "WHERE rating IS NOT NULL AND (? = 0 OR session_id = ?) "
                       "GROUP BY model_a, model_b, rating"));
    query.addBindValue(sessionId);
    query.addBindValue(sessionId);
    if (!query.exec()) {
        failQuery(query);
        return {};
    }
    // One tally per unordered pair: a row with the models the other way round counts its
    // "A" verdicts for the second model.
    QHash<QString, ComparisonTally> pairs;
    QStringList order;
    while (query.next()) {
        const QString first = query.value(0).toString();
        const QString second = query.value(1).toString();
        const bool reversed = second < first;
        const QString low = reversed ? second : first;
        const QString high = reversed ? first : second;
        const QString key = low + QChar(0) + high;
        if (!pairs.contains(key)) {
            pairs.insert(key, ComparisonTally{low, high});
            order.append(key);
        }
        ComparisonTally oriented = reversed ? pairs.value(key).swapped() : pairs.value(key);
        count(oriented, query.value(2).toString(), query.value(3).toInt(), query.value(4).toInt());
        pairs.insert(key, reversed ? oriented.swapped() : oriented);
    }
    std::sort(order.begin(), order.end());
    QList<ComparisonTally> result;
    for (const QString &key : std::as_const(order))
        result.append(pairs.value(key));
    return result;
}

ComparisonTally PlaygroundStore::tally(const QString &modelA, const QString &modelB,
                                       qint64 sessionId) const
{
    for (const ComparisonTally &pair : tallies(sessionId)) {
        if (pair.modelA == modelA && pair.modelB == modelB)
            return pair;
        if (pair.modelA == modelB && pair.modelB == modelA)
            return pair.swapped();
    }
    return ComparisonTally{modelA, modelB};
}
