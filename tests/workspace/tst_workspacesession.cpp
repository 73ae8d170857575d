// The workspace session is what every page shares: one store and one undo history per open
// workspace, and a manager that lets the pages go of the old session before it closes.
#include "core/jobs/jobstore.h"
#include "core/playground/playgroundstore.h"
#include "core/workspace/commands/setnotecommand.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/tokencountupdater.h"
#include "core/session/workspacemanager.h"
#include "core/session/workspacesession.h"
#include "tests/workspace/storefixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsOfAnyPageShareOneHistory()
    {
        Workspace::Error error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("shared.ajuste")),
                                         Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        WorkspaceSession session(std::move(workspace));
        DatasetStore *store = session.datasets();
        QVERIFY(store && session.undoStack() && session.tokenCounts());
        QVERIFY(session.jobs() && session.playground());
        QCOMPARE(session.jobs()->workspace(), session.workspace());
        const qint64 dataset = store->createDataset(QStringLiteral("Support"));
        const qint64 id = store->appendExample(
            dataset, StoreFixture::chat(QStringLiteral("q"), QStringLiteral("a")));
        QVERIFY(id > 0);
        // Two "pages" pushing onto the session's stack: one history, undone in order.
        session.undoStack()->push(new SetNoteCommand(store, id, QStringLiteral("first"), 1));
        session.undoStack()->push(new SetNoteCommand(store, id, QStringLiteral("second"), 2));
        QCOMPARE(store->example(id).note, QStringLiteral("second"));
        session.undoStack()->undo();
        QCOMPARE(store->example(id).note, QStringLiteral("first"));
        session.undoStack()->undo();
        QCOMPARE(store->example(id).note, QString());
    }

    void managerHandsOutOneSessionPerWorkspace()
    {
        WorkspaceManager manager;
        QList<WorkspaceSession *> announced;
        bool oldStillOpenWhenAsked = false;
        connect(&manager, &WorkspaceManager::aboutToChangeWorkspace, this, [&] {
            oldStillOpenWhenAsked = manager.session() && manager.session()->datasets() &&
                                    manager.session()->workspace()->database().isOpen();
        });
        connect(&manager, &WorkspaceManager::workspaceChanged, this,
                [&](WorkspaceSession *session) { announced.append(session); });
        Workspace::Error error;
        QVERIFY(manager.open(m_dir.filePath(QStringLiteral("one.ajuste")),
                             Workspace::OpenMode::CreateIfMissing, &error));
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.first(), manager.session());
        QCOMPARE(manager.current(), manager.session()->workspace());
        manager.session()->datasets()->createDataset(QStringLiteral("Kept"));

        QVERIFY(manager.open(m_dir.filePath(QStringLiteral("two.ajuste")),
                             Workspace::OpenMode::CreateIfMissing, &error));
        QVERIFY(oldStillOpenWhenAsked);
        QCOMPARE(announced.size(), 2);
        QVERIFY(manager.session()->datasets()->datasets().isEmpty());
        QCOMPARE(manager.session()->undoStack()->count(), 0);

        // The first workspace kept what was made in it.
        QVERIFY(manager.open(m_dir.filePath(QStringLiteral("one.ajuste")),
                             Workspace::OpenMode::OpenExisting, &error));
        QCOMPARE(manager.session()->datasets()->datasets().size(), 1);
        manager.close();
        QCOMPARE(manager.session(), nullptr);
        QCOMPARE(announced.last(), nullptr);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
