// Batch compare against the real Sandbox: prompts from a JSONL file, a dataset's validation
// split and chosen examples (each example's conversation up to its last assistant message);
// two models answering every prompt with times and output tokens; a model that does not exist
// and a provider that fails every request, whose cells fail in words while the others
// complete; Cancel in the middle; never more requests at once than asked; the CSV's columns,
// quoting and formula guard, written with QSaveFile.
#include "api/compare/batchcomparer.h"
#include "api/compare/batchcsv.h"
#include "api/compare/batchpromptloader.h"
#include "api/compare/batchratings.h"
#include "core/playground/playgroundstore.h"
#include "core/tokenizer/tokenizer.h"
#include "csvtestreader.h"
#include "jobsfixture.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace JobsTest;

namespace {

const QString Mini = QStringLiteral("gpt-4o-mini-2024-07-18");
const QString Other = QStringLiteral("gpt-4.1-mini-2025-04-14");

QList<BatchPrompt> prompts(int count)
{
    QList<BatchPrompt> list;
    for (int i = 0; i < count; ++i) {
        auto prompt = BatchPrompt::fromExampleJson(Fixture::chat(i), QString::number(i + 1));
        list.append(*prompt);
    }
    return list;
}

// Runs the comparer until it finished; false when it did not in time.
bool runToEnd(BatchComparer &comparer, int timeoutMs = 60000)
{
    return waitUntil([&] { return !comparer.isRunning(); }, timeoutMs);
}

} // namespace

class TestBatchComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void promptIsTheConversationBeforeTheLastAnswer();
    void promptsFromAFile();
    void promptsFromTheValidationSplitAndASelection();
    void twoModelsAnswerEveryPrompt();
    void answersWithoutUsageAreCountedWithTheTokenizer();
    void failingModelsFailTheirCellsOnly();
    void cancelStopsMidway();
    void neverMoreRequestsThanAsked();
    void csvHasTheColumnsAndQuotes();
    void ratingsBecomeComparisonsPerPair();
    void blindShufflesEachRowUntilRevealed();

private:
    Fixture m_fixture;
    SandboxProcess m_slow;   // --latency: answers take a while
    SandboxProcess m_broken; // --error-rate 1: every request fails
    QString m_slowProfile;
    QString m_brokenProfile;
    QString m_sandbox = QString::fromLatin1(ProviderProfile::SandboxId);
};

void TestBatchComparer::initTestCase()
{
    QVERIFY(m_fixture.dir.isValid());
    const QUrl slow = m_slow.start({QStringLiteral("--latency"), QStringLiteral("250")});
    QVERIFY(slow.isValid());
    const QUrl broken = m_broken.start({QStringLiteral("--error-rate"), QStringLiteral("1")});
    QVERIFY(broken.isValid());
    m_slowProfile = m_fixture.addProfile(ProviderKind::OpenAI, slow);
    m_brokenProfile = m_fixture.addProfile(ProviderKind::OpenAI, broken);
}

void TestBatchComparer::promptIsTheConversationBeforeTheLastAnswer()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"messages":[
        {"role":"system","content":"Be brief."},
        {"role":"user","content":"Hi"},
        {"role":"assistant","content":"Hello!"},
        {"role":"user","content":[{"type":"text","text":"Price?"}]},
        {"role":"assistant","content":"Ten reais.","weight":1}]})")
                                 .object();
    const auto prompt = BatchPrompt::fromExampleJson(json, QStringLiteral("7"), 42);
    QVERIFY(prompt);
    QCOMPARE(prompt->label, QStringLiteral("7"));
    QCOMPARE(prompt->exampleId, 42);
    QCOMPARE(prompt->messages.size(), 4);
    QCOMPARE(prompt->messages.last().content, QStringLiteral("Price?"));
    QCOMPARE(prompt->reference, QStringLiteral("Ten reais."));
    QCOMPARE(prompt->promptText(), QStringLiteral("system: Be brief.\n\nuser: Hi\n\nassistant: "
                                                  "Hello!\n\nuser: Price?"));
    // One user message reads as itself.
    const auto single = BatchPrompt::fromExampleJson(Fixture::chat(3), QStringLiteral("1"));
    QVERIFY(single);
    QCOMPARE(single->promptText(), QStringLiteral("How do I do task 3?"));
    QCOMPARE(single->reference, QStringLiteral("Open menu 3, then press Start."));
    // A preference example: its input, the preferred answer as the reference.
    const auto preference = BatchPrompt::fromExampleJson(
        QJsonDocument::fromJson(R"({"input":{"messages":[{"role":"user","content":"Q"}]},
            "preferred_output":[{"role":"assistant","content":"Good"}],
            "non_preferred_output":[{"role":"assistant","content":"Bad"}]})")
            .object(),
        QStringLiteral("2"));
    QVERIFY(preference);
    QCOMPARE(preference->reference, QStringLiteral("Good"));
    QCOMPARE(preference->messages.size(), 1);
    // Nothing to answer: only instructions.
    QVERIFY(!BatchPrompt::fromExampleJson(
        QJsonDocument::fromJson(R"({"messages":[{"role":"system","content":"x"}]})").object(),
        QStringLiteral("3")));
}

void TestBatchComparer::promptsFromAFile()
{
    const QString path = m_fixture.dir.filePath(QStringLiteral("prompts.jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(Fixture::chat(0)).toJson(QJsonDocument::Compact) + "\n\n");
    file.write("not json\n");
    file.write(R"({"messages":[{"role":"user","content":"Only a question"}]})"
               "\n");
    file.close();
    const BatchPromptLoader::Loaded loaded = BatchPromptLoader::fromFileAsync(path).result();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.prompts.size(), 2);
    QCOMPARE(loaded.prompts.at(0).label, QStringLiteral("1"));
    QCOMPARE(loaded.prompts.at(1).label, QStringLiteral("4"));
    QCOMPARE(loaded.prompts.at(1).reference, QString());
    QCOMPARE(loaded.skipped.size(), 1);
    QVERIFY2(loaded.skipped.first().contains(QStringLiteral("Line 3")),
             qPrintable(loaded.skipped.first()));

    const BatchPromptLoader::Loaded missing =
        BatchPromptLoader::fromFile(m_fixture.dir.filePath(QStringLiteral("nowhere.jsonl")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(QStringLiteral("nowhere.jsonl")));
}

void TestBatchComparer::promptsFromTheValidationSplitAndASelection()
{
    QVERIFY(m_fixture.openWorkspace());
    const qint64 dataset = m_fixture.dataset(20, 25, QStringLiteral("Split"));
    const QHash<QString, int> counts = m_fixture.datasets->splitCounts(dataset);
    const QString path = m_fixture.workspace->path();
    const BatchPromptLoader::Loaded validation =
        BatchPromptLoader::fromDatasetAsync(nullptr, path, dataset, DatasetStore::validationSplit())
            .result();
    QVERIFY(validation.ok());
    QCOMPARE(validation.prompts.size(), counts.value(DatasetStore::validationSplit()));
    QVERIFY(validation.prompts.size() > 0 && validation.prompts.size() < 20);
    for (const BatchPrompt &prompt : validation.prompts) {
        const ExampleRecord record = m_fixture.datasets->example(prompt.exampleId);
        QCOMPARE(record.split, DatasetStore::validationSplit());
        QCOMPARE(prompt.label, QString::number(record.position + 1));
        QVERIFY(prompt.reference.startsWith(QStringLiteral("Open menu")));
    }

    const QList<qint64> chosen{m_fixture.datasets->idAt(dataset, 4),
                               m_fixture.datasets->idAt(dataset, 1)};
    const BatchPromptLoader::Loaded selection =
        BatchPromptLoader::fromExamplesAsync(nullptr, path, chosen).result();
    QCOMPARE(selection.prompts.size(), 2);
    QCOMPARE(selection.prompts.at(0).label, QStringLiteral("2")); // in the dataset's order
    QCOMPARE(selection.prompts.at(1).label, QStringLiteral("5"));

    const qint64 none = m_fixture.dataset(3, 0, QStringLiteral("No split"));
    const BatchPromptLoader::Loaded empty =
        BatchPromptLoader::fromDatasetAsync(nullptr, path, none, DatasetStore::validationSplit())
            .result();
    QVERIFY(!empty.ok());
    QVERIFY(empty.error.contains(QStringLiteral("validation")));
    m_fixture.closeWorkspace();
}

void TestBatchComparer::twoModelsAnswerEveryPrompt()
{
    BatchComparer comparer(m_fixture.session.get());
    QSignalSpy progress(&comparer, &BatchComparer::progress);
    QSignalSpy finished(&comparer, &BatchComparer::finished);
    BatchComparer::Settings settings;
    settings.maxTokens = 200;
    settings.temperature = 0.2;
    QVERIFY(comparer.start(prompts(5), {{m_sandbox, Mini, {}}, {m_sandbox, Other, {}}}, settings));
    QVERIFY(!comparer.start(prompts(1), {{m_sandbox, Mini, {}}}, settings)); // one at a time
    QVERIFY(runToEnd(comparer));
    QCOMPARE(finished.size(), 1);
    const BatchResults &results = comparer.results();
    QVERIFY(!results.cancelled);
    QCOMPARE(results.rows.size(), 5);
    QCOMPARE(results.finishedCount(), 10);
    QCOMPARE(results.failedCount(), 0);
    for (const BatchRow &row : results.rows) {
        QCOMPARE(row.answers.size(), 2);
        for (const BatchAnswer &answer : row.answers) {
            QCOMPARE(answer.state, BatchAnswer::State::Done);
            QVERIFY2(answer.text.startsWith(QStringLiteral("[Sandbox]")),
                     qPrintable(answer.text));
            QVERIFY(answer.seconds > 0);
            QVERIFY(answer.outputTokens.has_value());
            QVERIFY(*answer.outputTokens > 0);
            QVERIFY(!answer.outputTokensCounted); // the Sandbox sends usage
        }
    }
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 10);
    QCOMPARE(progress.last().at(1).toInt(), 10);
}

// Local servers often send no usage: the output is counted with the model's tokenizer and
// marked as counted, so the table can say "about".
void TestBatchComparer::answersWithoutUsageAreCountedWithTheTokenizer()
{
    const QString text = QStringLiteral("Abra o menu Configurações e escolha Exportar.");
    TestHttpServer server;
    server.setHandler([&](const TestHttpServer::Request &) {
        const QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), text}};
        const QJsonObject choice{{QStringLiteral("index"), 0},
                                 {QStringLiteral("message"), message},
                                 {QStringLiteral("finish_reason"), QStringLiteral("stop")}};
        const QJsonObject body{{QStringLiteral("id"), QStringLiteral("chatcmpl-1")},
                               {QStringLiteral("object"), QStringLiteral("chat.completion")},
                               {QStringLiteral("model"), Mini},
                               {QStringLiteral("choices"), QJsonArray{choice}}};
        return TestHttpServer::Reply::json(QJsonDocument(body).toJson(QJsonDocument::Compact));
    });
    QVERIFY(server.listen());
    const QString profile = m_fixture.addProfile(ProviderKind::OpenAI, server.baseUrl());
    BatchComparer comparer(m_fixture.session.get());
    QVERIFY(comparer.start(prompts(2), {{profile, Mini, {}}}, BatchComparer::Settings{}));
    QVERIFY(runToEnd(comparer));
    const qint64 expected = Tokenizer(tokenEncodingForModel(Mini)).count(text);
    QVERIFY(expected > 5);
    for (const BatchRow &row : comparer.results().rows) {
        const BatchAnswer &answer = row.answers.at(0);
        QCOMPARE(answer.state, BatchAnswer::State::Done);
        QCOMPARE(answer.text, text);
        QVERIFY(answer.outputTokensCounted);
        QCOMPARE(answer.outputTokens.value_or(-1), expected);
    }
}

void TestBatchComparer::failingModelsFailTheirCellsOnly()
{
    BatchComparer comparer(m_fixture.session.get());
    const QList<BatchModel> models{
        {m_sandbox, Mini, {}},
        {m_sandbox, QStringLiteral("no-such-model"), {}},
        {m_brokenProfile, Mini, QStringLiteral("broken")},
        {QStringLiteral("deleted-profile"), Mini, QStringLiteral("gone")}};
    QVERIFY(comparer.start(prompts(3), models, {}));
    QVERIFY(runToEnd(comparer));
    const BatchResults &results = comparer.results();
    QCOMPARE(results.failedCount(), 9);
    QCOMPARE(results.failedRows(), 3);
    for (const BatchRow &row : results.rows) {
        QCOMPARE(row.answers.at(0).state, BatchAnswer::State::Done);
        for (int model = 1; model < 4; ++model) {
            const BatchAnswer &answer = row.answers.at(model);
            QCOMPARE(answer.state, BatchAnswer::State::Failed);
            QVERIFY(!answer.error.isEmpty());
            QVERIFY(answer.text.isEmpty());
        }
        // The words a person reads, and the provider's own in the details.
        QVERIFY2(row.answers.at(1).errorDetails.contains(QStringLiteral("no-such-model")),
                 qPrintable(row.answers.at(1).errorDetails));
        QCOMPARE(row.answers.at(2).error, ApiError::messageFor(ApiError::Kind::ServerError));
        QVERIFY(!row.answers.at(3).error.isEmpty());
    }
}

void TestBatchComparer::cancelStopsMidway()
{
    BatchComparer comparer(m_fixture.session.get());
    BatchComparer::Settings settings;
    settings.concurrency = 2;
    QVERIFY(comparer.start(prompts(12), {{m_slowProfile, Mini, {}}, {m_slowProfile, Other, {}}},
                           settings));
    QVERIFY(waitUntil([&] { return comparer.results().finishedCount() >= 3; }));
    QVERIFY(comparer.inFlight() > 0);
    QSignalSpy finished(&comparer, &BatchComparer::finished);
    comparer.cancel();
    QVERIFY(runToEnd(comparer, 5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(comparer.inFlight(), 0);
    const BatchResults &results = comparer.results();
    QVERIFY(results.cancelled);
    int done = 0;
    int cancelled = 0;
    for (const BatchRow &row : results.rows) {
        for (const BatchAnswer &answer : row.answers) {
            QVERIFY(answer.isFinished());
            done += answer.state == BatchAnswer::State::Done;
            cancelled += answer.state == BatchAnswer::State::Cancelled;
        }
    }
    QVERIFY2(done >= 3 && done < 24, qPrintable(QString::number(done)));
    QCOMPARE(done + cancelled, 24);
    // Nothing more arrives after the end.
    const int before = results.finishedCount();
    QTest::qWait(600);
    QCOMPARE(comparer.results().finishedCount(), before);
    QCOMPARE(finished.size(), 1);
}

void TestBatchComparer::neverMoreRequestsThanAsked()
{
    BatchComparer comparer(m_fixture.session.get());
    BatchComparer::Settings settings;
    settings.concurrency = 3;
    int most = 0;
    connect(&comparer, &BatchComparer::answerStarted, this,
            [&] { most = std::max(most, comparer.inFlight()); });
    QVERIFY(comparer.start(prompts(6), {{m_slowProfile, Mini, {}}, {m_slowProfile, Other, {}}},
                           settings));
    QVERIFY(runToEnd(comparer));
    QCOMPARE(comparer.results().failedCount(), 0);
    QCOMPARE(comparer.results().finishedCount(), 12);
    QCOMPARE(most, 3);
    QCOMPARE(comparer.mostInFlight(), 3);
}

void TestBatchComparer::csvHasTheColumnsAndQuotes()
{
    BatchResults results;
    results.models = {{m_sandbox, Mini, {}}, {m_sandbox, QStringLiteral("ft:x, tuned"), {}}};
    BatchPrompt prompt;
    prompt.label = QStringLiteral("12");
    prompt.messages = {ChatMessage::system(QStringLiteral("Say \"hi\"")),
                       ChatMessage::user(QStringLiteral("One, two\nthree"))};
    prompt.reference = QStringLiteral("=HYPERLINK(\"http://evil\")");
    BatchAnswer good;
    good.state = BatchAnswer::State::Done;
    good.text = QStringLiteral("- a list item, with a comma");
    good.seconds = 1.234;
    good.outputTokens = 17;
    BatchAnswer bad;
    bad.state = BatchAnswer::State::Failed;
    bad.error = QStringLiteral("The model does not exist.");
    results.rows = {{prompt, {good, bad}}};

    const QString path = m_fixture.dir.filePath(QStringLiteral("results.csv"));
    QString error;
    QVERIFY2(BatchCsv::write(results, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("example,prompt,reference,"));
    const QList<QStringList> rows = readCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0),
             (QStringList{QStringLiteral("example"), QStringLiteral("prompt"),
                          QStringLiteral("reference"), Mini, Mini + QStringLiteral(" seconds"),
                          Mini + QStringLiteral(" output tokens"), QStringLiteral("ft:x, tuned"),
                          QStringLiteral("ft:x, tuned seconds"),
                          QStringLiteral("ft:x, tuned output tokens")}));
    const QStringList row = rows.at(1);
    QCOMPARE(row.size(), 9);
    QCOMPARE(row.at(0), QStringLiteral("12"));
    QCOMPARE(row.at(1), QStringLiteral("system: Say \"hi\"\n\nuser: One, two\nthree"));
    QCOMPARE(row.at(2), QStringLiteral("'=HYPERLINK(\"http://evil\")")); // never a formula
    QCOMPARE(row.at(3), QStringLiteral("- a list item, with a comma"));
    QCOMPARE(row.at(4), QStringLiteral("1.23"));
    QCOMPARE(row.at(5), QStringLiteral("17"));
    QVERIFY(row.at(6).contains(QStringLiteral("The model does not exist.")));
    QCOMPARE(row.at(7), QString());
    QCOMPARE(row.at(8), QString());

    QVERIFY(!BatchCsv::write(results, m_fixture.dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                             &error));
    QVERIFY(error.contains(QStringLiteral("x.csv")));
}

// Three models: the better answer wins against each other one; nothing is said about the
// other two. A tie or "all bad" holds for every pair. A new verdict replaces the row's.
void TestBatchComparer::ratingsBecomeComparisonsPerPair()
{
    QVERIFY(m_fixture.openWorkspace());
    PlaygroundStore store(m_fixture.workspace.get());
    BatchResults results;
    results.models = {{m_sandbox, QStringLiteral("base"), {}},
                      {m_sandbox, QStringLiteral("tuned"), {}},
                      {m_sandbox, QStringLiteral("other"), {}}};
    for (int row = 0; row < 2; ++row) {
        BatchRow r{prompts(2).at(row), QList<BatchAnswer>(3)};
        for (int model = 0; model < 3; ++model) {
            r.answers[model].state = BatchAnswer::State::Done;
            r.answers[model].text = QStringLiteral("answer %1.%2").arg(row).arg(model);
        }
        results.rows.append(r);
    }
    BatchRatings ratings;
    ratings.reset(2, 3, false, 1);
    ratings.setStore(&store, QStringLiteral("Batch compare: test"));
    QString error;
    QVERIFY2(ratings.rate(0, {BatchRatings::Kind::Better, 1}, results, &error), qPrintable(error));
    QVERIFY(ratings.sessionId() != 0);
    QCOMPARE(store.session(ratings.sessionId()).name, QStringLiteral("Batch compare: test"));
    QList<Comparison> saved = store.comparisons(ratings.sessionId());
    QCOMPARE(saved.size(), 2);
    QCOMPARE(store.tally(QStringLiteral("tuned"), QStringLiteral("base")).preferA, 1);
    QCOMPARE(store.tally(QStringLiteral("tuned"), QStringLiteral("other")).preferA, 1);
    QCOMPARE(store.tally(QStringLiteral("base"), QStringLiteral("other")).total(), 0);
    QCOMPARE(saved.first().prompt, results.rows.at(0).prompt.promptText());
    QCOMPARE(saved.first().answerA, QStringLiteral("answer 0.0"));
    // Changing one's mind on row 0, then a tie on row 1.
    QVERIFY(ratings.rate(0, {BatchRatings::Kind::AllBad, -1}, results, &error));
    QVERIFY(ratings.rate(1, {BatchRatings::Kind::Tie, -1}, results, &error));
    saved = store.comparisons(ratings.sessionId());
    QCOMPARE(saved.size(), 6);
    QCOMPARE(store.tally(QStringLiteral("tuned"), QStringLiteral("base")).preferA, 0);
    QCOMPARE(store.tally(QStringLiteral("tuned"), QStringLiteral("base")).bothBad, 1);
    QCOMPARE(store.tally(QStringLiteral("base"), QStringLiteral("other")).ties, 1);
    QCOMPARE(ratings.ratedCount(), 2);
    QCOMPARE(ratings.verdict(1)->kind, BatchRatings::Kind::Tie);
    QVERIFY(!ratings.verdict(5));
    m_fixture.closeWorkspace();
}

void TestBatchComparer::blindShufflesEachRowUntilRevealed()
{
    BatchRatings ratings;
    ratings.reset(40, 2, true, 99);
    QVERIFY(ratings.hidesModels());
    int swapped = 0;
    for (int row = 0; row < 40; ++row) {
        const int first = ratings.modelAt(row, 0);
        QCOMPARE(ratings.modelAt(row, 1), 1 - first);
        QCOMPARE(ratings.shownPosition(row, first), 0);
        swapped += first == 1;
    }
    QVERIFY2(swapped > 5 && swapped < 35, qPrintable(QString::number(swapped)));
    ratings.reveal();
    QVERIFY(!ratings.hidesModels());
    for (int row = 0; row < 40; ++row)
        QCOMPARE(ratings.modelAt(row, 0), 0);
    // Not blind: always in the models' order.
    ratings.reset(10, 3, false, 5);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(ratings.modelAt(row, 2), 2);
}

QTEST_GUILESS_MAIN(TestBatchComparer)
#include "tst_batchcomparer.moc"
