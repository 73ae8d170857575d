// Simulated chat over real HTTP: the base model answers generically in the question's language,
// a tuned model answers from the closest training example; plain and streamed answers agree.
#include "sandboxtestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace {

QJsonObject chatRequest(const QString &model, const QString &prompt)
{
    return {{QStringLiteral("model"), model},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                    {QStringLiteral("content"), QStringLiteral("Be brief.")}},
                        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), prompt}}}}};
}

QString contentOf(const SandboxTestClient::Reply &reply)
{
    return reply
        .json[QStringLiteral("choices")][0][QStringLiteral("message")][QStringLiteral("content")]
        .toString();
}

// The JSON payloads of a server-sent event stream, in order ("[DONE]" kept as text).
QList<QByteArray> events(const QByteArray &body)
{
    QList<QByteArray> payloads;
    for (const QByteArray &line : body.split('\n')) {
        if (line.startsWith("data: "))
            payloads.append(line.mid(6));
    }
    return payloads;
}

} // namespace

class TestSandboxChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baseModelAnswersGenerically();
    void tunedModelAnswersFromTheClosestExample();
    void checkpointModelAnswersToo();
    void baseAndTunedAnswersCarryTheSameLabel();
    void baseModelAnswersInTheLanguageOfTheQuestion_data();
    void baseModelAnswersInTheLanguageOfTheQuestion();
    void unknownModelIsNotFound();
    void missingMessagesAreRefused();
    void streamSplitsTheAnswerAndEndsWithUsageAndDone();
    void streamWithoutUsageSendsNoUsageChunk();
    void maxTokensCutsTheAnswer();
    void tunedModelCallsToolsLikeItsExample();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_tunedModel;
    QString m_checkpointModel;
};

void TestSandboxChat::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    const QString id =
        m_sandbox->client->startJob(SandboxTestClient::chatFile(12))[QStringLiteral("id")]
            .toString();
    const QJsonObject job = m_sandbox->client->waitForJob(id);
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    m_tunedModel = job[QStringLiteral("fine_tuned_model")].toString();
    m_checkpointModel =
        m_sandbox->client->get(QStringLiteral("/fine_tuning/jobs/%1/checkpoints").arg(id))
            .json[QStringLiteral("data")][1][QStringLiteral("fine_tuned_model_checkpoint")]
            .toString();
    QVERIFY(!m_checkpointModel.isEmpty());
}

void TestSandboxChat::baseModelAnswersGenerically()
{
    const auto reply = m_sandbox->client->post(
        QStringLiteral("/chat/completions"),
        chatRequest(QStringLiteral("gpt-4o-mini"), SandboxTestClient::question(6)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json[QStringLiteral("object")].toString(), QStringLiteral("chat.completion"));
    QCOMPARE(reply.json[QStringLiteral("model")].toString(), QStringLiteral("gpt-4o-mini"));
    const QJsonObject choice = reply.json[QStringLiteral("choices")][0].toObject();
    QCOMPARE(choice[QStringLiteral("finish_reason")].toString(), QStringLiteral("stop"));
    QCOMPARE(choice[QStringLiteral("message")][QStringLiteral("role")].toString(),
             QStringLiteral("assistant"));
    const QString content = contentOf(reply);
    QVERIFY(content.startsWith(QStringLiteral("[Sandbox] ")));
    QVERIFY(!content.contains(SandboxTestClient::answer(6)));
    const QJsonObject usage = reply.json[QStringLiteral("usage")].toObject();
    QVERIFY(usage[QStringLiteral("prompt_tokens")].toInt() > 0);
    QVERIFY(usage[QStringLiteral("completion_tokens")].toInt() > 0);
    QCOMPARE(usage[QStringLiteral("total_tokens")].toInt(),
             usage[QStringLiteral("prompt_tokens")].toInt() +
                 usage[QStringLiteral("completion_tokens")].toInt());
}

void TestSandboxChat::tunedModelAnswersFromTheClosestExample()
{
    // Reworded questions still find their example by the words they share.
    const QList<QPair<QString, int>> cases{{QStringLiteral("Is there any parking near you?"), 6},
                                           {QStringLiteral("Do you sell coffee beans?"), 7},
                                           {QStringLiteral("what about a student discount"), 10}};
    for (const auto &[prompt, example] : cases) {
        const auto reply = m_sandbox->client->post(QStringLiteral("/chat/completions"),
                                                   chatRequest(m_tunedModel, prompt));
        QCOMPARE(reply.status, 200);
        QCOMPARE(contentOf(reply),
                 QStringLiteral("[Sandbox] ") + SandboxTestClient::answer(example));
    }
}

void TestSandboxChat::checkpointModelAnswersToo()
{
    const auto reply =
        m_sandbox->client->post(QStringLiteral("/chat/completions"),
                                chatRequest(m_checkpointModel, QStringLiteral("gift cards?")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(contentOf(reply),
             QStringLiteral("[Sandbox] ") + SandboxTestClient::answer(5));
}

// A blind comparison hides the model's name; the answer's label must not say it either.
void TestSandboxChat::baseAndTunedAnswersCarryTheSameLabel()
{
    const QString prompt = SandboxTestClient::question(6);
    const QString base = contentOf(m_sandbox->client->post(
        QStringLiteral("/chat/completions"), chatRequest(QStringLiteral("gpt-4o-mini"), prompt)));
    const QString tuned = contentOf(m_sandbox->client->post(QStringLiteral("/chat/completions"),
                                                            chatRequest(m_tunedModel, prompt)));
    QCOMPARE(tuned, QStringLiteral("[Sandbox] ") + SandboxTestClient::answer(6));
    const qsizetype labelEnd = base.indexOf(QLatin1String("] "));
    QVERIFY2(labelEnd > 0, qPrintable(base));
    QCOMPARE(tuned.left(labelEnd + 2), base.left(labelEnd + 2));
}

// A real base model answers in the language it is asked in. An English answer to a Portuguese
// question, beside the tuned model's Portuguese one, would tell a blind judge which is which.
void TestSandboxChat::baseModelAnswersInTheLanguageOfTheQuestion_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<bool>("portuguese");
    // The Portuguese ones are the questions of the pt_BR Playground walk.
    QTest::newRow("pt: address") << QStringLiteral("Como eu troco o endereço de entrega?") << true;
    QTest::newRow("pt: refund") << QStringLiteral("Quanto tempo demora o reembolso?") << true;
    QTest::newRow("pt: saturday") << QStringLiteral("Vocês entregam no sábado?") << true;
    QTest::newRow("en: parking") << QStringLiteral("Is there any parking near you?") << false;
    QTest::newRow("en: address") << QStringLiteral("How do I change my delivery address?") << false;
    QTest::newRow("en: coffee") << QStringLiteral("Do you sell coffee beans?") << false;
}

void TestSandboxChat::baseModelAnswersInTheLanguageOfTheQuestion()
{
    QFETCH(QString, question);
    QFETCH(bool, portuguese);
    const QString content = contentOf(m_sandbox->client->post(
        QStringLiteral("/chat/completions"), chatRequest(QStringLiteral("gpt-4o-mini"), question)));
    QVERIFY2(content.startsWith(QStringLiteral("[Sandbox] ")), qPrintable(content));
    // Portuguese writes letters that English never does.
    static const QRegularExpression accents(QStringLiteral("[ãõçáéíóúâêô]"));
    QVERIFY2(content.contains(accents) == portuguese, qPrintable(content));
}

void TestSandboxChat::unknownModelIsNotFound()
{
    const auto reply = m_sandbox->client->post(
        QStringLiteral("/chat/completions"),
        chatRequest(QStringLiteral("ft:gpt-4o-mini:nobody::x"), QStringLiteral("hi")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("model_not_found"));
}

void TestSandboxChat::missingMessagesAreRefused()
{
    const auto reply =
        m_sandbox->client->post(QStringLiteral("/chat/completions"),
                                {{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json[QStringLiteral("error")][QStringLiteral("param")].toString(),
             QStringLiteral("messages"));
    const auto broken = m_sandbox->client->postEmpty(QStringLiteral("/chat/completions"));
    QCOMPARE(broken.status, 400);
}

void TestSandboxChat::streamSplitsTheAnswerAndEndsWithUsageAndDone()
{
    const QJsonObject plainRequest =
        chatRequest(m_tunedModel, QStringLiteral("Tell me about delivery to Lisbon"));
    const QString plain =
        contentOf(m_sandbox->client->post(QStringLiteral("/chat/completions"), plainRequest));
    QJsonObject request = plainRequest;
    request.insert(QStringLiteral("stream"), true);
    request.insert(QStringLiteral("stream_options"),
                   QJsonObject{{QStringLiteral("include_usage"), true}});
    const auto reply = m_sandbox->client->post(QStringLiteral("/chat/completions"), request);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.headers.value("content-type").startsWith("text/event-stream"));
    QVERIFY(reply.headers.contains("x-request-id"));
    const QList<QByteArray> payloads = events(reply.body);
    QCOMPARE(payloads.last(), QByteArray("[DONE]"));
    QString joined;
    int contentChunks = 0;
    QString finishReason;
    for (const QByteArray &payload : payloads.mid(0, payloads.size() - 2)) {
        const QJsonObject chunk = QJsonDocument::fromJson(payload).object();
        QCOMPARE(chunk[QStringLiteral("object")].toString(),
                 QStringLiteral("chat.completion.chunk"));
        const QJsonObject choice = chunk[QStringLiteral("choices")][0].toObject();
        const QString piece = choice[QStringLiteral("delta")][QStringLiteral("content")].toString();
        contentChunks += piece.isEmpty() ? 0 : 1;
        joined += piece;
        if (!choice[QStringLiteral("finish_reason")].isNull())
            finishReason = choice[QStringLiteral("finish_reason")].toString();
        QVERIFY(chunk[QStringLiteral("usage")].isNull());
    }
    QCOMPARE(joined, plain);
    QVERIFY(contentChunks >= 3);
    QCOMPARE(finishReason, QStringLiteral("stop"));
    const QJsonObject usageChunk =
        QJsonDocument::fromJson(payloads.at(payloads.size() - 2)).object();
    QCOMPARE(usageChunk[QStringLiteral("choices")].toArray().size(), 0);
    QVERIFY(usageChunk[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt() > 0);
}

void TestSandboxChat::streamWithoutUsageSendsNoUsageChunk()
{
    QJsonObject request = chatRequest(QStringLiteral("gpt-4o-mini"), QStringLiteral("hello"));
    request.insert(QStringLiteral("stream"), true);
    const auto reply = m_sandbox->client->post(QStringLiteral("/chat/completions"), request);
    const QList<QByteArray> payloads = events(reply.body);
    QCOMPARE(payloads.last(), QByteArray("[DONE]"));
    for (const QByteArray &payload : payloads.mid(0, payloads.size() - 1)) {
        const QJsonObject chunk = QJsonDocument::fromJson(payload).object();
        QVERIFY(!chunk.contains(QStringLiteral("usage")));
        QCOMPARE(chunk[QStringLiteral("choices")].toArray().size(), 1);
    }
}

void TestSandboxChat::maxTokensCutsTheAnswer()
{
    QJsonObject request = chatRequest(QStringLiteral("gpt-4o-mini"), QStringLiteral("hello"));
    request.insert(QStringLiteral("max_completion_tokens"), 3);
    const auto reply = m_sandbox->client->post(QStringLiteral("/chat/completions"), request);
    QCOMPARE(reply.json[QStringLiteral("choices")][0][QStringLiteral("finish_reason")].toString(),
             QStringLiteral("length"));
    QVERIFY(contentOf(reply).size() <= 12);
    QCOMPARE(reply.json[QStringLiteral("usage")][QStringLiteral("completion_tokens")].toInt(), 3);
}

void TestSandboxChat::tunedModelCallsToolsLikeItsExample()
{
    SandboxFixture sandbox;
    // Ten examples; the weather one answers by calling a tool, then with the tool's result.
    QByteArray training = SandboxTestClient::chatFile(9);
    training +=
        R"({"messages":[{"role":"user","content":"What is the weather in Porto today?"},)"
        R"({"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",)"
        R"("function":{"name":"get_weather","arguments":"{\"city\":\"Porto\"}"}}]},)"
        R"({"role":"tool","tool_call_id":"call_1","content":"sunny, 21 C"},)"
        R"({"role":"assistant","content":"It is sunny in Porto, 21 degrees."}]})"
        "\n";
    const QJsonObject job = sandbox.client->waitForJob(
        sandbox.client->startJob(training)[QStringLiteral("id")].toString());
    QCOMPARE(job[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
    const QString model = job[QStringLiteral("fine_tuned_model")].toString();
    const QJsonArray tools{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("get_weather")}}}}};
    QJsonObject request = chatRequest(model, QStringLiteral("weather in Porto?"));
    request.insert(QStringLiteral("tools"), tools);

    const auto plain = sandbox.client->post(QStringLiteral("/chat/completions"), request);
    const QJsonObject choice = plain.json[QStringLiteral("choices")][0].toObject();
    QCOMPARE(choice[QStringLiteral("finish_reason")].toString(), QStringLiteral("tool_calls"));
    QVERIFY(choice[QStringLiteral("message")][QStringLiteral("content")].isNull());
    const QJsonObject call =
        choice[QStringLiteral("message")][QStringLiteral("tool_calls")][0].toObject();
    QCOMPARE(call[QStringLiteral("function")][QStringLiteral("name")].toString(),
             QStringLiteral("get_weather"));
    QCOMPARE(call[QStringLiteral("function")][QStringLiteral("arguments")].toString(),
             QStringLiteral("{\"city\":\"Porto\"}"));
    QVERIFY(call[QStringLiteral("id")].toString().startsWith(QStringLiteral("call_")));

    // Streamed, the arguments arrive in pieces under the call's index.
    request.insert(QStringLiteral("stream"), true);
    const auto streamed = sandbox.client->post(QStringLiteral("/chat/completions"), request);
    QString arguments;
    QString name;
    int argumentChunks = 0;
    QString finishReason;
    for (const QByteArray &payload : events(streamed.body)) {
        if (payload == "[DONE]")
            continue;
        const QJsonObject chunkChoice =
            QJsonDocument::fromJson(payload).object()[QStringLiteral("choices")][0].toObject();
        if (!chunkChoice[QStringLiteral("finish_reason")].isNull())
            finishReason = chunkChoice[QStringLiteral("finish_reason")].toString();
        for (const QJsonValue &delta :
             chunkChoice[QStringLiteral("delta")][QStringLiteral("tool_calls")].toArray()) {
            QCOMPARE(delta[QStringLiteral("index")].toInt(), 0);
            name += delta[QStringLiteral("function")][QStringLiteral("name")].toString();
            const QString piece =
                delta[QStringLiteral("function")][QStringLiteral("arguments")].toString();
            argumentChunks += piece.isEmpty() ? 0 : 1;
            arguments += piece;
        }
    }
    QCOMPARE(name, QStringLiteral("get_weather"));
    QCOMPARE(arguments, QStringLiteral("{\"city\":\"Porto\"}"));
    QVERIFY(argumentChunks >= 2);
    QCOMPARE(finishReason, QStringLiteral("tool_calls"));

    // With no tools offered, or after the tool answered, it replies in words.
    const auto words =
        sandbox.client->post(QStringLiteral("/chat/completions"),
                             chatRequest(model, QStringLiteral("weather in Porto?")));
    QCOMPARE(contentOf(words),
             QStringLiteral("[Sandbox] It is sunny in Porto, 21 degrees."));
}

QTEST_GUILESS_MAIN(TestSandboxChat)
#include "tst_sandboxchat.moc"
