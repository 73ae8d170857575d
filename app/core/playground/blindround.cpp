#include "blindround.h"

#include <QRandomGenerator>
#include <algorithm>

namespace {

QList<BlindRound::Answer> inColumnOrder(QList<BlindRound::Answer> answers)
{
    std::stable_sort(answers.begin(), answers.end(),
                     [](const BlindRound::Answer &a, const BlindRound::Answer &b) {
                         return a.column < b.column;
                     });
    return answers;
}

} // namespace

QList<int> BlindRound::shuffledColumns(int count, quint64 seed)
{
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order.append(i);
    // Fisher-Yates with the round's own generator (not std::shuffle, whose steps differ between
    // standard libraries): one seed gives one order everywhere.
    QRandomGenerator random(seed);
    for (int i = count - 1; i > 0; --i)
        order.swapItemsAt(i, int(random.bounded(i + 1)));
    return order;
}

BlindRound::BlindRound(const QString &prompt, const QList<Answer> &answers, bool blind,
                       quint64 seed)
    : m_prompt(prompt), m_answers(inColumnOrder(answers)), m_blind(blind)
{
    // Indices into m_answers, which are in column order.
    m_order = shuffledColumns(size(), seed);
    if (!blind)
        std::sort(m_order.begin(), m_order.end());
}

BlindRound::BlindRound(const QString &prompt, const QList<Answer> &answers, bool blind,
                       const QList<int> &columnOrder)
    : m_prompt(prompt), m_answers(inColumnOrder(answers)), m_blind(blind)
{
    QList<int> columns = blind ? columnOrder : QList<int>();
    for (const Answer &answer : std::as_const(m_answers)) {
        if (!columns.contains(answer.column))
            columns.append(answer.column);
    }
    for (int column : std::as_const(columns)) {
        for (int i = 0; i < size(); ++i) {
            if (m_answers.at(i).column == column && !m_order.contains(i))
                m_order.append(i);
        }
    }
}

BlindRound::Answer BlindRound::answerAt(int position) const
{
    if (position < 0 || position >= size())
        return {};
    return m_answers.at(m_order.at(position));
}

int BlindRound::columnAt(int position) const
{
    return answerAt(position).column;
}

int BlindRound::positionOf(int column) const
{
    for (int position = 0; position < size(); ++position) {
        if (columnAt(position) == column)
            return position;
    }
    return -1;
}

QList<int> BlindRound::shownColumns() const
{
    QList<int> columns;
    for (int position = 0; position < size(); ++position)
        columns.append(columnAt(position));
    return columns;
}

QString BlindRound::label(int position)
{
    return tr("Answer %1").arg(position + 1);
}

QString BlindRound::title(int position) const
{
    return namesHidden() ? label(position) : answerAt(position).model;
}

bool BlindRound::judge(Pick pick, int best)
{
    if (!canJudge())
        return false;
    m_pick = pick;
    m_best = best;
    m_judgedBlind = namesHidden();
    return true;
}

bool BlindRound::pickBest(int position)
{
    if (position < 0 || position >= size())
        return false;
    return judge(Pick::Best, position);
}

bool BlindRound::pickTie()
{
    return judge(Pick::Tie, -1);
}

bool BlindRound::pickAllBad()
{
    return judge(Pick::AllBad, -1);
}

QString BlindRound::outcome() const
{
    if (!m_pick)
        return QString();
    switch (*m_pick) {
    case Pick::Best:
        if (namesHidden())
            return tr("You picked %1. Reveal to see which model wrote it.").arg(label(m_best));
        return size() == 2 ? tr("%1 wrote the better answer (%2).")
                                 .arg(answerAt(m_best).model, label(m_best))
                           : tr("%1 wrote the best answer (%2).")
                                 .arg(answerAt(m_best).model, label(m_best));
    case Pick::Tie:
        return tr("You found the answers equally good.");
    case Pick::AllBad:
        break;
    }
    return size() == 2 ? tr("You found both answers bad.") : tr("You found all the answers bad.");
}

Comparison BlindRound::pair(qint64 sessionId, int firstPosition, int secondPosition,
                            ComparisonVerdict verdictForFirst) const
{
    Answer first = answerAt(firstPosition);
    Answer second = answerAt(secondPosition);
    // Column order, so the same two columns always give the same orientation.
    if (second.column < first.column) {
        std::swap(first, second);
        if (verdictForFirst == ComparisonVerdict::PreferA)
            verdictForFirst = ComparisonVerdict::PreferB;
        else if (verdictForFirst == ComparisonVerdict::PreferB)
            verdictForFirst = ComparisonVerdict::PreferA;
    }
    Comparison comparison;
    comparison.sessionId = sessionId;
    comparison.prompt = m_prompt;
    comparison.modelA = first.model;
    comparison.modelB = second.model;
    comparison.answerA = first.text;
    comparison.answerB = second.text;
    comparison.verdict = verdictForFirst;
    comparison.blind = m_judgedBlind;
    return comparison;
}

QList<Comparison> BlindRound::comparisons(qint64 sessionId) const
{
    QList<Comparison> result;
    if (!m_pick)
        return result;
    if (*m_pick == Pick::Best) {
        // In column order, so the list reads the same whatever the shuffle was.
        for (const Answer &answer : m_answers) {
            const int other = positionOf(answer.column);
            if (other != m_best)
                result.append(pair(sessionId, m_best, other, ComparisonVerdict::PreferA));
        }
        return result;
    }
    const ComparisonVerdict verdict =
        *m_pick == Pick::Tie ? ComparisonVerdict::Tie : ComparisonVerdict::BothBad;
    for (int first = 0; first < size(); ++first) {
        for (int second = first + 1; second < size(); ++second) {
            result.append(pair(sessionId, positionOf(m_answers.at(first).column),
                               positionOf(m_answers.at(second).column), verdict));
        }
    }
    return result;
}
