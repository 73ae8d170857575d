// Back to the dataset: an answer of a Playground column becomes a chat example (its system
// prompt and history up to that answer, the answer as the person edited it), two answers a
// preference pair in OpenAI's DPO shape; saved through the session's undo stack they read
// back equal, undo takes them out and redo puts them back with the same id.
#include "core/dataset/examplejson.h"
#include "core/playground/playgroundexample.h"
#include "core/playground/playgroundsession.h"
#include "core/playground/saveanswercommand.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>
#include <memory>

namespace {

const QString System = QStringLiteral("You answer customers.");

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

// Two turns; the Playground keeps timings beside each answer.
PlaygroundColumn column(const QString &model, const QString &first, const QString &second)
{
    PlaygroundColumn column;
    column.profileId = QStringLiteral("sandbox");
    column.model = model;
    column.settings = {{QStringLiteral("temperature"), 0.7}};
    QJsonObject answer = message(QStringLiteral("assistant"), first);
    answer.insert(QStringLiteral("answer_stats"), QJsonObject{{QStringLiteral("seconds"), 1.5}});
    column.conversation = {message(QStringLiteral("user"), QStringLiteral("Where is my order?")),
                           answer, message(QStringLiteral("user"), QStringLiteral("And refunds?")),
                           message(QStringLiteral("assistant"), second)};
    return column;
}

} // namespace

class TestSaveAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chatExampleIsTheConversationUpToTheAnswer();
    void systemMessageOfTheConversationIsNotDoubled();
    void preferenceExampleHasTheStudiosShape();
    void problemsAreNamed();
    void savedChatExampleRoundTripsWithUndo();
    void savedPreferenceGoesToValidationSplit();
    void failedSaveLeavesNoUndoStep();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DatasetStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
};

void TestSaveAnswer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Workspace::Error error;
    m_workspace = Workspace::open(m_dir->filePath(QStringLiteral("save.ajuste")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_store = std::make_unique<DatasetStore>(m_workspace.get());
    m_undo = std::make_unique<QUndoStack>();
}

void TestSaveAnswer::cleanup()
{
    m_undo.reset();
    m_store.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestSaveAnswer::chatExampleIsTheConversationUpToTheAnswer()
{
    const PlaygroundColumn tuned = column(QStringLiteral("ft:x"), QStringLiteral("It left today."),
                                          QStringLiteral("Within 5 days."));
    QCOMPARE(PlaygroundExample::answerCount(tuned.conversation), 2);
    QCOMPARE(PlaygroundExample::answerIndex(tuned.conversation, 0), 1);
    QCOMPARE(PlaygroundExample::answerIndex(tuned.conversation, 1), 3);
    QCOMPARE(PlaygroundExample::answerIndex(tuned.conversation, 2), -1);
    QCOMPARE(PlaygroundExample::answerText(tuned.conversation, 3),
             QStringLiteral("Within 5 days."));

    // The second turn: system prompt, the first exchange (without the Playground's own
    // fields), the question, and the edited answer.
    const QJsonArray prompt = PlaygroundExample::promptFor(tuned.conversation, 3, System);
    QCOMPARE(PlaygroundExample::lastUserText(prompt), QStringLiteral("And refunds?"));
    const QJsonObject example =
        PlaygroundExample::chatExample(prompt, QStringLiteral("Refunds take 5 working days."));
    const QJsonArray expected{
        message(QStringLiteral("system"), QStringLiteral("You answer customers.")),
        message(QStringLiteral("user"), QStringLiteral("Where is my order?")),
        message(QStringLiteral("assistant"), QStringLiteral("It left today.")),
        message(QStringLiteral("user"), QStringLiteral("And refunds?")),
        message(QStringLiteral("assistant"), QStringLiteral("Refunds take 5 working days."))};
    QCOMPARE(example, QJsonObject({{QStringLiteral("messages"), expected}}));
    QCOMPARE(PlaygroundExample::datasetKind(example), QStringLiteral("chat"));
    QCOMPARE(ExampleJson::turns(example), 5);

    // The first turn stops before the second question; a user message is no answer.
    QCOMPARE(PlaygroundExample::promptFor(tuned.conversation, 1, System).size(), 2);
    QVERIFY(PlaygroundExample::promptFor(tuned.conversation, 2, System).isEmpty());
    QVERIFY(PlaygroundExample::promptFor(tuned.conversation, 9, System).isEmpty());
}

void TestSaveAnswer::systemMessageOfTheConversationIsNotDoubled()
{
    PlaygroundColumn own = column(QStringLiteral("m"), QStringLiteral("a"), QStringLiteral("b"));
    own.conversation.prepend(message(QStringLiteral("system"), QStringLiteral("Be brief.")));
    const QJsonArray prompt = PlaygroundExample::promptFor(own.conversation, 2, System);
    QCOMPARE(prompt.size(), 2);
    QCOMPARE(prompt.at(0).toObject().value(QStringLiteral("content")).toString(),
             QStringLiteral("Be brief."));
    own.conversation.removeFirst();
    // No system prompt at all: the conversation alone.
    QCOMPARE(PlaygroundExample::promptFor(own.conversation, 1, QStringLiteral("  ")).size(), 1);
}

void TestSaveAnswer::preferenceExampleHasTheStudiosShape()
{
    const PlaygroundColumn tuned = column(QStringLiteral("ft:x"), QStringLiteral("It left today."),
                                          QStringLiteral("Within 5 days."));
    const QJsonArray prompt = PlaygroundExample::promptFor(tuned.conversation, 1, System);
    const QJsonObject pair = PlaygroundExample::preferenceExample(
        prompt, QStringLiteral("It left today."), QStringLiteral("I cannot see orders."));
    QCOMPARE(ExampleJson::kind(pair), ExampleJson::Kind::Preference);
    QCOMPARE(PlaygroundExample::datasetKind(pair), QStringLiteral("preference"));
    QCOMPARE(ExampleJson::messages(pair), prompt);
    QCOMPARE(ExampleJson::preferredOutput(pair),
             QJsonArray{message(QStringLiteral("assistant"), QStringLiteral("It left today."))});
    QCOMPARE(
        ExampleJson::nonPreferredOutput(pair),
        QJsonArray{message(QStringLiteral("assistant"), QStringLiteral("I cannot see orders."))});
    QCOMPARE(ExampleJson::shapeProblem(pair, ExampleJson::Kind::Preference), QString());
    QCOMPARE(ExampleJson::forExport(pair), pair); // already in the names exports write
    QCOMPARE(PlaygroundExample::problem(pair), QString());
}

void TestSaveAnswer::problemsAreNamed()
{
    const QJsonArray prompt{message(QStringLiteral("user"), QStringLiteral("Hi"))};
    QCOMPARE(
        PlaygroundExample::problem(PlaygroundExample::chatExample(prompt, QStringLiteral("Hello"))),
        QString());
    QVERIFY(
        !PlaygroundExample::problem(PlaygroundExample::chatExample(prompt, QStringLiteral("  ")))
             .isEmpty());
    QVERIFY(!PlaygroundExample::problem(PlaygroundExample::chatExample({}, QStringLiteral("Hello")))
                 .isEmpty());
    QVERIFY(!PlaygroundExample::problem(PlaygroundExample::preferenceExample(
                                            prompt, QStringLiteral("Same"), QStringLiteral("Same")))
                 .isEmpty());
    QVERIFY(!PlaygroundExample::problem(
                 PlaygroundExample::preferenceExample(prompt, QStringLiteral("A"), QString()))
                 .isEmpty());
}

void TestSaveAnswer::savedChatExampleRoundTripsWithUndo()
{
    const qint64 dataset = m_store->createDataset(QStringLiteral("Support"));
    QVERIFY(m_store->appendExample(dataset, {{QStringLiteral("messages"), QJsonArray{}}}) > 0);
    const PlaygroundColumn tuned = column(QStringLiteral("ft:x"), QStringLiteral("It left today."),
                                          QStringLiteral("Within 5 days."));
    ExampleRecord record;
    record.datasetId = dataset;
    record.json =
        PlaygroundExample::chatExample(PlaygroundExample::promptFor(tuned.conversation, 3, System),
                                       QStringLiteral("Refunds take 5 working days."));
    record.note = QStringLiteral("From the Playground");
    QSignalSpy inserted(m_store.get(), &DatasetStore::examplesInserted);
    QSignalSpy removed(m_store.get(), &DatasetStore::examplesRemoved);

    auto command = new SaveAnswerCommand(m_store.get(), record);
    m_undo->push(command);
    QVERIFY2(command->saved(), qPrintable(m_store->lastError()));
    const qint64 id = command->exampleId();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Save an answer as an example"));
    QCOMPARE(inserted.count(), 1);               // the studio's list model sees the new row at once
    QCOMPARE(inserted.first().at(1).toInt(), 1); // at the end
    const ExampleRecord stored = m_store->example(id);
    QCOMPARE(stored.json, record.json);
    QCOMPARE(stored.split, QStringLiteral("train"));
    QCOMPARE(stored.note, record.note);
    QCOMPARE(m_store->exampleCount(dataset), 2);

    m_undo->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->example(id).id, 0);
    QCOMPARE(m_store->exampleCount(dataset), 1);
    m_undo->redo();
    QCOMPARE(m_store->example(id).json, record.json); // the same id again
    QCOMPARE(m_store->positionOf(id), 1);
}

void TestSaveAnswer::savedPreferenceGoesToValidationSplit()
{
    const qint64 dataset =
        m_store->createDataset(QStringLiteral("Tone"), QStringLiteral("preference"));
    ExampleRecord record;
    record.datasetId = dataset;
    record.split = DatasetStore::validationSplit();
    record.json = PlaygroundExample::preferenceExample(
        {message(QStringLiteral("user"), QStringLiteral("Hi"))},
        QStringLiteral("Hello! How can I help?"), QStringLiteral("What."));
    auto command = new SaveAnswerCommand(m_store.get(), record);
    m_undo->push(command);
    QVERIFY(command->saved());
    QCOMPARE(m_undo->undoText(), QStringLiteral("Save a preference pair"));
    const ExampleRecord stored = m_store->example(command->exampleId());
    QCOMPARE(stored.json, record.json);
    QCOMPARE(stored.split, DatasetStore::validationSplit());
    QCOMPARE(m_store->rows(dataset, 0, 1).first().turns, 2);
    m_undo->undo();
    QCOMPARE(m_store->exampleCount(dataset), 0);
}

void TestSaveAnswer::failedSaveLeavesNoUndoStep()
{
    ExampleRecord record;
    record.datasetId = 4242; // no such dataset
    record.json = PlaygroundExample::chatExample(
        {message(QStringLiteral("user"), QStringLiteral("Hi"))}, QStringLiteral("Hello"));
    auto command = new SaveAnswerCommand(m_store.get(), record);
    const bool saved = [&] {
        m_undo->push(command); // deletes an obsolete command
        return m_undo->count() == 1;
    }();
    QVERIFY(!saved);
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(!m_store->lastError().isEmpty());
    // push() tells the caller at once, and pushes nothing.
    QCOMPARE(SaveAnswerCommand::push(m_undo.get(), m_store.get(), record), 0);
    QCOMPARE(m_undo->count(), 0);

    // A write that works is done once (not again by the stack) and undone as usual.
    record.datasetId = m_store->createDataset(QStringLiteral("Support"));
    const qint64 id = SaveAnswerCommand::push(m_undo.get(), m_store.get(), record);
    QVERIFY(id > 0);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_store->exampleCount(record.datasetId), 1);
    QCOMPARE(m_store->example(id).json, record.json);
    m_undo->undo();
    QCOMPARE(m_store->exampleCount(record.datasetId), 0);
    m_undo->redo();
    QCOMPARE(m_store->positionOf(id), 0);
}

QTEST_GUILESS_MAIN(TestSaveAnswer)
#include "tst_saveanswer.moc"
