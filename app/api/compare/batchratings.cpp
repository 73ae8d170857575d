#include "batchratings.h"

#include "core/playground/playgroundstore.h"

#include <QRandomGenerator>
#include <numeric>

void BatchRatings::reset(int rows, int models, bool blind, quint32 seed)
{
    m_models = models;
    m_blind = blind;
    m_revealed = false;
    m_verdicts.clear();
    m_saved.clear();
    m_sessionId = 0;
    m_order.clear();
    QRandomGenerator random(seed);
    for (int row = 0; row < rows; ++row) {
        QList<int> order(models);
        std::iota(order.begin(), order.end(), 0);
        if (blind)
            std::shuffle(order.begin(), order.end(), random);
        m_order.append(order);
    }
}

int BatchRatings::modelAt(int row, int shown) const
{
    // Once revealed, every row shows the models in their own order, as their columns say.
    if (!hidesModels() || row < 0 || row >= m_order.size())
        return shown;
    return m_order.at(row).value(shown, shown);
}

int BatchRatings::shownPosition(int row, int model) const
{
    if (!hidesModels() || row < 0 || row >= m_order.size())
        return model;
    const qsizetype at = m_order.at(row).indexOf(model);
    return at < 0 ? model : int(at);
}

std::optional<BatchRatings::Verdict> BatchRatings::verdict(int row) const
{
    const auto found = m_verdicts.constFind(row);
    if (found == m_verdicts.cend())
        return std::nullopt;
    return *found;
}

void BatchRatings::setStore(PlaygroundStore *store, const QString &sessionName)
{
    m_store = store;
    m_sessionName = sessionName;
    m_sessionId = 0;
}

QList<Comparison> BatchRatings::comparisonsFor(int row, const Verdict &verdict,
                                               const BatchResults &results) const
{
    QList<Comparison> made;
    const BatchRow &answers = results.rows.at(row);
    for (int a = 0; a < m_models; ++a) {
        for (int b = a + 1; b < m_models; ++b) {
            Comparison comparison;
            comparison.prompt = answers.prompt.promptText();
            comparison.modelA = results.models.at(a).model;
            comparison.modelB = results.models.at(b).model;
            comparison.answerA = answers.answers.at(a).text;
            comparison.answerB = answers.answers.at(b).text;
            comparison.blind = m_blind;
            if (verdict.kind == Kind::Tie)
                comparison.verdict = ComparisonVerdict::Tie;
            else if (verdict.kind == Kind::AllBad)
                comparison.verdict = ComparisonVerdict::BothBad;
            else if (verdict.model == a)
                comparison.verdict = ComparisonVerdict::PreferA;
            else if (verdict.model == b)
                comparison.verdict = ComparisonVerdict::PreferB;
            else
                continue; // neither of these two was the better one: nothing said about them
            made.append(comparison);
        }
    }
    return made;
}

bool BatchRatings::rate(int row, const Verdict &verdict, const BatchResults &results,
                        QString *error)
{
    if (row < 0 || row >= results.rows.size() || m_models < 2)
        return false;
    if (m_store) {
        if (m_sessionId == 0)
            m_sessionId = m_store->createSession(m_sessionName);
        if (m_sessionId == 0) {
            if (error)
                *error = m_store->lastError();
            return false;
        }
        for (qint64 id : m_saved.value(row))
            m_store->removeComparison(id);
        QList<qint64> saved;
        for (Comparison comparison : comparisonsFor(row, verdict, results)) {
            comparison.sessionId = m_sessionId;
            const qint64 id = m_store->addComparison(comparison);
            if (id == 0) {
                if (error)
                    *error = m_store->lastError();
                m_saved.insert(row, saved);
                return false;
            }
            saved.append(id);
        }
        m_saved.insert(row, saved);
    }
    m_verdicts.insert(row, verdict);
    return true;
}
