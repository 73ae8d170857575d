// Chat token counting by OpenAI's data-prep notebook rule: 3 per message + tokens of every
// string value + 1 per name + 3 priming the reply. The expected figures below are worked out
// by hand from token counts tiktoken (@dqbd/tiktoken) gives for each string.
#include "core/tokenizer/chattokencounter.h"
#include "core/tokenizer/datasettokencounter.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray example(const char *name)
{
    QFile file(QStringLiteral(AJUSTE_SOURCE_DIR "/tests/tokenizer/data/chat/") +
               QLatin1StringView(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// data/chat/plain.json:
// system "Você é um assistente que responde em português."  o200k 10, cl100k 13
// user   "Qual é a capital do Brasil?" (name "ana" 1)     o200k 7,  cl100k 7
// assistant "A capital do Brasil é Brasília."              o200k 7,  cl100k 8
// user   "Obrigado!"                                       o200k 2,  cl100k 4
// assistant "De nada 😀" (weight 0: not trained)           o200k 3,  cl100k 3
// Role names are 1 token each in both encodings.

// data/chat/tools.json. Keys in the JSON estimate come out sorted (QJsonObject order):
// tools  [{"function":{"name":"get_weather","parameters":{"type":"object"}},"type":"function"}]  21
// calls
// [{"function":{"arguments":"{\"city\":\"Recife\"}","name":"get_weather"},"id":"call_1","type":"function"}]
// 31 "call_1" 3, "28 °C" 3, "Sim." 2 (o200k_base)

// data/chat/preference.json: "Não." 2 (o200k_base)

} // namespace

class TestChatTokenCounter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsPlainChatLikeTheNotebook_data();
    void countsPlainChatLikeTheNotebook();
    void countsToolsAsTheirJsonText();
    void countsPreferenceExamples();
    void readsOlderPreferenceNames();
    void contentPartsCountTheirText();
    void specialTokenTextIsOrdinaryText();
    void notAChatExampleCountsNothing();
    void countsADatasetOnAllCores();
    void cancelledCountReturnsNothing();
    void asyncCountReportsResultsInOrder();
    void countsTexts();
};

void TestChatTokenCounter::countsPlainChatLikeTheNotebook_data()
{
    QTest::addColumn<TokenEncoding>("encoding");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("trained");
    // o200k: (3+1+10) + (3+1+7+1+1) + (3+1+7) + (3+1+2) + (3+1+3) + 3 = 54; trained 7.
    QTest::newRow("o200k_base") << TokenEncoding::O200kBase << qint64(54) << qint64(7);
    // cl100k: (3+1+13) + (3+1+7+1+1) + (3+1+8) + (3+1+4) + (3+1+3) + 3 = 60; trained 8.
    QTest::newRow("cl100k_base") << TokenEncoding::Cl100kBase << qint64(60) << qint64(8);
}

void TestChatTokenCounter::countsPlainChatLikeTheNotebook()
{
    QFETCH(TokenEncoding, encoding);
    QFETCH(qint64, total);
    QFETCH(qint64, trained);
    const ChatTokenCount count = ChatTokenCounter(encoding).count(parse(example("plain")));
    QCOMPARE(count.total, total);
    QCOMPARE(count.trained, trained);
    QCOMPARE(count.messages, 5);
}

void TestChatTokenCounter::countsToolsAsTheirJsonText()
{
    // (3+1+7) + (3+1+0+31) + (3+1+3+3) + (3+1+2) + 3 + 21 = 86; trained: 31 + 2.
    const ChatTokenCount count =
        ChatTokenCounter(TokenEncoding::O200kBase).count(parse(example("tools")));
    QCOMPARE(count.total, 86);
    QCOMPARE(count.trained, 33);
    QCOMPARE(count.messages, 4);
}

void TestChatTokenCounter::countsPreferenceExamples()
{
    // (3+1+7) + (3+1+2) + (3+1+2) + 3 = 26; trained: both answers, 2 + 2.
    const ChatTokenCount count =
        ChatTokenCounter(TokenEncoding::O200kBase).count(parse(example("preference")));
    QCOMPARE(count.total, 26);
    QCOMPARE(count.trained, 4);
    QCOMPARE(count.messages, 3);
}

void TestChatTokenCounter::readsOlderPreferenceNames()
{
    QByteArray older = example("preference");
    older.replace("preferred_output", "preferred_completion");
    const ChatTokenCounter counter(TokenEncoding::O200kBase);
    QCOMPARE(counter.count(parse(older)), counter.count(parse(example("preference"))));
}

void TestChatTokenCounter::contentPartsCountTheirText()
{
    const ChatTokenCounter counter(TokenEncoding::O200kBase);
    const ChatTokenCount parts = counter.count(
        parse("{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": "
              "\"Qual é a capital \"}, {\"type\": \"text\", \"text\": \"do Brasil?\"}]}]}"));
    const ChatTokenCount plain =
        counter.count(parse("{\"messages\": [{\"role\": \"user\", \"content\": \"Qual é a capital "
                            "\"}, {\"role\": \"user\", \"content\": \"do Brasil?\"}]}"));
    // The same text in two parts of one message: one message overhead less than two messages.
    QCOMPARE(parts.total, plain.total - ChatTokenCounter::TokensPerMessage - 1);
}

void TestChatTokenCounter::specialTokenTextIsOrdinaryText()
{
    // "<|endoftext|>" is 7 ordinary tokens: 3 + 1 + 7 + 3.
    const ChatTokenCount count =
        ChatTokenCounter(TokenEncoding::O200kBase)
            .count(parse("{\"messages\": [{\"role\": \"user\", \"content\": \"<|endoftext|>\"}]}"));
    QCOMPARE(count.total, 14);
    QCOMPARE(count.trained, 0);
}

void TestChatTokenCounter::notAChatExampleCountsNothing()
{
    const ChatTokenCounter counter;
    QCOMPARE(counter.count(parse("{\"prompt\": \"x\", \"completion\": \"y\"}")), ChatTokenCount{});
    QCOMPARE(counter.count(QJsonObject()), ChatTokenCount{});
    // The notebook still primes a reply for an empty message list.
    QCOMPARE(counter.count(parse("{\"messages\": []}")).total, 3);
}

void TestChatTokenCounter::countsADatasetOnAllCores()
{
    const ChatTokenCounter counter(TokenEncoding::O200kBase);
    QList<QJsonObject> examples;
    for (int i = 0; i < 1000; ++i)
        examples.append(parse(example(i % 3 == 0 ? "plain" : i % 3 == 1 ? "tools" : "preference")));
    const std::optional<QList<ChatTokenCount>> counts =
        DatasetTokenCounter::countAll(examples, TokenEncoding::O200kBase);
    QVERIFY(counts.has_value());
    QCOMPARE(counts->size(), examples.size());
    for (qsizetype i = 0; i < examples.size(); ++i)
        QCOMPARE(counts->at(i), counter.count(examples.at(i)));
}

void TestChatTokenCounter::cancelledCountReturnsNothing()
{
    const QList<QJsonObject> examples(500, parse(example("plain")));
    const std::atomic_bool cancelled = true;
    QVERIFY(
        !DatasetTokenCounter::countAll(examples, TokenEncoding::O200kBase, &cancelled).has_value());
}

void TestChatTokenCounter::asyncCountReportsResultsInOrder()
{
    QList<QJsonObject> examples;
    for (int i = 0; i < 300; ++i)
        examples.append(parse(example(i % 2 ? "plain" : "preference")));
    QFuture<ChatTokenCount> future = DatasetTokenCounter::start(examples, TokenEncoding::O200kBase);
    QFutureWatcher<ChatTokenCount> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<ChatTokenCount>::finished);
    watcher.setFuture(future);
    QVERIFY(finished.wait(10000) || future.isFinished());
    const QList<ChatTokenCount> results = future.results();
    QCOMPARE(results.size(), examples.size());
    QCOMPARE(results.at(0).total, 26);
    QCOMPARE(results.at(1).total, 54);
}

void TestChatTokenCounter::countsTexts()
{
    const QList<qsizetype> counts = DatasetTokenCounter::countTexts(
        {"", "hello world", "Olá, mundo!"}, TokenEncoding::O200kBase);
    QCOMPARE(counts, (QList<qsizetype>{0, 2, 4}));
}

QTEST_GUILESS_MAIN(TestChatTokenCounter)
#include "tst_chattokencounter.moc"
