// Every edit kind of the dataset studio is one undo command that writes through the store:
// after undo the stored examples equal the originals, after redo the edit is back.

#include "storefixture.h"
#include "core/workspace/commands/addexamplecommand.h"
#include "core/workspace/commands/addmessagecommand.h"
#include "core/workspace/commands/bulkreplacecommand.h"
#include "core/workspace/commands/bulksystempromptcommand.h"
#include "core/workspace/commands/duplicateexamplescommand.h"
#include "core/workspace/commands/editmessagetextcommand.h"
#include "core/workspace/commands/makevalidationsplitcommand.h"
#include "core/workspace/commands/movemessagecommand.h"
#include "core/workspace/commands/removeexamplescommand.h"
#include "core/workspace/commands/removemessagecommand.h"
#include "core/workspace/commands/setnotecommand.h"
#include "core/workspace/commands/setrolecommand.h"
#include "core/workspace/commands/setsplitcommand.h"
#include "core/workspace/commands/settagscommand.h"
#include "core/workspace/commands/setweightcommand.h"

#include "core/workspace/backgroundwriter.h"
#include "core/workspace/commands/bulkwrite.h"

#include <QSignalSpy>
#include <QUndoStack>

using List = ExampleMessages::List;

namespace {

// Everything a user could see of a dataset, to compare before and after.
struct Snapshot
{
    QList<ExampleRecord> records;

    bool operator==(const Snapshot &other) const
    {
        if (records.size() != other.records.size())
            return false;
        for (int i = 0; i < records.size(); ++i) {
            const ExampleRecord &a = records.at(i);
            const ExampleRecord &b = other.records.at(i);
            if (a.id != b.id || a.position != b.position || a.json != b.json || a.tags != b.tags
                || a.note != b.note || a.split != b.split)
                return false;
        }
        return true;
    }
};

Snapshot snapshot(const DatasetStore &store, qint64 datasetId)
{
    QList<qint64> ids;
    for (const ExampleRow &row : store.rows(datasetId, 0, store.exampleCount(datasetId)))
        ids.append(row.id);
    return {store.examples(ids)};
}

} // namespace

class TestDatasetCommands : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fixture;
    QUndoStack m_stack;
    qint64 m_dataset = 0;
    qint64 m_first = 0;

    DatasetStore *store() { return m_fixture.store.get(); }

    // Waits until the background writer stored and announced every queued change.
    void waitForWrites() { QTRY_VERIFY(!store()->writer()->isBusy()); }

    // A dataset bigger than what commands write at once.
    qint64 bigDataset(const QString &name = QStringLiteral("Big"))
    {
        return m_fixture.dataset(int(BulkWrite::ManyExamples) + 50, name);
    }

    // Pushes command, checks it changed something, undoes to the original and redoes.
    void checkUndoRedo(QUndoCommand *command)
    {
        const Snapshot before = snapshot(*store(), m_dataset);
        m_stack.push(command);
        const Snapshot after = snapshot(*store(), m_dataset);
        QVERIFY2(!(after == before), "the command changed nothing");
        m_stack.undo();
        QVERIFY2(snapshot(*store(), m_dataset) == before, "undo did not restore the examples");
        m_stack.redo();
        QVERIFY2(snapshot(*store(), m_dataset) == after, "redo did not repeat the edit");
        m_stack.undo();
        QVERIFY(snapshot(*store(), m_dataset) == before);
    }

private Q_SLOTS:
    void init()
    {
        m_stack.clear();
        m_fixture.close();
        QVERIFY(m_fixture.open());
        m_dataset = m_fixture.dataset(5);
        m_first = store()->idAt(m_dataset, 0);
    }

    void cleanup()
    {
        m_stack.clear();
        m_fixture.close();
    }

    void editMessageTextMergesKeystrokes()
    {
        const QJsonObject original = m_fixture.json(m_first);
        // "Hello" typed one key at a time in the answer.
        QString typed;
        for (const QChar c : QStringLiteral("Hello")) {
            typed += c;
            m_stack.push(new EditMessageTextCommand(store(), m_first, List::Conversation, 1, typed, 7));
        }
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 1)
                     .value(QStringLiteral("content")).toString(),
                 QStringLiteral("Hello"));
        QCOMPARE(m_fixture.json(m_first).value(QStringLiteral("x_source")).toString(),
                 QStringLiteral("test"));
        m_stack.undo();
        QCOMPARE(m_fixture.json(m_first), original);
        m_stack.redo();
        QCOMPARE(ExampleMessages::text(ExampleMessages::message(m_fixture.json(m_first),
                                                                List::Conversation, 1)),
                 QStringLiteral("Hello"));
    }

    void editMessageTextSeparateSteps()
    {
        m_stack.push(new EditMessageTextCommand(store(), m_first, List::Conversation, 1, QStringLiteral("a"), 1));
        // Another message, then the same message after leaving it: new steps.
        m_stack.push(new EditMessageTextCommand(store(), m_first, List::Conversation, 0, QStringLiteral("b"), 1));
        m_stack.push(new EditMessageTextCommand(store(), m_first, List::Conversation, 0, QStringLiteral("bc"), 2));
        QCOMPARE(m_stack.count(), 3);
        m_stack.undo();
        QCOMPARE(ExampleMessages::text(ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 0)),
                 QStringLiteral("b"));
    }

    void editMessageText()
    {
        checkUndoRedo(new EditMessageTextCommand(store(), m_first, List::Conversation, 0,
                                                 QStringLiteral("changed question")));
    }

    void addMessage()
    {
        checkUndoRedo(new AddMessageCommand(store(), m_first, List::Conversation, 2,
                                            StoreFixture::message(QStringLiteral("user"),
                                                                  QStringLiteral("more"))));
    }

    void removeMessage() { checkUndoRedo(new RemoveMessageCommand(store(), m_first, List::Conversation, 0)); }

    void moveMessage()
    {
        checkUndoRedo(new MoveMessageCommand(store(), m_first, List::Conversation, 0, 1));
        m_stack.redo();
        QCOMPARE(ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 0)
                     .value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
    }

    void setRole() { checkUndoRedo(new SetRoleCommand(store(), m_first, List::Conversation, 0, QStringLiteral("system"))); }

    void setWeight()
    {
        checkUndoRedo(new SetWeightCommand(store(), m_first, List::Conversation, 1, false));
        m_stack.redo();
        QCOMPARE(ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 1)
                     .value(QStringLiteral("weight")).toInt(-1),
                 0);
        m_stack.undo();
        QVERIFY(!ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 1)
                     .contains(QStringLiteral("weight")));
    }

    void editPreferenceAnswer()
    {
        const qint64 id = store()->appendExample(
            m_dataset, StoreFixture::preference(QStringLiteral("q"), QStringLiteral("good"),
                                                QStringLiteral("bad")));
        checkUndoRedo(new EditMessageTextCommand(store(), id, List::Rejected, 0, QStringLiteral("worse")));
        checkUndoRedo(new EditMessageTextCommand(store(), id, List::PreferencePrompt, 0, QStringLiteral("q2")));
    }

    void addExample()
    {
        auto command = new AddExampleCommand(store(), m_dataset, 2,
                                             StoreFixture::chat(QStringLiteral("new"), QString()));
        checkUndoRedo(command);
        m_stack.redo();
        QCOMPARE(store()->positionOf(command->exampleId()), 2);
    }

    void removeExamples()
    {
        store()->setTags({m_first}, {QStringLiteral("keep")});
        store()->setNote(m_first, QStringLiteral("a note"));
        checkUndoRedo(new RemoveExamplesCommand(store(), m_dataset,
                                                {m_first, store()->idAt(m_dataset, 3)}));
    }

    void duplicateExamples()
    {
        auto command = new DuplicateExamplesCommand(store(), m_dataset, {store()->idAt(m_dataset, 1)});
        checkUndoRedo(command);
        m_stack.redo();
        QCOMPARE(store()->exampleCount(m_dataset), 6);
        QCOMPARE(m_fixture.json(store()->idAt(m_dataset, 2)), m_fixture.json(store()->idAt(m_dataset, 1)));
    }

    void setSplit()
    {
        checkUndoRedo(new SetSplitCommand(store(), {m_first, store()->idAt(m_dataset, 4)},
                                          DatasetStore::validationSplit()));
    }

    void makeValidationSplit()
    {
        auto command = new MakeValidationSplitCommand(store(), m_dataset, 40, 7);
        checkUndoRedo(command);
        QCOMPARE(command->validationCount(), 2);
    }

    void setTags() { checkUndoRedo(new SetTagsCommand(store(), m_first, {QStringLiteral("billing"), QStringLiteral("pt")})); }

    void setNoteMerges()
    {
        m_stack.push(new SetNoteCommand(store(), m_first, QStringLiteral("c"), 3));
        m_stack.push(new SetNoteCommand(store(), m_first, QStringLiteral("ch"), 3));
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(store()->example(m_first).note, QStringLiteral("ch"));
        m_stack.undo();
        QCOMPARE(store()->example(m_first).note, QString());
        checkUndoRedo(new SetNoteCommand(store(), m_first, QStringLiteral("check the price")));
    }

    void bulkSystemPrompt()
    {
        const QList<qint64> ids = {m_first, store()->idAt(m_dataset, 2)};
        checkUndoRedo(new BulkSystemPromptCommand(store(), ids, QStringLiteral("Be brief.")));
        m_stack.redo();
        QCOMPARE(ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 0),
                 StoreFixture::message(QStringLiteral("system"), QStringLiteral("Be brief.")));
        QCOMPARE(ExampleMessages::messages(m_fixture.json(store()->idAt(m_dataset, 1)), List::Conversation).size(), 2);
    }

    void bulkReplace()
    {
        const auto matches = BulkReplaceCommand::preview(store(), m_dataset, QStringLiteral("Answer"),
                                                         Qt::CaseInsensitive);
        QCOMPARE(matches.examples, 5);
        QCOMPARE(matches.occurrences, 5);
        QCOMPARE(BulkReplaceCommand::preview(store(), m_dataset, QStringLiteral("Answer"),
                                             Qt::CaseSensitive).occurrences,
                 0);
        auto command = new BulkReplaceCommand(store(), m_dataset, QStringLiteral("answer"),
                                              QStringLiteral("reply"), Qt::CaseSensitive);
        QCOMPARE(command->replacedCount(), 5);
        checkUndoRedo(command);
        m_stack.redo();
        QCOMPARE(ExampleMessages::text(ExampleMessages::message(m_fixture.json(m_first), List::Conversation, 1)),
                 QStringLiteral("reply 0"));
    }

    // Many examples are written off the GUI thread: push() returns before they are stored,
    // the list hears of them once committed, and undo and redo still restore the exact
    // records (writes queued quickly land in order).
    void bulkReplaceInTheBackground()
    {
        m_dataset = bigDataset();
        const Snapshot before = snapshot(*store(), m_dataset);
        QSignalSpy changed(store(), &DatasetStore::examplesChanged);
        QList<int> replaced;
        m_stack.push(BulkReplaceCommand::inBackground(
            store(), m_dataset, QStringLiteral("answer"), QStringLiteral("reply"),
            Qt::CaseSensitive, [&replaced](int count) { replaced.append(count); }));
        QVERIFY(store()->writer()->isBusy());
        QCOMPARE(changed.count(), 0);
        waitForWrites();
        QCOMPARE(replaced, QList<int>{int(BulkWrite::ManyExamples) + 50});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).value<QList<qint64>>().size(), replaced.first());
        const Snapshot after = snapshot(*store(), m_dataset);
        QVERIFY(!(after == before));
        QCOMPARE(ExampleMessages::text(
                     ExampleMessages::message(after.records.at(7).json, List::Conversation, 1)),
                 QStringLiteral("reply 7"));

        m_stack.undo();
        waitForWrites();
        QVERIFY(snapshot(*store(), m_dataset) == before);
        m_stack.redo();
        waitForWrites();
        QVERIFY(snapshot(*store(), m_dataset) == after);
        // Undo, redo, undo without waiting in between: stored in that order.
        m_stack.undo();
        m_stack.redo();
        m_stack.undo();
        waitForWrites();
        QVERIFY(snapshot(*store(), m_dataset) == before);
        QCOMPARE(replaced.size(), 1); // the count is reported once, for the first redo
    }

    // The synchronous command hands its many records to the same writer.
    void bulkReplaceOfManyExamples()
    {
        m_dataset = bigDataset();
        auto command = new BulkReplaceCommand(store(), m_dataset, QStringLiteral("question"),
                                              QStringLiteral("ask"), Qt::CaseSensitive);
        QCOMPARE(command->replacedCount(), int(BulkWrite::ManyExamples) + 50);
        const Snapshot before = snapshot(*store(), m_dataset);
        m_stack.push(command);
        QVERIFY(store()->writer()->isBusy());
        waitForWrites();
        const Snapshot after = snapshot(*store(), m_dataset);
        QVERIFY(!(after == before));
        m_stack.undo();
        waitForWrites();
        QVERIFY(snapshot(*store(), m_dataset) == before);
    }

    // An edit made while a big change is queued waits for it, so neither is lost.
    void anEditAfterAQueuedChangeLandsAfterIt()
    {
        m_dataset = bigDataset();
        const qint64 first = store()->idAt(m_dataset, 0);
        m_stack.push(BulkReplaceCommand::inBackground(store(), m_dataset, QStringLiteral("answer"),
                                                      QStringLiteral("reply"), Qt::CaseSensitive));
        m_stack.push(new EditMessageTextCommand(store(), first, List::Conversation, 0,
                                                QStringLiteral("edited")));
        const QJsonObject json = m_fixture.json(first);
        QCOMPARE(ExampleMessages::text(ExampleMessages::message(json, List::Conversation, 0)),
                 QStringLiteral("edited"));
        QCOMPARE(ExampleMessages::text(ExampleMessages::message(json, List::Conversation, 1)),
                 QStringLiteral("reply 0"));
        waitForWrites();
        m_stack.undo();
        m_stack.undo();
        waitForWrites();
        QCOMPARE(ExampleMessages::text(
                     ExampleMessages::message(m_fixture.json(first), List::Conversation, 1)),
                 QStringLiteral("answer 0"));
    }

    // The background split is the store's split (same seed, same examples), and undo gives
    // every example its old split back.
    void validationSplitInTheBackground()
    {
        const qint64 other = bigDataset(QStringLiteral("Other"));
        m_dataset = bigDataset();
        store()->setSplit({store()->idAt(m_dataset, 3)}, DatasetStore::validationSplit());
        const Snapshot before = snapshot(*store(), m_dataset);
        QList<int> made;
        auto command = MakeValidationSplitCommand::inBackground(
            store(), m_dataset, 20, 7, [&made](int count) { made.append(count); });
        QSignalSpy resets(store(), &DatasetStore::examplesReset);
        m_stack.push(command);
        QCOMPARE(resets.count(), 0);
        waitForWrites();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(made, QList<int>{50});
        QCOMPARE(command->validationCount(), 50);
        QCOMPARE(store()->makeValidationSplit(other, 20, 7), 50);
        const QList<ExampleRow> mine = store()->rows(m_dataset, 0, 1000);
        const QList<ExampleRow> theirs = store()->rows(other, 0, 1000);
        for (int i = 0; i < mine.size(); ++i)
            QCOMPARE(mine.at(i).split, theirs.at(i).split);
        m_stack.undo();
        waitForWrites();
        QVERIFY(snapshot(*store(), m_dataset) == before);
        m_stack.redo();
        waitForWrites();
        QCOMPARE(store()->splitCounts(m_dataset).value(DatasetStore::validationSplit()), 50);
    }

    // Closing the workspace with a change still queued stores it first.
    void queuedChangesAreNotLostOnClose()
    {
        m_dataset = bigDataset();
        const QString path = m_fixture.workspace->path();
        const qint64 first = store()->idAt(m_dataset, 0);
        m_stack.push(BulkReplaceCommand::inBackground(store(), m_dataset, QStringLiteral("answer"),
                                                      QStringLiteral("reply"), Qt::CaseSensitive));
        m_stack.clear();
        m_fixture.close();
        Workspace::Error error;
        m_fixture.workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(m_fixture.workspace);
        m_fixture.store = std::make_unique<DatasetStore>(m_fixture.workspace.get());
        QCOMPARE(ExampleMessages::text(
                     ExampleMessages::message(m_fixture.json(first), List::Conversation, 1)),
                 QStringLiteral("reply 0"));
    }
};

QTEST_MAIN(TestDatasetCommands)
#include "tst_datasetcommands.moc"
