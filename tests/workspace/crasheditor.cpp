// Types into the examples of a workspace the way the window does — the real example editor
// on the workspace session's store and undo stack, offscreen — until it is killed. Used by
// tst_crashloops (the editing kill loop).
//   crasheditor WORKSPACE DATASET START
// Edit k (from START on) types letter(k) at the end of the answer of example
// (k / PerExample) % count. After each edit it reads the example back from the workspace and,
// once the keystroke is stored, prints "acked K" (K = edits stored so far). The test knows
// the whole script from K alone, so it can tell exactly which edits a killed run kept.
#include "core/session/workspacesession.h"
#include "core/workspace/commands/examplemessages.h"
#include "core/workspace/datasetstore.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/growingtextedit.h"
#include "ui/datasets/messagecard.h"

#include <QApplication>
#include <QTest>
#include <QUndoStack>
#include <cstdio>

namespace {

constexpr int PerExample = 7; // keystrokes in one answer before the editor moves on

int fail(const QString &why)
{
    std::fprintf(stderr, "crasheditor: %s\n", qPrintable(why));
    std::fflush(stderr);
    return 2;
}

QString answerOf(const QJsonObject &json)
{
    return ExampleMessages::text(
        ExampleMessages::message(json, ExampleMessages::List::Conversation, 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return fail(QStringLiteral("usage: crasheditor WORKSPACE DATASET START"));
    Workspace::Error error;
    auto workspace = Workspace::open(arguments.at(1), Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return fail(error.message + QLatin1Char(' ') + error.detail);
    WorkspaceSession session(std::move(workspace));
    DatasetStore *store = session.datasets();
    const qint64 dataset = store->datasetIdByName(arguments.at(2));
    const int count = store->exampleCount(dataset);
    if (count == 0)
        return fail(QStringLiteral("no examples in ") + arguments.at(2));

    ExampleEditor editor;
    editor.setStore(store, session.undoStack());
    editor.resize(600, 700);
    editor.show();
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (qint64 k = arguments.at(3).toLongLong();; ++k) {
        const qint64 exampleId = store->idAt(dataset, int(k / PerExample % count));
        if (editor.exampleId() != exampleId)
            editor.showExample(exampleId);
        MessageCard *answer = editor.conversation()->card(1);
        if (!answer)
            return fail(QStringLiteral("no answer card"));
        const QString before = answerOf(store->example(exampleId).json);
        const QChar letter = QLatin1Char(char('a' + k % 26));
        answer->editor()->setFocus();
        answer->editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(answer->editor(), letter.toLatin1());
        if (answerOf(store->example(exampleId).json) != before + letter)
            return fail(
                QStringLiteral("edit %1 was not stored: %2").arg(k).arg(store->lastError()));
        std::printf("acked %lld\n", k + 1);
        std::fflush(stdout);
    }
}
