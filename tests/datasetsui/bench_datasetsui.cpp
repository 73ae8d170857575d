// How the Datasets page feels with a big generated dataset (default 100,000 examples):
// opening the page to a filled list, jumping around the list, typing in a message (each
// keystroke is an undo command stored at once), and a text filter from the filter bar.
// Prints each step's median over --runs runs.
//   bench_datasetsui [--examples N] [--runs R]
#include "../bench/datasetgenerator.h"

#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "core/session/workspacesession.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/growingtextedit.h"
#include "ui/datasets/messagecard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void report(const char *step, const QList<double> &ms)
{
    QStringList all;
    for (const double v : ms)
        all.append(QString::number(v, 'f', 2));
    out() << QLatin1String(step) << ": median " << QString::number(median(ms), 'f', 2)
          << " ms (runs: " << all.join(QStringLiteral(", ")) << ")\n";
    out().flush();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("examples"), QStringLiteral("Examples to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per step."), QStringLiteral("R"),
                      QStringLiteral("3")});
    parser.process(app);
    const qint64 examples = parser.value(QStringLiteral("examples")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("generated.jsonl"));
    {
        QFile output(file);
        if (!output.open(QIODevice::WriteOnly) || DatasetGenerator(42).write(&output, examples) < 0)
            return 2;
    }
    const QString path = dir.filePath(QStringLiteral("bench.ajuste"));
    Workspace::Error error;
    auto opened = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    if (!opened)
        return 2;
    WorkspaceSession session(std::move(opened));
    DatasetImporter::Request request;
    request.files = {file};
    request.newDatasetName = QStringLiteral("Generated");
    const DatasetImporter::Result imported = DatasetImporter::run(path, request);
    if (!imported.ok)
        return 2;
    out() << "examples: " << imported.summary.examples << "\n";

    QList<double> open, jump, keystroke, filter, query;
    for (int run = 0; run < runs; ++run) {
        DatasetsPage page;
        page.resize(1100, 700);
        page.show();
        QElapsedTimer timer;
        timer.start();
        page.setSession(&session);
        QApplication::processEvents();
        page.exampleView()->viewport()->repaint();
        open.append(elapsedMs(timer));

        // Dragging the scroll bar to 50 places over the whole list, each painted.
        QScrollBar *bar = page.exampleView()->verticalScrollBar();
        QList<double> jumps;
        for (int i = 1; i <= 50; ++i) {
            timer.restart();
            bar->setValue(int(qint64(bar->maximum()) * ((i * 37) % 50) / 50));
            page.exampleView()->viewport()->repaint();
            jumps.append(elapsedMs(timer));
        }
        jump.append(median(jumps));

        // Typing in the first example's last message.
        page.selectExample(page.exampleModel()->exampleIdAt(0));
        ConversationEditor *conversation = page.editor()->conversation();
        MessageCard *card = conversation->card(conversation->count() - 1);
        if (card) {
            card->editor()->setFocus();
            QList<double> keys;
            for (const QChar c : QStringLiteral("obrigado pela ajuda")) {
                timer.restart();
                QTest::keyClick(card->editor(), c.toLatin1());
                QApplication::processEvents();
                page.exampleView()->viewport()->repaint();
                keys.append(elapsedMs(timer));
            }
            keystroke.append(median(keys));
            page.undoStack()->undo();
        }

        // A word typed in the filter bar.
        timer.restart();
        ExampleFilter textFilter;
        textFilter.text = QStringLiteral("Instalação");
        page.exampleModel()->setFilter(textFilter);
        page.exampleView()->viewport()->repaint();
        filter.append(elapsedMs(timer));
        out() << "  filter matched " << page.exampleModel()->rowCount() << " examples\n";
        timer.restart();
        const qsizetype matched =
            page.store()->exampleIds(page.currentDataset(), textFilter).size();
        query.append(elapsedMs(timer));
        Q_UNUSED(matched)
        page.setSession(nullptr);
    }
    report("open the page to a filled list", open);
    report("jump in the list (median of 50 jumps)", jump);
    report("one keystroke in a message (median of 19)", keystroke);
    report("text filter over all messages", filter);
    report("  of which the store's query", query);
    return 0;
}
