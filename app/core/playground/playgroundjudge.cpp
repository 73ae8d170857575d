#include "playgroundjudge.h"

#include "playgroundexample.h"
#include "playgroundstore.h"

#include <QRandomGenerator>

PlaygroundJudge::PlaygroundJudge(QObject *parent)
    : QObject(parent), m_seed(QRandomGenerator::global()->generate64())
{
}

void PlaygroundJudge::setStore(PlaygroundStore *store, qint64 sessionId)
{
    if (store == m_store && sessionId == m_sessionId)
        return;
    m_store = store;
    m_sessionId = sessionId;
    // The round's comparisons belong to the old session.
    m_recorded.clear();
}

void PlaygroundJudge::setBlind(bool blind)
{
    if (blind == m_blind)
        return;
    m_blind = blind;
    Q_EMIT blindChanged(blind);
}

QList<int> PlaygroundJudge::beginTurn(int columnCount)
{
    m_recorded.clear();
    m_round = BlindRound();
    m_turnOpen = true;
    m_turnBlind = m_blind;
    m_turnOrder = BlindRound::shuffledColumns(columnCount, m_seed + quint64(m_roundsStarted));
    if (!m_blind)
        std::sort(m_turnOrder.begin(), m_turnOrder.end());
    ++m_roundsStarted;
    m_lastError.clear();
    Q_EMIT turnBegun();
    Q_EMIT roundStarted();
    return m_turnOrder;
}

void PlaygroundJudge::finishTurn(const QList<PlaygroundColumn> &columns)
{
    if (m_turnOrder.size() != columns.size())
        beginTurn(int(columns.size())); // no turn was begun for these columns
    QString prompt;
    QList<BlindRound::Answer> answers;
    for (int column = 0; column < columns.size(); ++column) {
        const QJsonArray &conversation = columns.at(column).conversation;
        const int last = int(conversation.size()) - 1;
        if (last < 0 || conversation.at(last).toObject().value(QLatin1String("role")).toString() !=
                            QLatin1String("assistant"))
            continue; // it failed before answering
        answers.append(
            {column, columns.at(column).model, PlaygroundExample::answerText(conversation, last)});
        if (prompt.isEmpty())
            prompt = PlaygroundExample::lastUserText(conversation);
    }
    m_turnOpen = false;
    m_recorded.clear();
    m_round = BlindRound(prompt, answers, m_turnBlind, m_turnOrder);
    m_lastError.clear();
    Q_EMIT roundStarted();
}

QList<int> PlaygroundJudge::shownColumns() const
{
    return m_turnOpen || m_round.size() == 0 ? m_turnOrder : m_round.shownColumns();
}

bool PlaygroundJudge::namesHidden() const
{
    return m_turnOpen ? m_turnBlind : m_round.namesHidden();
}

QString PlaygroundJudge::columnTitle(int column, const QString &model) const
{
    if (!namesHidden())
        return model;
    if (m_turnOpen || m_round.size() == 0) {
        const int position = int(m_turnOrder.indexOf(column));
        return position < 0 ? model : BlindRound::label(position);
    }
    // The round's numbers: a column that failed to answer has none.
    const int position = m_round.positionOf(column);
    return position < 0 ? tr("No answer") : BlindRound::label(position);
}

void PlaygroundJudge::startRound(const QString &prompt, const QList<BlindRound::Answer> &answers)
{
    m_turnOpen = false;
    m_turnOrder.clear();
    m_recorded.clear();
    m_round = BlindRound(prompt, answers, m_blind, m_seed + quint64(m_roundsStarted));
    ++m_roundsStarted;
    m_lastError.clear();
    Q_EMIT roundStarted();
}

void PlaygroundJudge::clearRound()
{
    m_turnOpen = false;
    m_turnOrder.clear();
    m_recorded.clear();
    m_round = BlindRound();
    Q_EMIT roundStarted();
}

bool PlaygroundJudge::pickBest(int position)
{
    return judge([position](BlindRound &round) { return round.pickBest(position); });
}

bool PlaygroundJudge::pickTie()
{
    return judge([](BlindRound &round) { return round.pickTie(); });
}

bool PlaygroundJudge::pickAllBad()
{
    return judge([](BlindRound &round) { return round.pickAllBad(); });
}

bool PlaygroundJudge::judge(const std::function<bool(BlindRound &)> &pick)
{
    if (m_round.size() < 2) {
        m_lastError = tr("There is nothing to compare yet: at least two models must answer.");
        return false;
    }
    if (!m_store || m_sessionId == 0) {
        m_lastError = tr("Your verdict could not be kept because this Playground session is "
                         "not saved in a workspace. Open a workspace and try again.");
        return false;
    }
    const BlindRound before = m_round;
    if (!pick(m_round)) {
        m_lastError = tr("This turn was already judged and its models have been shown, so the "
                         "verdict stays as it is.");
        return false;
    }
    if (!record()) {
        // All of the new verdict or none of it: the earlier one (if any) stands again.
        const QString error = m_lastError;
        m_round = before;
        record();
        m_lastError = error;
        return false;
    }
    m_lastError.clear();
    Q_EMIT roundJudged();
    return true;
}

void PlaygroundJudge::reveal()
{
    if (m_round.isRevealed())
        return;
    m_round.reveal();
    Q_EMIT roundRevealed();
}

void PlaygroundJudge::forgetRecorded()
{
    for (qint64 id : std::as_const(m_recorded))
        m_store->removeComparison(id);
    m_recorded.clear();
}

bool PlaygroundJudge::record()
{
    forgetRecorded();
    for (const Comparison &comparison : m_round.comparisons(m_sessionId)) {
        const qint64 id = m_store->addComparison(comparison);
        if (id == 0) {
            m_lastError = m_store->lastError();
            forgetRecorded();
            return false;
        }
        m_recorded.append(id);
    }
    return true;
}
