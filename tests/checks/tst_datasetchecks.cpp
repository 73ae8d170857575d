// The checks over a whole dataset (counts, duplicates, validation copies, length), the token
// figures, the epochs rule, the cost estimate and the price table.
#include "core/checks/answerlength.h"
#include "core/checks/checkfile.h"
#include "core/checks/checkrunner.h"
#include "core/checks/costestimator.h"
#include "core/checks/datasetchecker.h"
#include "core/checks/epochrule.h"
#include "core/checks/examplechecker.h"
#include "core/checks/examplefingerprint.h"
#include "core/checks/pricetable.h"
#include "core/checks/rawexamplecounter.h"
#include "core/tokenizer/chattokencounter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef AJUSTE_HAVE_GENERATOR
#include "datasetgenerator.h"
#endif

namespace {

QByteArray chatLine(int n, const QString &answer = QStringLiteral("Sure."))
{
    const QJsonObject example{{QStringLiteral("messages"),
                               QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                                      {QStringLiteral("content"), QStringLiteral("Be kind.")}},
                                          QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                      {QStringLiteral("content"), QStringLiteral("Question %1").arg(n)}},
                                          QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                      {QStringLiteral("content"), answer}}}}};
    return QJsonDocument(example).toJson(QJsonDocument::Compact);
}

QList<CheckInput> inputs(int count)
{
    QList<CheckInput> list;
    for (int i = 0; i < count; ++i)
        list.append({0, i + 1, chatLine(i), false});
    return list;
}

QStringList codesOf(const CheckIssues &issues)
{
    QStringList codes;
    for (const CheckIssue &issue : issues)
        codes.append(issue.code);
    return codes;
}

DatasetChecker::Options options(std::optional<int> context = 65536)
{
    DatasetChecker::Options result;
    result.model = QStringLiteral("gpt-4o-mini-2024-07-18");
    result.trainingContext = context;
    return result;
}

} // namespace

class TestDatasetChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void exampleCount_data();
    void exampleCount();
    void duplicatesAndValidationCopies();
    void tooLongForTheContext();
    void tokensAsTheNotebookCounts();
    void rawCountMatchesParsed_data();
    void rawCountMatchesParsed();
    void rawCountMatchesOnRealFiles();
    void plainLinesNeedNoParsing_data();
    void plainLinesNeedNoParsing();
    void epochsRule_data();
    void epochsRule();
    void billedTokensAreCutAtTheContext();
    void costOfTrainingAndInference();
    void statistics();
    void fileLinesKeepTheirNumbers();
    void shippedPrices();
    void priceOverridesRoundTrip();
    void cancelStopsTheRun();
    void runnerChecksAWorkspaceDataset();
};

void TestDatasetChecks::exampleCount_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << 0 << QStringLiteral("too_few_examples");
    QTest::newRow("9") << 9 << QStringLiteral("too_few_examples");
    QTest::newRow("10") << 10 << QStringLiteral("few_examples");
    QTest::newRow("49") << 49 << QStringLiteral("few_examples");
    QTest::newRow("50") << 50 << QString();
}

void TestDatasetChecks::exampleCount()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    const DatasetReport report = DatasetChecker(options()).run(inputs(count));
    const QStringList codes = codesOf(report.issues);
    QCOMPARE(codes.contains(QStringLiteral("too_few_examples")), expected == u"too_few_examples");
    QCOMPARE(codes.contains(QStringLiteral("few_examples")), expected == u"few_examples");
    QCOMPARE(report.hasErrors(), expected == u"too_few_examples");
    QCOMPARE(report.examples.size(), count);
}

void TestDatasetChecks::duplicatesAndValidationCopies()
{
    QList<CheckInput> list = inputs(12);
    list.append({0, 13, chatLine(3), false});           // repeats example 4 in training
    list.append({0, 14, chatLine(5), true});            // a validation copy of example 6
    list.append({0, 15, chatLine(100), true});          // validation only
    list.append({0, 16, chatLine(100), true});          // repeats it within validation
    // Field order and spacing do not hide a copy.
    list.append({0, 17, QByteArray(R"({"messages":[ {"content":"Be kind.","role":"system"},{"role":"user","content":"Question 7"},{"role":"assistant","content":"Sure."}]})"), false});
    const DatasetReport report = DatasetChecker(options()).run(list);
    QMap<int, QString> found;
    for (const CheckIssue &issue : report.issues) {
        if (issue.code == u"duplicate_example" || issue.code == u"validation_in_training")
            found.insert(int(issue.line), issue.code);
    }
    const QMap<int, QString> expected{{13, QStringLiteral("duplicate_example")},
                                      {14, QStringLiteral("validation_in_training")},
                                      {16, QStringLiteral("duplicate_example")},
                                      {17, QStringLiteral("duplicate_example")}};
    QCOMPARE(found, expected);
    QCOMPARE(report.trainingExamples, 14);
    QCOMPARE(report.validationExamples, 3);
    QCOMPARE(report.examples.at(12).status(), QStringLiteral("warning"));
    QCOMPARE(report.examples.at(0).status(), QStringLiteral("ok"));
    const CheckIssues copy = report.issuesOf(12);
    QCOMPARE(copy.size(), 1);
    QCOMPARE(copy.first().fix, CheckFixKind::RemoveExample);
    QVERIFY(copy.first().text().contains(QStringLiteral("example 4")));
}

void TestDatasetChecks::tooLongForTheContext()
{
    QList<CheckInput> list = inputs(10);
    list[2].json = chatLine(2, QString(QStringLiteral("palavra ")).repeated(200));
    const DatasetReport report = DatasetChecker(options(100)).run(list);
    const QStringList codes = codesOf(report.issuesOf(2));
    QCOMPARE(codes, QStringList{QStringLiteral("too_long")});
    QCOMPARE(report.issuesOf(2).first().severity, CheckSeverity::Warning);
    QVERIFY(codesOf(report.issuesOf(1)).isEmpty());
    QVERIFY(codesOf(DatasetChecker(options(std::nullopt)).run(list).issuesOf(2)).isEmpty());
}

void TestDatasetChecks::tokensAsTheNotebookCounts()
{
    const DatasetReport report = DatasetChecker(options()).run(inputs(10));
    const ChatTokenCounter counter;
    const ChatTokenCount expected = counter.count(QJsonDocument::fromJson(chatLine(0)).object());
    QCOMPARE(report.examples.first().totalTokens, expected.total);
    QCOMPARE(report.examples.first().trainedTokens, expected.trained);
    QCOMPARE(report.examples.first().messages, 3);
    // "Sure." is the typical answer: its tokens are the output, the rest the input.
    const qint64 answer = counter.tokenizer().count(u"Sure.");
    QCOMPARE(report.examples.first().outputTokens, answer);
    QCOMPARE(report.costInput().typicalOutputTokens, answer);
}

void TestDatasetChecks::rawCountMatchesParsed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("handled"); // counted from the bytes, or left to the parsed path
    const auto row = [](const char *name, const char *line, bool handled) {
        QTest::newRow(name) << QByteArray(line) << handled;
    };
    row("plain", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Olá, tudo bem?"},{"role":"assistant","content":"Sim! 😀"}]})", true);
    row("spaces", " { \"messages\" : [ { \"content\" : \"Q\" , \"role\" : \"user\" } , {\"role\":\"assistant\",\"content\":\"A\"} ] } ", true);
    row("escapes", R"({"messages":[{"role":"user","content":"linha 1\nlinha 2\t\"citação\" \\ \/ \u00e9 \ud83d\ude00 \u0000"},{"role":"assistant","content":"ok\r\n"}]})", true);
    row("escaped key", R"({"messages":[{"r\u006fle":"user","content":"Q"},{"role":"assistant","content":"A"}]})", true);
    row("name and weight", R"({"messages":[{"role":"user","name":"ana","content":"Q"},{"role":"assistant","content":"A","weight":0},{"role":"user","content":"Q2"},{"role":"assistant","content":"B","weight":1}]})", true);
    row("null content", R"({"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":null,"tool_calls":null}]})", true);
    row("empty message", R"({"messages":[{},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", true);
    row("unknown keys", R"({"id":12,"meta":{"a":[1,2,{"b":"c"}]},"messages":[{"role":"user","content":"Q","mood":"feliz"},{"role":"assistant","content":"A"}]})", true);
    row("no answer", R"({"messages":[{"role":"user","content":"Q"}]})", true);
    row("tool calls", R"({"messages":[{"role":"user","content":"Q"},{"role":"assistant","tool_calls":[{"id":"c1","type":"function","function":{"name":"f","arguments":"{}"}}]},{"role":"tool","tool_call_id":"c1","content":"r"},{"role":"assistant","content":"A"}]})", true);
    row("tools", R"({"tools":[{"type":"function","function":{"name":"f"}}],"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", true);
    // Tools and calls count as Qt writes them compactly: keys sorted, numbers and escapes
    // rewritten; the only answer's calls are part of its length.
    row("tools written loosely", R"({"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":null,"tool_calls":[ {"type":"function","id":"c\u0031","function":{"arguments":"{\"n\": 1.50}","name":"f"}} ],"weight":1}],"parallel_tool_calls":false,"tools":[{"function":{"parameters":{"type":"object","properties":{"n":{"type":"number","maximum":1E2,"default":-0.50}}},"name":"f","description":"Diz \"olá\" \/ \u00e9"},"type":"function"}]})", true);
    row("empty tool list", R"({"tools":[],"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", true);
    row("tools as an object", R"({"tools":{"f":1},"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", false);
    row("tool calls as text", R"j({"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"A","tool_calls":"f()"}]})j", false);
    row("parts", R"({"messages":[{"role":"user","content":[{"type":"text","text":"Q"}]},{"role":"assistant","content":"A"}]})", false);
    row("lone surrogate", R"({"messages":[{"role":"user","content":"\ud800 x"},{"role":"assistant","content":"A"}]})", false);
    row("repeated field", R"({"messages":[{"role":"user","content":"Q","content":"R"},{"role":"assistant","content":"A"}]})", false);
    // Found by fuzzing (tests/fuzz/regressions/rawexamplecounter): the parser keeps one value
    // of a repeated field the counter does not know, which used to count both.
    row("repeated unknown field", R"({"messages":[{"role":"user","mood":"a","content":"Q","mood":"b c d e f"},{"role":"assistant","content":"A"}]})", false);
    row("preference", R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[{"role":"assistant","content":"A"}],"non_preferred_output":[{"role":"assistant","content":"B"}]})", false);
}

void TestDatasetChecks::rawCountMatchesParsed()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, handled);
    const QJsonDocument document = QJsonDocument::fromJson(line);
    QVERIFY(document.isObject());
    const ChatTokenCounter counter;
    RawExampleCounter raw(counter.tokenizer());
    const std::optional<RawExampleCounter::Result> fast = raw.count(line);
    QCOMPARE(fast.has_value(), handled);
    if (!fast)
        return;
    const ChatTokenCount slow = counter.count(document.object());
    QCOMPARE(fast->total, slow.total);
    QCOMPARE(fast->trained, slow.trained);
    QCOMPARE(fast->messages, slow.messages);
    QCOMPARE(fast->lastAnswer,
             AnswerLength::lastAnswerTokens(document.object(), slow, counter.tokenizer()));
    QCOMPARE(fast->fingerprint, ExampleFingerprint::of(document.object()));
}

void TestDatasetChecks::rawCountMatchesOnRealFiles()
{
    QList<QByteArray> lines;
    QFile sample(QStringLiteral(":/samples/jabuti-support.jsonl"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    lines = sample.readAll().split('\n');
#ifdef AJUSTE_HAVE_GENERATOR
    DatasetGenerator generator(7);
    for (int i = 0; i < 3000; ++i)
        lines.append(generator.example());
#endif
    const ChatTokenCounter counter;
    RawExampleCounter raw(counter.tokenizer());
    int handled = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue;
        const std::optional<RawExampleCounter::Result> fast = raw.count(line);
        if (!fast)
            continue;
        ++handled;
        const ChatTokenCount slow = counter.count(document.object());
        QCOMPARE(fast->total, slow.total);
        QCOMPARE(fast->trained, slow.trained);
        QCOMPARE(fast->lastAnswer,
                 AnswerLength::lastAnswerTokens(document.object(), slow, counter.tokenizer()));
        QCOMPARE(fast->fingerprint, ExampleFingerprint::of(document.object()));
        if (fast->plain) {
            for (const CheckIssue &issue : ExampleChecker::check(document.object()))
                QCOMPARE(issue.severity, CheckSeverity::Advice);
        }
    }
    // Tools and tool calls included: nearly every real line is counted from its bytes.
    QVERIFY2(handled * 100 >= lines.size() * 95,
             qPrintable(QStringLiteral("%1 of %2 lines").arg(handled).arg(lines.size())));
}

void TestDatasetChecks::plainLinesNeedNoParsing_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("plain");
    const auto row = [](const char *name, const char *line, bool plain) {
        QTest::newRow(name) << QByteArray(line) << plain;
    };
    const char *good = R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})";
    row("plain", good, true);
    row("weights", R"({"messages":[{"role":"developer","content":"S"},{"role":"user","content":"Q","name":"ana"},{"role":"assistant","content":"A","weight":0},{"role":"user","content":"Q"},{"role":"assistant","weight":1,"content":"\u00e9 B"}]})", true);
    row("trailing spaces", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]}   )", true);
    row("no system", R"({"messages":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", true);
    row("no user", R"({"messages":[{"role":"system","content":"S"},{"role":"assistant","content":"A"}]})", true);
    row("skips every answer", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":0}]})", false);
    row("half weight", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A","weight":0.5}]})", false);
    row("weight on user", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","weight":1},{"role":"assistant","content":"A"}]})", false);
    row("blank text", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":" \n "},{"role":"assistant","content":"A"}]})", false);
    row("only non-ASCII text", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"\u00a0"},{"role":"assistant","content":"A"}]})", false);
    row("unknown role", R"({"messages":[{"role":"system","content":"S"},{"role":"bot","content":"Q"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", false);
    row("unknown field", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q","mood":"x"},{"role":"assistant","content":"A"}]})", false);
    row("unknown top field", R"({"id":1,"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]})", false);
    row("garbage after", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":"A"}]} x)", false);
    row("control character", "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\tR\"},{\"role\":\"assistant\",\"content\":\"A\"}]}", false);
    row("invalid UTF-8", "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\xff\"},{\"role\":\"assistant\",\"content\":\"A\"}]}", false);
    row("null text", R"({"messages":[{"role":"system","content":"S"},{"role":"user","content":"Q"},{"role":"assistant","content":null}]})", false);
    // Hidden characters, raw or escaped: the hidden-characters check must see these lines.
    row("right-to-left override", "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"invoice\u202Egpj.exe\"},{\"role\":\"assistant\",\"content\":\"A\"}]}", false);
    row("raw zero-width space", "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"pass\xe2\x80\x8bword\"},{\"role\":\"assistant\",\"content\":\"A\"}]}", false);
    row("tag character in a name", "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"Q\",\"name\":\"ana\xf3\xa0\x80\x81\"},{\"role\":\"assistant\",\"content\":\"A\"}]}", false);
    row("Arabic and emoji with a joiner", "{\"messages\":[{\"role\":\"system\",\"content\":\"S\"},{\"role\":\"user\",\"content\":\"\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xe2\x80\x8f Q\"},{\"role\":\"assistant\",\"content\":\"A \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb\"}]}", true);
}

void TestDatasetChecks::plainLinesNeedNoParsing()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, plain);
    const ChatTokenCounter counter;
    RawExampleCounter raw(counter.tokenizer());
    const std::optional<RawExampleCounter::Result> fast = raw.count(line);
    QCOMPARE(fast && fast->plain, plain);
    // What the full path says agrees: a plain line parses and has nothing to report.
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (plain) {
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const CheckIssue &issue : ExampleChecker::check(document.object()))
            QCOMPARE(issue.severity, CheckSeverity::Advice);
    }
    // The checker reports the same problems either way.
    DatasetChecker::Options options;
    const QList<CheckInput> one{{0, 1, line, false}};
    const DatasetReport report = DatasetChecker(options).run(one);
    QStringList own;
    for (const CheckIssue &issue : report.issuesOf(0))
        own.append(issue.code + u' ' + issue.problem);
    QStringList expected;
    if (error.error == QJsonParseError::NoError) {
        for (const CheckIssue &issue : ExampleChecker::check(document.object()))
            expected.append(issue.code + u' ' + issue.problem);
    } else {
        expected.append(QStringLiteral("invalid_json"));
        own = QStringList{own.value(0).section(u' ', 0, 0)};
    }
    QCOMPARE(own, expected);
}

void TestDatasetChecks::epochsRule_data()
{
    QTest::addColumn<int>("examples");
    QTest::addColumn<int>("epochs");
    QTest::newRow("1") << 1 << 25;     // min(25, 100 // 1)
    QTest::newRow("3") << 3 << 25;     // min(25, 33)
    QTest::newRow("4") << 4 << 25;     // 100 // 4 = 25
    QTest::newRow("5") << 5 << 20;
    QTest::newRow("10") << 10 << 10;
    QTest::newRow("33") << 33 << 3;    // 99 < 100: 100 // 33 = 3
    QTest::newRow("34") << 34 << 3;    // 102 >= 100: the target
    QTest::newRow("8333") << 8333 << 3; // 24,999 <= 25,000
    QTest::newRow("8334") << 8334 << 2; // 25,002 > 25,000: 25,000 // 8,334 = 2
    QTest::newRow("12500") << 12500 << 2;
    QTest::newRow("12501") << 12501 << 1;
    QTest::newRow("100000") << 100000 << 1;
}

void TestDatasetChecks::epochsRule()
{
    QFETCH(int, examples);
    QFETCH(int, epochs);
    QCOMPARE(EpochRule::automaticEpochs(examples), epochs);
}

void TestDatasetChecks::billedTokensAreCutAtTheContext()
{
    ModelPrice price;
    price.trainingContext = 1000;
    price.trainingPerMillion = 25.0;
    CostEstimator::Input input;
    input.trainingTokens = {500, 1000, 1500, 40};
    for (int i = 0; i < 36; ++i)
        input.trainingTokens.append(10); // 40 examples: 3 epochs
    input.validationExamples = 2;
    input.validationTokens = 5000;
    const CostEstimate automatic = CostEstimator::estimate(input, price);
    QCOMPARE(automatic.epochs, 3);
    QVERIFY(automatic.epochsAutomatic);
    QCOMPARE(automatic.billedTokensPerEpoch, 500 + 1000 + 1000 + 40 + 360);
    QCOMPARE(automatic.billedTokens, 3 * 2900);
    QCOMPARE(automatic.truncatedExamples, 1);
    QCOMPARE(automatic.trainingTokens, 500 + 1000 + 1500 + 40 + 360);
    QCOMPARE(automatic.validationTokens, 5000); // shown, never billed
    QVERIFY(qFuzzyCompare(*automatic.trainingPrice, 3 * 2900 * 25.0 / 1e6));

    const CostEstimate set = CostEstimator::estimate(input, price, 7);
    QCOMPARE(set.epochs, 7);
    QVERIFY(!set.epochsAutomatic);
    QCOMPARE(set.billedTokens, 7 * 2900);
}

void TestDatasetChecks::costOfTrainingAndInference()
{
    const PriceTable table = PriceTable::load(QString());
    const ModelPrice gpt4o = *table.find(QStringLiteral("gpt-4o-2024-08-06"));
    CostEstimator::Input input;
    for (int i = 0; i < 100; ++i)
        input.trainingTokens.append(10000); // 1M tokens per epoch, 3 epochs
    input.typicalInputTokens = 1000;
    input.typicalOutputTokens = 200;
    const CostEstimate cost = CostEstimator::estimate(input, gpt4o);
    QCOMPARE(cost.billedTokens, 3000000);
    QVERIFY(qFuzzyCompare(*cost.trainingPrice, 75.0));
    // 1,000 messages: 1M input tokens at 3.75 and 200k output tokens at 15.
    QVERIFY(qFuzzyCompare(*cost.inferencePer1000, 3.75 + 3.0));

    // Together AI's figures are not in the shipped table.
    const ModelPrice unknown =
        *table.find(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
    const CostEstimate none = CostEstimator::estimate(input, unknown);
    QVERIFY(!none.trainingPrice);
    QVERIFY(!none.inferencePer1000);
    QCOMPARE(none.billedTokens, 3000000);
}

void TestDatasetChecks::statistics()
{
    const TokenStatistics stats = TokenStatistics::of({5, 1, 9, 3, 7, 10, 2, 8, 4, 6});
    QCOMPARE(stats.minimum, 1);
    QCOMPARE(stats.median, 5);  // nearest rank: the 5th of 10
    QCOMPARE(stats.p90, 9);     // the 9th of 10
    QCOMPARE(stats.maximum, 10);
    QCOMPARE(stats.total, 55);
    int counted = 0;
    for (const TokenStatistics::Bin &bin : stats.bins) {
        QVERIFY(bin.to > bin.from);
        counted += bin.count;
    }
    QCOMPARE(counted, 10);
    QVERIFY(stats.bins.size() <= 21);
    QCOMPARE(TokenStatistics::roundBinWidth(1000, 20), 50);
    QCOMPARE(TokenStatistics::roundBinWidth(1001, 20), 100);
    QCOMPARE(TokenStatistics::of({}).count, 0);
    const TokenStatistics wide = TokenStatistics::of({12, 65536, 300});
    QCOMPARE(wide.bins.first().count + wide.bins.last().count, 3);
}

void TestDatasetChecks::fileLinesKeepTheirNumbers()
{
    const QByteArray text = "\xEF\xBB\xBF{\"a\":1}\r\n\r\n   \n{\"b\":2}\n{\"c\":3}";
    const QList<CheckInput> lines = CheckFile::split(text);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).line, 1);
    QCOMPARE(lines.at(0).json, QByteArray("{\"a\":1}"));
    QCOMPARE(lines.at(1).line, 4);
    QCOMPARE(lines.at(2).line, 5);
    QCOMPARE(lines.at(2).json, QByteArray("{\"c\":3}"));

    QTemporaryDir dir;
    CheckFile missing;
    QVERIFY(!missing.open(dir.filePath(QStringLiteral("nothing.jsonl"))));
    QVERIFY(missing.errorText().contains(QStringLiteral("nothing.jsonl")));
}

void TestDatasetChecks::shippedPrices()
{
    PriceTable table;
    QVERIFY2(table.loadShipped(), qPrintable(table.errorText()));
    const ModelPrice gpt4o = *table.find(QStringLiteral("gpt-4o-2024-08-06"));
    QCOMPARE(*gpt4o.trainingPerMillion, 25.0);
    QCOMPARE(*gpt4o.inputPerMillion, 3.75);
    QCOMPARE(*gpt4o.outputPerMillion, 15.0);
    QCOMPARE(*gpt4o.trainingContext, 65536);
    QCOMPARE(gpt4o.encoding, QStringLiteral("o200k_base"));
    QVERIFY(!gpt4o.validOn.isEmpty());
    const ModelPrice mini = *table.find(QStringLiteral("ft:gpt-4o-mini-2024-07-18:acme::abc123"));
    QCOMPARE(*mini.trainingPerMillion, 3.0);
    QCOMPARE(*mini.inputPerMillion, 0.30);
    QCOMPARE(*mini.outputPerMillion, 1.20);
    QCOMPARE(table.find(QStringLiteral("gpt-4o-mini"))->model, QStringLiteral("gpt-4o-mini-2024-07-18"));
    QCOMPARE(table.find(QStringLiteral("gpt-4o"))->model, QStringLiteral("gpt-4o-2024-08-06"));
    const ModelPrice turbo = *table.find(QStringLiteral("gpt-3.5-turbo-0125"));
    QCOMPARE(*turbo.trainingContext, 16385);
    QCOMPARE(turbo.encoding, QStringLiteral("cl100k_base"));
    QCOMPARE(*turbo.trainingPerMillion, 8.0);
    QVERIFY(!table.find(QStringLiteral("Qwen/Qwen2.5-72B-Instruct"))->trainingPerMillion);
    QVERIFY(table.find(QStringLiteral("no-such-model")) == std::nullopt);
    QVERIFY(std::any_of(table.models().cbegin(), table.models().cend(),
                        [](const ModelPrice &price) { return price.provider == u"together"; }));
}

void TestDatasetChecks::priceOverridesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("own/prices.json"));
    PriceTable table = PriceTable::load(path);
    ModelPrice mine = *table.find(QStringLiteral("gpt-4o-mini-2024-07-18"));
    mine.trainingPerMillion = 2.5;
    mine.validOn = QStringLiteral("2026-11-26");
    table.setOverride(mine);
    ModelPrice added;
    added.provider = QStringLiteral("together");
    added.model = QStringLiteral("my/model");
    added.trainingPerMillion = 0.48;
    table.setOverride(added);
    QVERIFY2(table.saveOverrides(path), qPrintable(table.errorText()));

    const PriceTable reloaded = PriceTable::load(path);
    QCOMPARE(reloaded.overrides().size(), 2);
    QCOMPARE(*reloaded.find(QStringLiteral("gpt-4o-mini-2024-07-18"))->trainingPerMillion, 2.5);
    QVERIFY(reloaded.isOverridden(mine));
    QCOMPARE(*reloaded.find(QStringLiteral("my/model"))->trainingPerMillion, 0.48);
    QCOMPARE(reloaded.models().size(), reloaded.shippedModels().size() + 1);
    // The shipped figures are untouched underneath.
    QCOMPARE(*reloaded.shippedModels().at(1).trainingPerMillion, 3.0);

    // Setting the shipped figures again is no override; restoring removes the file.
    PriceTable restored = reloaded;
    restored.setOverride(reloaded.shippedModels().at(1));
    QCOMPARE(restored.overrides().size(), 1);
    restored.clearOverrides();
    QVERIFY(restored.saveOverrides(path));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(*PriceTable::load(path).find(QStringLiteral("gpt-4o-mini"))->trainingPerMillion, 3.0);

    // A damaged file leaves the shipped prices and says why.
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{not json");
    damaged.close();
    PriceTable fallback;
    fallback.loadShipped();
    QVERIFY(!fallback.loadOverrides(path));
    QVERIFY(!fallback.errorText().isEmpty());
    QCOMPARE(*fallback.find(QStringLiteral("gpt-4o-mini"))->trainingPerMillion, 3.0);
    QVERIFY(PriceTable::defaultOverridePath().endsWith(QStringLiteral("/prices.json")));
}

void TestDatasetChecks::cancelStopsTheRun()
{
    std::atomic_bool cancelled = true;
    const DatasetReport report = DatasetChecker(options()).run(inputs(2000), &cancelled);
    QVERIFY(report.cancelled);
}

void TestDatasetChecks::runnerChecksAWorkspaceDataset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.ajuste"));
    Workspace::Error error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(workspace, qPrintable(error.message));
    DatasetStore store(workspace.get());
    const qint64 dataset = store.createDataset(QStringLiteral("Support"));
    QVERIFY(dataset > 0);
    QList<qint64> ids;
    for (int i = 0; i < 11; ++i)
        ids.append(store.appendExample(dataset, QJsonDocument::fromJson(chatLine(i)).object()));
    ids.append(store.appendExample(dataset, QJsonDocument::fromJson(chatLine(0)).object()));
    QVERIFY(store.setSplit({ids.at(10)}, DatasetStore::validationSplit()));
    QJsonObject broken = QJsonDocument::fromJson(chatLine(20)).object();
    broken.insert(QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}}});
    const qint64 brokenId = store.appendExample(dataset, broken);

    CheckRunner runner;
    QSignalSpy finished(&runner, &CheckRunner::finished);
    QSignalSpy failed(&runner, &CheckRunner::failed);
    runner.start(path, dataset, options());
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    const DatasetReport &report = runner.report();
    QCOMPARE(report.examples.size(), 13);
    QCOMPARE(report.validationExamples, 1);
    QCOMPARE(report.examples.at(11).id, ids.at(11));
    QVERIFY(codesOf(report.issuesOf(11)).contains(QStringLiteral("duplicate_example")));
    QCOMPARE(report.issuesOf(11).first().exampleId, ids.at(11));
    QVERIFY(codesOf(report.issuesOf(12)).contains(QStringLiteral("missing_content")));

    QVERIFY(CheckRunner::applyToStore(report, &store));
    QCOMPARE(store.example(brokenId).status, QStringLiteral("error"));
    QCOMPARE(store.example(ids.at(11)).status, QStringLiteral("warning"));
    QCOMPARE(store.example(ids.at(0)).status, QStringLiteral("ok"));
    QCOMPARE(store.rows(dataset, 0, 1).first().totalTokens, int(report.examples.first().totalTokens));
}

QTEST_GUILESS_MAIN(TestDatasetChecks)
#include "tst_datasetchecks.moc"
