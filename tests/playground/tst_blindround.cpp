// Blind judging's bookkeeping: the shuffle hides which column is which (seeded, so testable),
// a verdict given on a shuffled answer lands on the model that wrote it, three or four columns
// give the documented pairwise comparisons, a revealed blind round is final, and the tallies
// count it all per pair of models as "… was preferred in 14 of 20".
#include "core/playground/blindround.h"
#include "core/playground/playgroundjudge.h"
#include "core/playground/playgroundstore.h"
#include "core/workspace/workspace.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QString Base = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Tuned = QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::x1");
const QString Other = QStringLiteral("llama-3.1-8b");
const QString Fourth = QStringLiteral("qwen2.5-7b");

QList<BlindRound::Answer> answers(const QStringList &models)
{
    QList<BlindRound::Answer> list;
    for (int column = 0; column < models.size(); ++column)
        list.append({column, models.at(column), QStringLiteral("Answer of ") + models.at(column)});
    return list;
}

// The first seed from 0 on whose shuffle puts the columns in this order.
quint64 seedFor(const QList<int> &shownColumns, const QStringList &models)
{
    for (quint64 seed = 0; seed < 1000; ++seed) {
        if (BlindRound(QString(), answers(models), true, seed).shownColumns() == shownColumns)
            return seed;
    }
    return ~0ULL;
}

} // namespace

class TestBlindRound : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shuffleHidesTheOrder();
    void sameSeedSameOrder();
    void roundThatIsNotBlindKeepsColumnOrderAndNames();
    void verdictFollowsTheModelAfterShuffle();
    void threeColumnsBestAgainstEachOther();
    void tieAndAllBadSpeakOfEveryPair();
    void revealedBlindVerdictIsFinal();
    void revealBeforeJudgingIsNotBlind();
    void judgeRecordsAndReplacesItsComparisons();
    void judgeNeedsASavedSession();
    void talliesAcrossSessions();
    void liveTurnKeepsItsShuffleFromSendToVerdict();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PlaygroundStore> m_store;
};

void TestBlindRound::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Workspace::Error error;
    m_workspace = Workspace::open(m_dir->filePath(QStringLiteral("judge.ajuste")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_store = std::make_unique<PlaygroundStore>(m_workspace.get());
}

void TestBlindRound::cleanup()
{
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestBlindRound::shuffleHidesTheOrder()
{
    // Over many rounds every column is shown first about as often as the others: the position
    // says nothing about the model.
    const QStringList models{Base, Tuned, Other};
    QHash<int, int> firstShown;
    QSet<QList<int>> orders;
    for (quint64 seed = 1; seed <= 600; ++seed) {
        const BlindRound round(QStringLiteral("Hi"), answers(models), true, seed * 7919);
        QVERIFY(round.namesHidden());
        QList<int> shown = round.shownColumns();
        orders.insert(shown);
        ++firstShown[shown.first()];
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, QList<int>({0, 1, 2})); // a permutation, nothing lost or doubled
        for (int position = 0; position < 3; ++position) {
            QCOMPARE(round.title(position), QStringLiteral("Answer %1").arg(position + 1));
            QVERIFY(!round.title(position).contains(round.answerAt(position).model));
        }
    }
    QCOMPARE(orders.size(), 6); // every order occurs
    for (int column = 0; column < 3; ++column)
        QVERIFY2(firstShown.value(column) > 150,
                 qPrintable(QString::number(firstShown.value(column))));
}

void TestBlindRound::sameSeedSameOrder()
{
    const QStringList models{Base, Tuned, Other, Fourth};
    const BlindRound one(QStringLiteral("Hi"), answers(models), true, 42);
    const BlindRound two(QStringLiteral("Hi"), answers(models), true, 42);
    QCOMPARE(one.shownColumns(), two.shownColumns());
    // Answers given in any order are taken in column order first.
    QList<BlindRound::Answer> reversed = answers(models);
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(BlindRound(QStringLiteral("Hi"), reversed, true, 42).shownColumns(),
             one.shownColumns());
    for (int position = 0; position < 4; ++position)
        QCOMPARE(one.positionOf(one.columnAt(position)), position);
    QCOMPARE(one.positionOf(9), -1);
}

void TestBlindRound::roundThatIsNotBlindKeepsColumnOrderAndNames()
{
    BlindRound round(QStringLiteral("Hi"), answers({Base, Tuned}), false, 123);
    QCOMPARE(round.shownColumns(), QList<int>({0, 1}));
    QVERIFY(!round.namesHidden());
    QVERIFY(round.isRevealed());
    QCOMPARE(round.title(1), Tuned);
    QVERIFY(round.pickBest(1));
    const QList<Comparison> comparisons = round.comparisons(5);
    QCOMPARE(comparisons.size(), 1);
    QVERIFY(!comparisons.first().blind);
    QCOMPARE(comparisons.first().verdict, ComparisonVerdict::PreferB);
    // Not blind: the person may change their mind at any time.
    QVERIFY(round.pickTie());
    QCOMPARE(round.comparisons(5).first().verdict, ComparisonVerdict::Tie);
}

void TestBlindRound::verdictFollowsTheModelAfterShuffle()
{
    const QStringList models{Base, Tuned};
    // The tuned model (column 1) shown as "Answer 1", and picked.
    const quint64 swapped = seedFor({1, 0}, models);
    QVERIFY(swapped != ~0ULL);
    BlindRound round(QStringLiteral("Where is my order?"), answers(models), true, swapped);
    QCOMPARE(round.answerAt(0).model, Tuned);
    QVERIFY(round.pickBest(0));
    QCOMPARE(round.outcome(),
             QStringLiteral("You picked Answer 1. Reveal to see which model wrote it."));
    QList<Comparison> comparisons = round.comparisons(7);
    QCOMPARE(comparisons.size(), 1);
    Comparison c = comparisons.first();
    QCOMPARE(c.sessionId, 7);
    QCOMPARE(c.prompt, QStringLiteral("Where is my order?"));
    QCOMPARE(c.modelA, Base); // column order, not shown order
    QCOMPARE(c.modelB, Tuned);
    QCOMPARE(c.answerA, QStringLiteral("Answer of ") + Base);
    QCOMPARE(c.answerB, QStringLiteral("Answer of ") + Tuned);
    QCOMPARE(c.verdict, ComparisonVerdict::PreferB);
    QVERIFY(c.blind);
    round.reveal();
    QCOMPARE(round.title(0), Tuned);
    QCOMPARE(round.outcome(), Tuned + QStringLiteral(" wrote the better answer (Answer 1)."));

    // The same pick in the unshuffled order points at the other model.
    const quint64 straight = seedFor({0, 1}, models);
    BlindRound other(QStringLiteral("Where is my order?"), answers(models), true, straight);
    QVERIFY(other.pickBest(0));
    QCOMPARE(other.comparisons(7).first().verdict, ComparisonVerdict::PreferA);
}

void TestBlindRound::threeColumnsBestAgainstEachOther()
{
    const QStringList models{Base, Tuned, Other};
    const quint64 seed = seedFor({2, 0, 1}, models);
    BlindRound round(QStringLiteral("Hi"), answers(models), true, seed);
    QVERIFY(round.pickBest(2)); // column 1: the tuned model
    QCOMPARE(round.bestPosition(), 2);
    const QList<Comparison> comparisons = round.comparisons(1);
    // The best against each other answer; the two others were not ranked.
    QCOMPARE(comparisons.size(), 2);
    QCOMPARE(comparisons.at(0).modelA, Base);
    QCOMPARE(comparisons.at(0).modelB, Tuned);
    QCOMPARE(comparisons.at(0).verdict, ComparisonVerdict::PreferB);
    QCOMPARE(comparisons.at(1).modelA, Tuned);
    QCOMPARE(comparisons.at(1).modelB, Other);
    QCOMPARE(comparisons.at(1).verdict, ComparisonVerdict::PreferA);
    round.reveal();
    QCOMPARE(round.outcome(), Tuned + QStringLiteral(" wrote the best answer (Answer 3)."));
    QVERIFY(!round.pickBest(3)); // out of range
}

void TestBlindRound::tieAndAllBadSpeakOfEveryPair()
{
    BlindRound four(QStringLiteral("Hi"), answers({Base, Tuned, Other, Fourth}), true, 3);
    QVERIFY(four.pickTie());
    QList<Comparison> comparisons = four.comparisons(1);
    QCOMPARE(comparisons.size(), 6);
    QSet<QString> pairs;
    for (const Comparison &c : std::as_const(comparisons)) {
        QCOMPARE(c.verdict, ComparisonVerdict::Tie);
        pairs.insert(c.modelA + QLatin1Char('|') + c.modelB);
    }
    QCOMPARE(pairs.size(), 6);
    QVERIFY(pairs.contains(Base + QLatin1Char('|') + Fourth)); // column order in every pair
    QVERIFY(four.pickAllBad());
    comparisons = four.comparisons(1);
    QCOMPARE(comparisons.size(), 6);
    QCOMPARE(comparisons.first().verdict, ComparisonVerdict::BothBad);
    QCOMPARE(four.outcome(), QStringLiteral("You found all the answers bad."));

    BlindRound one(QStringLiteral("Hi"), answers({Base}), true, 3);
    QVERIFY(!one.canJudge());
    QVERIFY(!one.pickTie());
    QVERIFY(one.comparisons(1).isEmpty());
}

void TestBlindRound::revealedBlindVerdictIsFinal()
{
    BlindRound round(QStringLiteral("Hi"), answers({Base, Tuned}), true, 11);
    QVERIFY(round.pickBest(0));
    QVERIFY(round.pickBest(1)); // a change of mind while still blind
    QCOMPARE(round.bestPosition(), 1);
    round.reveal();
    QVERIFY(!round.canJudge());
    QVERIFY(!round.pickBest(0));
    QCOMPARE(round.bestPosition(), 1);
    QVERIFY(round.comparisons(1).first().blind);
}

void TestBlindRound::revealBeforeJudgingIsNotBlind()
{
    BlindRound round(QStringLiteral("Hi"), answers({Base, Tuned}), true, 11);
    round.reveal();
    QVERIFY(!round.namesHidden());
    QVERIFY(round.canJudge());
    QVERIFY(round.pickAllBad());
    QCOMPARE(round.outcome(), QStringLiteral("You found both answers bad."));
    QVERIFY(!round.comparisons(1).first().blind);
}

void TestBlindRound::judgeRecordsAndReplacesItsComparisons()
{
    const qint64 session = m_store->createSession(QStringLiteral("Orders"));
    PlaygroundJudge judge;
    judge.setStore(m_store.get(), session);
    judge.setBlind(true);
    judge.setSeed(seedFor({1, 0}, {Base, Tuned}));
    QSignalSpy started(&judge, &PlaygroundJudge::roundStarted);
    QSignalSpy judged(&judge, &PlaygroundJudge::roundJudged);
    QSignalSpy revealed(&judge, &PlaygroundJudge::roundRevealed);

    judge.startRound(QStringLiteral("Where is my order?"), answers({Base, Tuned}));
    QCOMPARE(started.count(), 1);
    QVERIFY(judge.round().namesHidden());
    QCOMPARE(judge.round().answerAt(0).model, Tuned);
    QVERIFY2(judge.pickBest(1), qPrintable(judge.lastError())); // Base, shown second
    QCOMPARE(judged.count(), 1);
    QCOMPARE(m_store->comparisons(session).size(), 1);
    QVERIFY(judge.pickBest(0)); // changed: Tuned
    QList<Comparison> stored = m_store->comparisons(session);
    QCOMPARE(stored.size(), 1); // replaced, not added
    QCOMPARE(stored.first().verdict, ComparisonVerdict::PreferB);
    QVERIFY(stored.first().blind);
    QCOMPARE(judge.recordedComparisons(), QList<qint64>{stored.first().id});

    judge.reveal();
    QCOMPARE(revealed.count(), 1);
    QVERIFY(!judge.pickTie());
    QVERIFY(!judge.lastError().isEmpty());
    QCOMPARE(m_store->comparisons(session).first().verdict, ComparisonVerdict::PreferB);

    // The next turn: a new shuffle (the seed moves on), and the first verdict stays.
    judge.startRound(QStringLiteral("And the refund?"), answers({Base, Tuned}));
    QVERIFY(judge.round().namesHidden());
    QVERIFY(judge.pickTie());
    QCOMPARE(m_store->comparisons(session).size(), 2);
    QCOMPARE(m_store->tally(Tuned, Base, session).wins(Tuned), 1);
    QCOMPARE(m_store->tally(Tuned, Base, session).ties, 1);
    QCOMPARE(m_store->tally(Tuned, Base, session).blind, 2);

    // Blind mode off: the next round shows columns in order with their names.
    judge.setBlind(false);
    judge.startRound(QStringLiteral("Thanks"), answers({Base, Tuned}));
    QCOMPARE(judge.round().shownColumns(), QList<int>({0, 1}));
    QVERIFY(judge.pickBest(0));
    QCOMPARE(m_store->tally(Base, Tuned, session).blind, 2);
    QCOMPARE(m_store->tally(Base, Tuned, session).total(), 3);
}

void TestBlindRound::judgeNeedsASavedSession()
{
    PlaygroundJudge judge;
    judge.startRound(QStringLiteral("Hi"), answers({Base, Tuned}));
    QVERIFY(!judge.pickTie());
    QVERIFY(judge.lastError().contains(QStringLiteral("not saved")));
    QVERIFY(!judge.round().isJudged());

    judge.setStore(m_store.get(), 999); // a session that is not there
    QVERIFY(!judge.pickTie());
    QVERIFY(!judge.lastError().isEmpty());
    QVERIFY(!judge.round().isJudged());

    judge.startRound(QStringLiteral("Hi"), answers({Base}));
    judge.setStore(m_store.get(), m_store->createSession(QString()));
    QVERIFY(!judge.pickBest(0));
    QVERIFY(judge.lastError().contains(QStringLiteral("two models")));
}

void TestBlindRound::talliesAcrossSessions()
{
    // 20 blind verdicts over two sessions: the tuned model wins 14, the base 3, 2 ties, 1 both
    // bad; the tuned model is in column 0 in one session and column 1 in the other.
    const qint64 first = m_store->createSession(QStringLiteral("Monday"));
    const qint64 second = m_store->createSession(QStringLiteral("Tuesday"));
    PlaygroundJudge judge;
    judge.setBlind(true);
    judge.setSeed(99);
    auto play = [&](qint64 session, const QStringList &models, const QString &winner) {
        judge.setStore(m_store.get(), session);
        judge.startRound(QStringLiteral("Q"), answers(models));
        if (winner == QLatin1String("tie"))
            return judge.pickTie();
        if (winner == QLatin1String("bad"))
            return judge.pickAllBad();
        return judge.pickBest(judge.round().positionOf(int(models.indexOf(winner))));
    };
    for (int i = 0; i < 14; ++i)
        QVERIFY(play(i % 2 ? first : second,
                     i % 2 ? QStringList{Base, Tuned} : QStringList{Tuned, Base}, Tuned));
    for (int i = 0; i < 3; ++i)
        QVERIFY(play(first, {Base, Tuned}, Base));
    QVERIFY(play(second, {Tuned, Base}, QStringLiteral("tie")));
    QVERIFY(play(first, {Base, Tuned}, QStringLiteral("tie")));
    QVERIFY(play(second, {Tuned, Base}, QStringLiteral("bad")));

    const ComparisonTally all = m_store->tally(Tuned, Base);
    QCOMPARE(all.total(), 20);
    QCOMPARE(all.wins(Tuned), 14);
    QCOMPARE(all.wins(Base), 3);
    QCOMPARE(all.ties, 2);
    QCOMPARE(all.bothBad, 1);
    QCOMPARE(all.blind, 20);
    QCOMPARE(all.summary(Tuned), Tuned + QStringLiteral(" was preferred in 14 of 20 comparisons."));
    const ComparisonTally monday = m_store->tally(Tuned, Base, first);
    QCOMPARE(monday.total(), 7 + 3 + 1);
    QCOMPARE(monday.wins(Tuned), 7);
    QCOMPARE(m_store->tallies(second).size(), 1);
}

void TestBlindRound::liveTurnKeepsItsShuffleFromSendToVerdict()
{
    const qint64 session = m_store->createSession(QStringLiteral("Live"));
    PlaygroundJudge judge;
    judge.setStore(m_store.get(), session);
    judge.setBlind(true);
    judge.setSeed(seedFor({2, 0, 1}, {Base, Tuned, Other}));
    QSignalSpy begun(&judge, &PlaygroundJudge::turnBegun);

    // The order is fixed when the message is sent, so the columns can be shown shuffled and
    // nameless while they stream.
    const QList<int> order = judge.beginTurn(3);
    QCOMPARE(order, QList<int>({2, 0, 1}));
    QCOMPARE(begun.count(), 1);
    QVERIFY(judge.isTurnOpen());
    QVERIFY(judge.namesHidden());
    QVERIFY(!judge.hasRound()); // nothing to judge while answers arrive
    QCOMPARE(judge.columnTitle(2, Other), QStringLiteral("Answer 1"));
    QCOMPARE(judge.columnTitle(1, Tuned), QStringLiteral("Answer 3"));

    auto column = [](const QString &model, const QString &answer) {
        PlaygroundColumn c;
        c.model = model;
        c.conversation = {QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                      {QStringLiteral("content"), QStringLiteral("Hi?")}}};
        if (!answer.isEmpty())
            c.conversation.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                              {QStringLiteral("content"), answer}});
        return c;
    };
    judge.finishTurn({column(Base, QStringLiteral("Hello.")), column(Tuned, QStringLiteral("Hi!")),
                      column(Other, QStringLiteral("Hey."))});
    QVERIFY(!judge.isTurnOpen());
    QCOMPARE(judge.round().shownColumns(), order);
    QCOMPARE(judge.round().prompt(), QStringLiteral("Hi?"));
    QCOMPARE(judge.round().answerAt(2).text, QStringLiteral("Hi!"));
    QCOMPARE(judge.columnTitle(1, Tuned), QStringLiteral("Answer 3"));
    QVERIFY(judge.pickBest(2));
    judge.reveal();
    QVERIFY(!judge.namesHidden());
    QCOMPARE(judge.columnTitle(1, Tuned), Tuned);
    QCOMPARE(m_store->tally(Tuned, Base, session).wins(Tuned), 1);
    QCOMPARE(m_store->tally(Tuned, Other, session).wins(Tuned), 1);

    // Next turn: one column fails (its conversation ends with the question); the others keep
    // the turn's order and are numbered among themselves.
    const QList<int> next = judge.beginTurn(3);
    judge.finishTurn({column(Base, QStringLiteral("Hello.")), column(Tuned, QString()),
                      column(Other, QStringLiteral("Hey."))});
    QCOMPARE(judge.round().size(), 2);
    QList<int> expected = next;
    expected.removeAll(1);
    QCOMPARE(judge.round().shownColumns(), expected);
    QCOMPARE(judge.columnTitle(1, Tuned), QStringLiteral("No answer"));

    // Blind mode off: columns in their own order, names shown from the start.
    judge.setBlind(false);
    QCOMPARE(judge.beginTurn(3), QList<int>({0, 1, 2}));
    QVERIFY(!judge.namesHidden());
    QCOMPARE(judge.columnTitle(0, Base), Base);
}

QTEST_GUILESS_MAIN(TestBlindRound)
#include "tst_blindround.moc"
