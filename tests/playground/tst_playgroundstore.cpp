// PlaygroundStore: sessions keep their columns and conversations across a reopen,
// comparisons keep every field, tallies count each pair of models whichever column they were
// in, and a version 1 workspace's sessions survive the migration.
#include "core/playground/playgroundstore.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspaceschema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace {

const QString Base = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Tuned = QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::x1");

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

PlaygroundColumn column(const QString &model, const QString &answer)
{
    PlaygroundColumn column;
    column.profileId = QStringLiteral("openai-work");
    column.model = model;
    column.settings = {{QStringLiteral("temperature"), 0.2},
                       {QStringLiteral("system"), QStringLiteral("You answer customers.")}};
    column.conversation = {message(QStringLiteral("user"), QStringLiteral("Where is my order?")),
                           message(QStringLiteral("assistant"), answer)};
    return column;
}

Comparison rated(qint64 session, const QString &a, const QString &b,
                 std::optional<ComparisonVerdict> verdict, bool blind = false)
{
    Comparison comparison;
    comparison.sessionId = session;
    comparison.prompt = QStringLiteral("Where is my order?");
    comparison.modelA = a;
    comparison.modelB = b;
    comparison.answerA = QStringLiteral("Answer from ") + a;
    comparison.answerB = QStringLiteral("Answer from ") + b;
    comparison.verdict = verdict;
    comparison.blind = blind;
    return comparison;
}

} // namespace

class TestPlaygroundStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sessionRoundTripsColumnsAndConversations();
    void sessionsAreRenamedListedAndRemoved();
    void comparisonRoundTripsEveryField();
    void talliesCountEachPairOnce();
    void talliesPerSession();
    void verdictCanChangeOrBeCleared();
    void writesToMissingRowsFail();
    void migratedSessionsKeepTheirNames();

private:
    bool open(const QString &name = QStringLiteral("playground.ajuste"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<PlaygroundStore> m_store;
};

void TestPlaygroundStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(open());
}

void TestPlaygroundStore::cleanup()
{
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

bool TestPlaygroundStore::open(const QString &name)
{
    m_store.reset();
    m_workspace.reset();
    Workspace::Error error;
    m_workspace =
        Workspace::open(m_dir->filePath(name), Workspace::OpenMode::CreateIfMissing, &error);
    if (!m_workspace) {
        qWarning() << error.message << error.detail;
        return false;
    }
    m_store = std::make_unique<PlaygroundStore>(m_workspace.get());
    return true;
}

void TestPlaygroundStore::sessionRoundTripsColumnsAndConversations()
{
    QSignalSpy added(m_store.get(), &PlaygroundStore::sessionAdded);
    QSignalSpy changed(m_store.get(), &PlaygroundStore::sessionChanged);
    const QList<PlaygroundColumn> columns{column(Base, QStringLiteral("I cannot see orders.")),
                                          column(Tuned, QStringLiteral("Order 42 left today."))};
    const QJsonObject settings{{QStringLiteral("blind"), true}};
    const qint64 id =
        m_store->createSession(QStringLiteral("  Orders   check "), columns, settings);
    QVERIFY2(id > 0, qPrintable(m_store->lastError()));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).toLongLong(), id);

    PlaygroundSession session = m_store->session(id);
    QCOMPARE(session.name, QStringLiteral("Orders check"));
    QCOMPARE(session.columns, columns);
    QCOMPARE(session.settings, settings);
    QVERIFY(session.createdAt > 0);
    QCOMPARE(session.updatedAt, session.createdAt);

    // The conversation goes on in one column and a third column is added.
    session.columns[1].conversation.append(
        message(QStringLiteral("user"), QStringLiteral("Thanks")));
    session.columns.append(column(QStringLiteral("llama-3.1-8b"), QStringLiteral("Hi")));
    session.columns[2].profileId = QStringLiteral("together");
    session.settings.insert(QStringLiteral("blind"), false);
    QTest::qWait(2); // updatedAt moves on
    QVERIFY(m_store->saveSession(session));
    QCOMPARE(changed.count(), 1);

    QVERIFY(open());
    const PlaygroundSession reopened = m_store->session(id);
    QCOMPARE(reopened.columns, session.columns);
    QCOMPARE(reopened.columns.at(1).conversation.size(), 3);
    QCOMPARE(reopened.columns.at(2).profileId, QStringLiteral("together"));
    QCOMPARE(reopened.settings, session.settings);
    QVERIFY(reopened.updatedAt > reopened.createdAt);
}

void TestPlaygroundStore::sessionsAreRenamedListedAndRemoved()
{
    const qint64 first = m_store->createSession(QString());
    QTest::qWait(2);
    const qint64 second = m_store->createSession(QStringLiteral("Tone"));
    QCOMPARE(m_store->session(first).name, QStringLiteral("Untitled session"));
    QList<PlaygroundSessionInfo> list = m_store->sessions();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().id, second); // most recently used first

    QSignalSpy changed(m_store.get(), &PlaygroundStore::sessionChanged);
    QTest::qWait(2);
    QVERIFY(m_store->renameSession(first, QStringLiteral("Refunds")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_store->renameSession(first, QStringLiteral("   ")));
    QVERIFY(!m_store->lastError().isEmpty());
    list = m_store->sessions();
    QCOMPARE(list.first().id, first);
    QCOMPARE(list.first().name, QStringLiteral("Refunds"));

    QVERIFY(m_store->addComparison(rated(first, Base, Tuned, ComparisonVerdict::PreferB)) > 0);
    QSignalSpy aboutToRemove(m_store.get(), &PlaygroundStore::sessionAboutToBeRemoved);
    QSignalSpy removed(m_store.get(), &PlaygroundStore::sessionRemoved);
    QVERIFY(m_store->removeSession(first));
    QCOMPARE(aboutToRemove.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->session(first).id, 0);
    QCOMPARE(m_store->sessions().size(), 1);
    QCOMPARE(m_store->comparisons(first).size(), 0);
    QCOMPARE(m_store->tallies().size(), 0);
}

void TestPlaygroundStore::comparisonRoundTripsEveryField()
{
    const qint64 session = m_store->createSession(QStringLiteral("Orders"));
    QSignalSpy added(m_store.get(), &PlaygroundStore::comparisonAdded);
    Comparison expected = rated(session, Base, Tuned, ComparisonVerdict::BothBad, true);
    expected.createdAt = 1764000000000;
    const qint64 id = m_store->addComparison(expected);
    QVERIFY(id > 0);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).toLongLong(), session);
    QCOMPARE(added.first().at(1).toLongLong(), id);
    QVERIFY(open());
    const Comparison stored = m_store->comparison(id);
    QCOMPARE(stored.id, id);
    QCOMPARE(stored.sessionId, session);
    QCOMPARE(stored.prompt, expected.prompt);
    QCOMPARE(stored.modelA, Base);
    QCOMPARE(stored.modelB, Tuned);
    QCOMPARE(stored.answerA, expected.answerA);
    QCOMPARE(stored.answerB, expected.answerB);
    QCOMPARE(stored.verdict, std::optional<ComparisonVerdict>(ComparisonVerdict::BothBad));
    QVERIFY(stored.blind);
    QCOMPARE(stored.createdAt, expected.createdAt);

    // Not rated yet: no verdict, not counted.
    const qint64 unrated = m_store->addComparison(rated(session, Base, Tuned, std::nullopt));
    QVERIFY(!m_store->comparison(unrated).verdict);
    QVERIFY(!m_store->comparison(unrated).blind);
    QCOMPARE(m_store->comparisons(session).size(), 2);
    QCOMPARE(m_store->tally(Base, Tuned).total(), 1);
}

void TestPlaygroundStore::talliesCountEachPairOnce()
{
    const qint64 session = m_store->createSession(QStringLiteral("Orders"));
    // 20 rated comparisons of the tuned model against its base, with the columns swapped
    // half of the time (blind mode shuffles them): the tuned model wins 14.
    for (int i = 0; i < 20; ++i) {
        const bool tunedFirst = i % 2 == 0;
        std::optional<ComparisonVerdict> verdict;
        if (i < 14)
            verdict = tunedFirst ? ComparisonVerdict::PreferA : ComparisonVerdict::PreferB;
        else if (i < 17)
            verdict = tunedFirst ? ComparisonVerdict::PreferB : ComparisonVerdict::PreferA;
        else if (i < 19)
            verdict = ComparisonVerdict::Tie;
        else
            verdict = ComparisonVerdict::BothBad;
        QVERIFY(m_store->addComparison(tunedFirst ? rated(session, Tuned, Base, verdict, true)
                                                  : rated(session, Base, Tuned, verdict, i < 4)));
    }
    m_store->addComparison(
        rated(session, Base, QStringLiteral("llama"), ComparisonVerdict::PreferA));

    const ComparisonTally tally = m_store->tally(Tuned, Base);
    QCOMPARE(tally.modelA, Tuned);
    QCOMPARE(tally.modelB, Base);
    QCOMPARE(tally.preferA, 14);
    QCOMPARE(tally.preferB, 3);
    QCOMPARE(tally.ties, 2);
    QCOMPARE(tally.bothBad, 1);
    QCOMPARE(tally.total(), 20);
    QCOMPARE(tally.blind, 12); // the ten tuned-first ones and two of the others
    QCOMPARE(tally.wins(Tuned), 14);
    QCOMPARE(tally.summary(Tuned),
             Tuned + QStringLiteral(" was preferred in 14 of 20 comparisons."));
    // Asked the other way round, the same counts.
    const ComparisonTally reverse = m_store->tally(Base, Tuned);
    QCOMPARE(reverse.preferA, 3);
    QCOMPARE(reverse.preferB, 14);
    QCOMPARE(reverse.wins(Tuned), 14);

    const QList<ComparisonTally> all = m_store->tallies();
    QCOMPARE(all.size(), 2);
    for (const ComparisonTally &pair : all)
        QVERIFY(pair.modelA < pair.modelB);
    QCOMPARE(m_store->tally(Tuned, QStringLiteral("never compared")).total(), 0);
}

void TestPlaygroundStore::talliesPerSession()
{
    const qint64 monday = m_store->createSession(QStringLiteral("Monday"));
    const qint64 tuesday = m_store->createSession(QStringLiteral("Tuesday"));
    m_store->addComparison(rated(monday, Tuned, Base, ComparisonVerdict::PreferA));
    m_store->addComparison(rated(tuesday, Tuned, Base, ComparisonVerdict::PreferB));
    m_store->addComparison(rated(tuesday, Base, Tuned, ComparisonVerdict::PreferB));
    QCOMPARE(m_store->tally(Tuned, Base, monday).preferA, 1);
    QCOMPARE(m_store->tally(Tuned, Base, monday).total(), 1);
    QCOMPARE(m_store->tally(Tuned, Base, tuesday).preferA, 1);
    QCOMPARE(m_store->tally(Tuned, Base, tuesday).preferB, 1);
    QCOMPARE(m_store->tally(Tuned, Base).preferA, 2);
    QCOMPARE(m_store->tally(Tuned, Base).total(), 3);
}

void TestPlaygroundStore::verdictCanChangeOrBeCleared()
{
    const qint64 session = m_store->createSession(QStringLiteral("Orders"));
    const qint64 id =
        m_store->addComparison(rated(session, Base, Tuned, ComparisonVerdict::PreferA));
    QSignalSpy changed(m_store.get(), &PlaygroundStore::comparisonChanged);
    QVERIFY(m_store->setVerdict(id, ComparisonVerdict::Tie));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_store->tally(Base, Tuned).ties, 1);
    QCOMPARE(m_store->tally(Base, Tuned).preferA, 0);
    QVERIFY(m_store->setVerdict(id, std::nullopt));
    QCOMPARE(m_store->tally(Base, Tuned).total(), 0);
    QSignalSpy removed(m_store.get(), &PlaygroundStore::comparisonRemoved);
    QVERIFY(m_store->removeComparison(id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->comparisons(session).size(), 0);
}

void TestPlaygroundStore::writesToMissingRowsFail()
{
    QCOMPARE(m_store->addComparison(rated(404, Base, Tuned, ComparisonVerdict::PreferA)), 0);
    QVERIFY(!m_store->lastError().isEmpty());
    QVERIFY(!m_store->setVerdict(404, ComparisonVerdict::Tie));
    PlaygroundSession missing;
    missing.id = 404;
    missing.name = QStringLiteral("Gone");
    QVERIFY(!m_store->saveSession(missing));
    QVERIFY(!m_store->renameSession(404, QStringLiteral("Gone")));
}

void TestPlaygroundStore::migratedSessionsKeepTheirNames()
{
    // A session and a comparison as version 1 stored them (no columns, no model names).
    m_store.reset();
    m_workspace.reset();
    const QString path = m_dir->filePath(QStringLiteral("version1.ajuste"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(WorkspaceSchema::migrate(db, 0, &error, 1), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO playground_sessions(id, name, created_at, "
                                          "updated_at) VALUES (1, 'Old', 5, 5)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO comparisons(session_id, prompt, rating, "
                                          "created_at) VALUES (1, 'Hi?', 'a', 5)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    QVERIFY(open(QStringLiteral("version1.ajuste")));
    const PlaygroundSession session = m_store->session(1);
    QCOMPARE(session.name, QStringLiteral("Old"));
    QVERIFY(session.columns.isEmpty());
    const Comparison old = m_store->comparisons(1).value(0);
    QCOMPARE(old.prompt, QStringLiteral("Hi?"));
    QCOMPARE(old.verdict, std::optional<ComparisonVerdict>(ComparisonVerdict::PreferA));
    QCOMPARE(old.modelA, QString());
    // Saving it now keeps columns.
    PlaygroundSession updated = session;
    updated.columns = {column(Base, QStringLiteral("Hello"))};
    QVERIFY(m_store->saveSession(updated));
    QCOMPARE(m_store->session(1).columns, updated.columns);
}

QTEST_GUILESS_MAIN(TestPlaygroundStore)
#include "tst_playgroundstore.moc"
