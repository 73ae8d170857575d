// The live Playground runner against the real Sandbox: answers stream into several columns at
// once, one column stops while the others go on, a cut stream keeps its partial answer with
// tokens counted here, usage and cost come from the provider and the price table, each column
// keeps its own history, and an edited message is asked again.
#include "api/playground/playgroundconversation.h"
#include "api/playground/playgroundrunner.h"
#include "core/tokenizer/tokenizer.h"
#include "playgroundtestenv.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

const QString Question = QStringLiteral("How do I reset my password?");

PlaygroundColumn column(const QString &profileId, const QString &model,
                        const QJsonObject &settings = {})
{
    PlaygroundColumn column;
    column.profileId = profileId;
    column.model = model;
    column.settings = settings;
    return column;
}

bool waitForTurn(QSignalSpy &turns, int count = 1, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (turns.count() < count && !deadline.hasExpired())
        turns.wait(200);
    return turns.count() >= count;
}

// One answerFinished emission, read back.
struct Finished
{
    int column;
    AnswerStats stats;
    ApiError error;
};

Finished finishedAt(const QSignalSpy &spy, int at)
{
    const QList<QVariant> &arguments = spy.at(at);
    return {arguments.at(0).toInt(), arguments.at(1).value<AnswerStats>(),
            arguments.at(2).value<ApiError>()};
}

Finished finishedFor(const QSignalSpy &spy, int column)
{
    for (int at = 0; at < spy.count(); ++at) {
        if (spy.at(at).at(0).toInt() == column)
            return finishedAt(spy, at);
    }
    return {-1, {}, ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("never finished"))};
}

// The events of a turn in the order they came: "s0" started, "t0" first text, "f0" finished.
class Timeline : public QObject
{
public:
    explicit Timeline(PlaygroundRunner *runner)
    {
        connect(runner, &PlaygroundRunner::answerStarted, this,
                [this](int column) { events.append(QStringLiteral("s%1").arg(column)); });
        connect(runner, &PlaygroundRunner::answerText, this, [this](int column, const QString &) {
            const QString first = QStringLiteral("t%1").arg(column);
            if (!events.contains(first))
                events.append(first);
        });
        connect(runner, &PlaygroundRunner::answerFinished, this,
                [this](int column) { events.append(QStringLiteral("f%1").arg(column)); });
    }
    QStringList events;
};

} // namespace

Q_DECLARE_METATYPE(AnswerStats)
Q_DECLARE_METATYPE(ApiError)

class TestPlaygroundRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parallelStreamsInFourColumns();
    void stopOneWhileTheOthersGoOn();
    void cutStreamKeepsItsPartialAnswer();
    void costOfBaseAndTunedModels();
    void multiTurnHistoryPerColumn();
    void editAndRegenerate();
    void unknownModelExplainsItself();

private:
    std::unique_ptr<PlaygroundTestEnv> m_env;
};

void TestPlaygroundRunner::initTestCase()
{
    qRegisterMetaType<AnswerStats>();
    qRegisterMetaType<ApiError>();
    m_env = std::make_unique<PlaygroundTestEnv>();
    QVERIFY(m_env->isValid());
}

void TestPlaygroundRunner::parallelStreamsInFourColumns()
{
    PlaygroundRunner runner(m_env->providers(), m_env->prices());
    const QString sandbox = PlaygroundTestEnv::sandboxProfileId();
    runner.setColumns({column(sandbox, QStringLiteral("gpt-4o-mini-2024-07-18")),
                       column(sandbox, QStringLiteral("gpt-4o-2024-08-06")),
                       column(sandbox, QStringLiteral("gpt-4.1-mini-2025-04-14")),
                       column(sandbox, QStringLiteral("gpt-3.5-turbo-0125"))});
    runner.setSystemPrompt(QStringLiteral("You are a helpful support agent."));
    Timeline timeline(&runner);
    QSignalSpy finished(&runner, &PlaygroundRunner::answerFinished);
    QSignalSpy turns(&runner, &PlaygroundRunner::turnFinished);
    QVERIFY(runner.send(Question));
    QVERIFY(!runner.send(Question)); // one turn at a time
    for (int c = 0; c < 4; ++c)
        QVERIFY(runner.isAnswering(c));
    QVERIFY(waitForTurn(turns));
    QCOMPARE(turns.count(), 1);
    QCOMPARE(finished.count(), 4);

    // All four streams were under way before the first one ended: they ran at the same time.
    const qsizetype firstEnd = std::min({timeline.events.indexOf(QStringLiteral("f0")),
                                         timeline.events.indexOf(QStringLiteral("f1")),
                                         timeline.events.indexOf(QStringLiteral("f2")),
                                         timeline.events.indexOf(QStringLiteral("f3"))});
    for (int c = 0; c < 4; ++c) {
        const qsizetype firstText = timeline.events.indexOf(QStringLiteral("t%1").arg(c));
        QVERIFY2(firstText >= 0 && firstText < firstEnd, qPrintable(timeline.events.join(u' ')));
    }

    for (int c = 0; c < 4; ++c) {
        const Finished result = finishedFor(finished, c);
        QVERIFY2(!result.error, qPrintable(result.error.userMessage));
        QVERIFY(!result.stats.tokensEstimated); // the Sandbox sends usage at the end
        QVERIFY(result.stats.inputTokens > 0 && result.stats.outputTokens > 0);
        QVERIFY(result.stats.firstTokenMs >= 0);
        QVERIFY(result.stats.totalMs >= result.stats.firstTokenMs);
        QVERIFY(result.stats.costUsd.has_value());
        const QJsonArray conversation = runner.columns().at(c).conversation;
        QCOMPARE(conversation.size(), 2);
        QVERIFY(PlaygroundConversation::isUser(conversation.at(0)));
        QVERIFY(PlaygroundConversation::text(conversation.at(1))
                    .startsWith(QStringLiteral("[Sandbox]")));
        QCOMPARE(PlaygroundConversation::stats(conversation.at(1)), result.stats);
    }
    // Cost from the base models' chat prices: gpt-4o mini costs US$0.15 in, 0.60 out per 1M.
    const Finished mini = finishedFor(finished, 0);
    QVERIFY(qFuzzyCompare(*mini.stats.costUsd,
                          (mini.stats.inputTokens * 0.15 + mini.stats.outputTokens * 0.6) / 1e6));
    const Finished gpt4o = finishedFor(finished, 1);
    QVERIFY(qFuzzyCompare(*gpt4o.stats.costUsd,
                          (gpt4o.stats.inputTokens * 2.5 + gpt4o.stats.outputTokens * 10.0) / 1e6));
}

void TestPlaygroundRunner::stopOneWhileTheOthersGoOn()
{
    PlaygroundRunner runner(m_env->providers(), m_env->prices());
    const QString sandbox = PlaygroundTestEnv::sandboxProfileId();
    const QString model = QStringLiteral("gpt-4o-mini-2024-07-18");
    runner.setColumns({column(sandbox, model), column(sandbox, model), column(sandbox, model)});
    QSignalSpy finished(&runner, &PlaygroundRunner::answerFinished);
    QSignalSpy turns(&runner, &PlaygroundRunner::turnFinished);
    bool stopped = false;
    connect(&runner, &PlaygroundRunner::answerText, this, [&](int c, const QString &) {
        if (c == 1 && !stopped) {
            stopped = true;
            runner.stop(1);
        }
    });
    QVERIFY(runner.send(Question));
    QVERIFY(waitForTurn(turns));
    QVERIFY(stopped);
    QCOMPARE(finished.count(), 3);
    QCOMPARE(finishedAt(finished, 0).column, 1); // the stopped one ended first
    const Finished stoppedAnswer = finishedFor(finished, 1);
    QCOMPARE(stoppedAnswer.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(stoppedAnswer.stats.tokensEstimated);
    const QString partial = PlaygroundConversation::text(runner.columns().at(1).conversation.at(1));
    const QString full = PlaygroundConversation::text(runner.columns().at(0).conversation.at(1));
    QVERIFY(!partial.isEmpty());
    QVERIFY(full.startsWith(partial));
    QVERIFY(partial.size() < full.size());
    QCOMPARE(stoppedAnswer.stats.outputTokens, Tokenizer().count(partial));
    for (int c : {0, 2}) {
        const Finished other = finishedFor(finished, c);
        QVERIFY2(!other.error, qPrintable(other.error.userMessage));
        QVERIFY(!other.stats.tokensEstimated);
        QCOMPARE(PlaygroundConversation::text(runner.columns().at(c).conversation.at(1)), full);
    }
    QCOMPARE(PlaygroundConversation::error(runner.columns().at(1).conversation.at(1)).kind,
             ApiError::Kind::Cancelled);
}

void TestPlaygroundRunner::cutStreamKeepsItsPartialAnswer()
{
    // The role chunk, then three pieces of text, then the connection drops.
    const QString cut =
        m_env->startSandboxProfile(QStringLiteral("Cutting Sandbox"),
                                   {QStringLiteral("--cut-stream-after"), QStringLiteral("4")});
    QVERIFY2(!cut.isEmpty(), "the second Sandbox did not start");
    PlaygroundRunner runner(m_env->providers(), m_env->prices());
    runner.setColumns(
        {column(cut, QStringLiteral("gpt-4o-mini-2024-07-18")),
         column(PlaygroundTestEnv::sandboxProfileId(), QStringLiteral("gpt-4o-mini-2024-07-18"))});
    runner.setSystemPrompt(QStringLiteral("Answer briefly."));
    QSignalSpy finished(&runner, &PlaygroundRunner::answerFinished);
    QSignalSpy turns(&runner, &PlaygroundRunner::turnFinished);
    QVERIFY(runner.send(Question));
    QVERIFY(waitForTurn(turns));

    const Finished cutAnswer = finishedFor(finished, 0);
    QCOMPARE(cutAnswer.error.kind, ApiError::Kind::StreamCut);
    QVERIFY(!cutAnswer.error.userMessage.isEmpty());
    const QJsonArray conversation = runner.columns().at(0).conversation;
    QCOMPARE(conversation.size(), 2);
    const QString partial = PlaygroundConversation::text(conversation.at(1));
    QVERIFY(partial.startsWith(QStringLiteral("[Sandbox")));
    const QString whole = PlaygroundConversation::text(runner.columns().at(1).conversation.at(1));
    QVERIFY(whole.startsWith(partial) && partial.size() < whole.size());

    // Counted here: the answer's tokens, and the prompt as OpenAI counts chat messages.
    QVERIFY(cutAnswer.stats.tokensEstimated);
    QCOMPARE(cutAnswer.stats.outputTokens, Tokenizer().count(partial));
    const Tokenizer tokens;
    const qint64 prompt = 3 + tokens.count(u"system") + tokens.count(u"Answer briefly.") + 3 +
                          tokens.count(u"user") + tokens.count(Question) + 3;
    QCOMPARE(cutAnswer.stats.inputTokens, prompt);
    QVERIFY(cutAnswer.stats.costUsd.has_value());
    QVERIFY(qFuzzyCompare(*cutAnswer.stats.costUsd,
                          (prompt * 0.15 + cutAnswer.stats.outputTokens * 0.6) / 1e6));
    QVERIFY(PlaygroundConversation::stats(conversation.at(1)).tokensEstimated);
    QVERIFY(!finishedFor(finished, 1).error); // the other column was not affected
}

void TestPlaygroundRunner::costOfBaseAndTunedModels()
{
    AnswerAccounting accounting(m_env->prices());
    AnswerRequest base{QStringLiteral("gpt-4o-mini-2024-07-18"), {}, ProviderKind::OpenAI, {}};
    QVERIFY(qFuzzyCompare(*accounting.cost(base, 1000000, 1000000), 0.15 + 0.6));
    AnswerRequest tuned{
        QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::abc123"), {}, ProviderKind::OpenAI, {}};
    QVERIFY(qFuzzyCompare(*accounting.cost(tuned, 1000000, 1000000), 0.3 + 1.2));
    // A checkpoint named by the provider, its base known from the job.
    AnswerRequest checkpoint{QStringLiteral("ft:gpt-4o-2024-08-06:acme::abc:ckpt-step-10"),
                             QStringLiteral("gpt-4o-2024-08-06"),
                             ProviderKind::AzureOpenAI,
                             {}};
    QVERIFY(qFuzzyCompare(*accounting.cost(checkpoint, 2000000, 0), 2 * 3.75));
    // The Sandbox shows what OpenAI would charge; a local server has no price.
    AnswerRequest sandbox{QStringLiteral("gpt-4.1-2025-04-14"), {}, ProviderKind::Sandbox, {}};
    QVERIFY(qFuzzyCompare(*accounting.cost(sandbox, 0, 1000000), 8.0));
    AnswerRequest local{
        QStringLiteral("gpt-4o-mini-2024-07-18"), {}, ProviderKind::OpenAICompatible, {}};
    QVERIFY(!accounting.cost(local, 100, 100).has_value());
    AnswerRequest unknown{QStringLiteral("llama3:8b"), {}, ProviderKind::OpenAI, {}};
    QVERIFY(!accounting.cost(unknown, 100, 100).has_value());
    // Together's table has no chat prices yet: unknown rather than wrong.
    AnswerRequest together{
        QStringLiteral("Qwen/Qwen2.5-72B-Instruct"), {}, ProviderKind::Together, {}};
    QVERIFY(!accounting.cost(together, 100, 100).has_value());
}

void TestPlaygroundRunner::multiTurnHistoryPerColumn()
{
    PlaygroundRunner runner(m_env->providers(), m_env->prices());
    const QString sandbox = PlaygroundTestEnv::sandboxProfileId();
    const QString model = QStringLiteral("gpt-4o-mini-2024-07-18");
    // The second column may only answer five tokens: its history differs from the first's.
    runner.setColumns({column(sandbox, model),
                       column(sandbox, model, QJsonObject{{QStringLiteral("max_tokens"), 5}})});
    runner.setSettings(
        QJsonObject{{QStringLiteral("temperature"), 0.2}, {QStringLiteral("seed"), 7}});
    QCOMPARE(runner.requestFor(1).maxCompletionTokens, std::optional<int>(5));
    QCOMPARE(runner.requestFor(1).temperature, std::optional<double>(0.2));
    QCOMPARE(runner.requestFor(0).seed, std::optional<qint64>(7));
    QCOMPARE(runner.requestFor(0).maxCompletionTokens, std::nullopt);
    QSignalSpy turns(&runner, &PlaygroundRunner::turnFinished);
    QVERIFY(runner.send(Question));
    QVERIFY(waitForTurn(turns));
    const QString firstLong =
        PlaygroundConversation::text(runner.columns().at(0).conversation.at(1));
    const QString firstShort =
        PlaygroundConversation::text(runner.columns().at(1).conversation.at(1));
    QVERIFY(firstShort.size() < firstLong.size());

    // The next request carries each column's own earlier answer.
    const ChatRequest next = runner.requestFor(1);
    QCOMPARE(next.messages.size(), 2);
    QCOMPARE(next.messages.at(1).content, firstShort);
    QVERIFY(runner.send(QStringLiteral("And if I forgot my email too?")));
    QVERIFY(waitForTurn(turns, 2));
    for (int c = 0; c < 2; ++c) {
        const QJsonArray conversation = runner.columns().at(c).conversation;
        QCOMPARE(conversation.size(), 4);
        QCOMPARE(PlaygroundConversation::text(conversation.at(2)),
                 QStringLiteral("And if I forgot my email too?"));
        QVERIFY(PlaygroundConversation::isAnswer(conversation.at(3)));
    }
    QCOMPARE(PlaygroundConversation::text(runner.columns().at(1).conversation.at(1)), firstShort);
    QCOMPARE(PlaygroundConversation::text(runner.columns().at(0).conversation.at(1)), firstLong);
}

void TestPlaygroundRunner::editAndRegenerate()
{
    PlaygroundRunner runner(m_env->providers(), m_env->prices());
    const QString sandbox = PlaygroundTestEnv::sandboxProfileId();
    const QString model = QStringLiteral("gpt-4o-mini-2024-07-18");
    runner.setColumns({column(sandbox, model), column(sandbox, model)});
    QSignalSpy turns(&runner, &PlaygroundRunner::turnFinished);
    QSignalSpy changed(&runner, &PlaygroundRunner::conversationChanged);
    QVERIFY(runner.send(Question));
    QVERIFY(waitForTurn(turns));
    QVERIFY(runner.send(QStringLiteral("Thanks!")));
    QVERIFY(waitForTurn(turns, 2));
    const QJsonArray untouched = runner.columns().at(1).conversation;

    // Edit the first question of column 0 and ask again from there: the later turn goes.
    const QString other = QStringLiteral("Can I use the app offline?");
    changed.clear();
    QVERIFY(runner.editMessage(0, 0, other));
    QCOMPARE(changed.count(), 1);
    QVERIFY(runner.regenerate(0, 0));
    QVERIFY(runner.isAnswering(0));
    QVERIFY(!runner.isAnswering(1));
    QVERIFY(waitForTurn(turns, 3));
    QJsonArray conversation = runner.columns().at(0).conversation;
    QCOMPARE(conversation.size(), 2);
    QCOMPARE(PlaygroundConversation::text(conversation.at(0)), other);
    QVERIFY(PlaygroundConversation::isAnswer(conversation.at(1)));
    QCOMPARE(runner.columns().at(1).conversation, untouched); // the other column is as it was

    // Regenerate an answer: it is asked again in its place.
    QVERIFY(runner.regenerate(0, 1));
    QVERIFY(waitForTurn(turns, 4));
    QCOMPARE(runner.columns().at(0).conversation.size(), 2);

    // An edited answer is what the model sees next.
    const QString better = QStringLiteral("Yes: open Settings and choose Offline.");
    QVERIFY(runner.editMessage(0, 1, better));
    QCOMPARE(runner.requestFor(0).messages.at(1).content, better);
    QCOMPARE(PlaygroundConversation::role(runner.columns().at(0).conversation.at(1)),
             QStringLiteral("assistant"));
    QVERIFY(!runner.regenerate(0, 7)); // out of range
    QVERIFY(!runner.editMessage(3, 0, better));
}

void TestPlaygroundRunner::unknownModelExplainsItself()
{
    PlaygroundRunner runner(m_env->providers(), m_env->prices());
    runner.setColumns(
        {column(PlaygroundTestEnv::sandboxProfileId(), QStringLiteral("no-such-model")),
         column(QStringLiteral("no-such-profile"), QStringLiteral("gpt-4o"))});
    QSignalSpy finished(&runner, &PlaygroundRunner::answerFinished);
    QSignalSpy turns(&runner, &PlaygroundRunner::turnFinished);
    QVERIFY(runner.send(Question));
    QVERIFY(waitForTurn(turns));
    QCOMPARE(finishedFor(finished, 0).error.kind, ApiError::Kind::ModelNotFound);
    QCOMPARE(finishedFor(finished, 1).error.kind, ApiError::Kind::NoProfile);
    for (int c = 0; c < 2; ++c) {
        QVERIFY(!finishedFor(finished, c).error.userMessage.isEmpty());
        QCOMPARE(runner.columns().at(c).conversation.size(), 1); // no answer was added
    }
    // Asking again (past the last message) answers the question that is still waiting.
    QVERIFY(runner.regenerate(0, 1));
    QVERIFY(runner.isAnswering(0));
    QVERIFY(waitForTurn(turns, 2));
    QCOMPARE(finishedAt(finished, finished.count() - 1).error.kind, ApiError::Kind::ModelNotFound);
}

QTEST_MAIN(TestPlaygroundRunner)
#include "tst_playgroundrunner.moc"
