// The example editor on examples nobody should have to open but someone will: a conversation
// of 10,000 messages and a single message of 10 MB, in the Datasets page at a laptop's size,
// offscreen. For each step (open it, scroll to its end, go back to a small example) the
// longest the GUI thread was blocked: its longest event (CPU time) and the longest gap of a
// 1 ms heartbeat (wall clock). Goal: 100 ms. Registered with the `bench` label, never a test.
//     bench_bigexample [--messages 10000] [--megabytes 10]
#include "core/session/workspacesession.h"
#include "core/workspace/backgroundwriter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "guistall.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/messagecard.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <functional>

namespace {

QTextStream out(stdout);

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

// Questions and answers of a support chat, a few lines each.
QJsonObject longConversation(int messages)
{
    QJsonArray list{message(QStringLiteral("system"), QStringLiteral("You are the support assistant."))};
    for (int i = 1; i < messages; ++i) {
        const bool user = i % 2 == 1;
        list.append(message(user ? QStringLiteral("user") : QStringLiteral("assistant"),
                            user ? QStringLiteral("Question %1: my router blinks red again, what now?").arg(i)
                                 : QStringLiteral("Answer %1: unplug it for ten seconds.\nThen wait "
                                                  "for the green light and try again.").arg(i)));
    }
    return {{QStringLiteral("messages"), list}};
}

// One answer of about megabytes MB: paragraphs of ordinary sentences.
QJsonObject hugeMessage(int megabytes)
{
    const QString sentence = QStringLiteral("The model learned from the examples and answers in the "
                                            "company's tone, with short sentences. ");
    QString text;
    text.reserve(qsizetype(megabytes) * 1024 * 1024 + 1024);
    int n = 0;
    while (text.size() < qsizetype(megabytes) * 1024 * 1024) {
        text += sentence;
        if (++n % 6 == 0)
            text += QStringLiteral("\n\n");
    }
    return {{QStringLiteral("messages"),
             QJsonArray{message(QStringLiteral("user"), QStringLiteral("Write everything.")),
                        message(QStringLiteral("assistant"), text)}}};
}

using Stall = GuiStall::Step;

Stall measure(GuiStall::TimedApplication &app, const std::function<void()> &action,
              const std::function<bool()> &done)
{
    return GuiStall::measureStep(app, action, done, 500);
}

void report(const QString &step, const Stall &stall)
{
    out << "  " << step << ": shown after " << qRound(stall.wallMs) << " ms; longest event "
        << QString::number(stall.longestEventMs, 'f', 1) << " ms CPU, longest heartbeat gap "
        << QString::number(stall.longestGapMs, 'f', 1) << " ms"
        << (std::max(stall.longestEventMs, stall.longestGapMs) > 100 ? "  (over the 100 ms goal)" : "")
        << '\n';
    out.flush();
}

QScrollBar *editorScrollBar(DatasetsPage &page)
{
    return page.editor()->findChild<QScrollArea *>()->verticalScrollBar();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    GuiStall::TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int messages = option(args, QStringLiteral("--messages"), 10000);
    const int megabytes = option(args, QStringLiteral("--megabytes"), 10);

    QTemporaryDir dir;
    Workspace::Error error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("big.ajuste")),
                                     Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        out << "cannot create the workspace: " << error.message << '\n';
        return 1;
    }
    WorkspaceSession session(std::move(workspace));
    DatasetsPage page;
    page.setSession(&session);
    page.resize(1366, 768);
    page.show();
    DatasetStore *store = page.store();
    const qint64 dataset = store->createDataset(QStringLiteral("Big"));
    const QJsonObject smallJson = longConversation(3);
    const QJsonObject conversationJson = longConversation(messages);
    const QJsonObject hugeJson = hugeMessage(megabytes);
    const qint64 small = store->appendExample(dataset, smallJson);
    const qint64 conversation = store->appendExample(dataset, conversationJson);
    const qint64 huge = store->appendExample(dataset, hugeJson);
    page.setCurrentDataset(dataset);
    page.selectExample(small);
    QTest::qWait(1000);
    while (store->writer()->isBusy())
        QTest::qWait(50);

    ConversationEditor *editor = page.editor()->conversation();
    // Shown: the editor has every message, and the card of message `index` holds its text
    // (a long conversation shows a window of cards at a time).
    const auto showing = [&](const QJsonObject &json, int index) {
        const QJsonArray list = json.value(QStringLiteral("messages")).toArray();
        const int count = int(list.size());
        const QString text = list.at(index).toObject().value(QStringLiteral("content")).toString();
        return [editor, count, index, text] {
            return editor->count() == count && editor->card(index) && editor->card(index)->text() == text;
        };
    };
    out << "The example editor, " << messages << " messages and one of " << megabytes
        << " MB (goal: no stall over 100 ms)\n";
    out.flush();
    report(QStringLiteral("open the %1-message conversation").arg(messages),
           measure(app, [&] { page.selectExample(conversation); }, showing(conversationJson, 0)));
    report(QStringLiteral("go to its last message"),
           measure(app, [&] { editor->showMessage(messages - 1); },
                   showing(conversationJson, messages - 1)));
    report(QStringLiteral("scroll to the end"),
           measure(app, [&] { editorScrollBar(page)->setValue(editorScrollBar(page)->maximum()); },
                   [&] { return editorScrollBar(page)->value() == editorScrollBar(page)->maximum(); }));
    report(QStringLiteral("back to a 3-message example"),
           measure(app, [&] { page.selectExample(small); }, showing(smallJson, 2)));
    report(QStringLiteral("open the %1 MB message").arg(megabytes),
           measure(app, [&] { page.selectExample(huge); }, showing(hugeJson, 1)));
    report(QStringLiteral("scroll to its end"),
           measure(app, [&] { editorScrollBar(page)->setValue(editorScrollBar(page)->maximum()); },
                   [&] { return editorScrollBar(page)->value() == editorScrollBar(page)->maximum(); }));
    report(QStringLiteral("back to a 3-message example"),
           measure(app, [&] { page.selectExample(small); }, showing(smallJson, 2)));
    return 0;
}
