// How the Datasets page feels with a big generated dataset (default 100,000 examples):
// opening the page to a filled list, jumping around the list, typing in a message (each
// keystroke is an undo command stored at once), and a text filter from the filter bar.
//
// Then the longest stall of the GUI thread (the longest time the window could not paint
// or take a key) while a person works: typing a 10-character filter one key at a time,
// sorting by a column, tagging an example (the tag list follows), find and replace (the
// count as the find text is typed, Replace All over every example, its undo and redo, and
// the token recount that follows), a validation split and its undo, Find Duplicates and an
// export. A 1 ms timer on the GUI thread measures the gaps between its ticks; the longest
// gap is the stall. Prints each step's median over --runs runs.
//   bench_datasetsui [--examples N] [--runs R]
#include "../bench/datasetgenerator.h"
#include "core/workspace/commands/settagscommand.h"
#include "core/workspace/datasetimporter.h"
#include "core/workspace/datasetstore.h"
#include "core/workspace/tokencountupdater.h"
#include "core/workspace/workspace.h"
#include "core/session/workspacesession.h"
#include "ui/common/messages.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/examplefilterbar.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/exportcontroller.h"
#include "ui/datasets/findreplacedialog.h"
#include "ui/datasets/growingtextedit.h"
#include "ui/datasets/messagecard.h"
#include "ui/datasets/validationsplitdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <functional>

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

void report(const QString &step, const QList<double> &ms)
{
    QStringList all;
    for (const double v : ms)
        all.append(QString::number(v, 'f', 2));
    out() << step << ": median " << QString::number(median(ms), 'f', 2)
          << " ms (runs: " << all.join(QStringLiteral(", ")) << ")\n";
    out().flush();
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The longest time between two ticks of a 1 ms timer on the GUI thread: how long the
// window could neither paint nor take a key.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, &StallWatch::tick);
    }

    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_tick.start();
    }

    double stop()
    {
        tick();
        m_tick.stop();
        return double(m_longest) / 1e6;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// With --explain: every event the GUI thread took longer than 12 ms to handle, by receiver,
// so a stall can be traced to the code that caused it.
class ExplainingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool explain = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!explain || m_depth > 0)
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        if (timer.elapsed() > 12)
            out() << "    slow event " << type << " to " << receiver->metaObject()->className()
                  << " '" << receiver->objectName() << "': " << timer.elapsed() << " ms\n";
        return result;
    }

private:
    int m_depth = 0;
};

// Runs the event loop until done() or the timeout; true when done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000,
               int line = __builtin_LINE())
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            out() << "  (a wait timed out, line " << line << ")\n";
            out().flush();
            return false;
        }
        QTest::qWait(5);
    }
    return true;
}

// The bench's own connection: it sees what was committed without asking the page's store
// (which may be busy) and costs one lookup by primary key.
class Probe
{
public:
    explicit Probe(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        db.open();
    }
    ~Probe() { QSqlDatabase::removeDatabase(name()); }

    QByteArray json(qint64 id) const
    {
        QSqlQuery query(QSqlDatabase::database(name()));
        query.prepare(QStringLiteral("SELECT CAST(json AS BLOB) FROM examples WHERE id = ?"));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toByteArray() : QByteArray();
    }

private:
    static QString name() { return QStringLiteral("bench-probe"); }
};

// Steps of the page's store for one dataset, counted as they are signalled.
struct StoreActivity
{
    int resets = 0;
    int changes = 0;
    int any() const { return resets + changes; }
};

void follow(DatasetStore *store, qint64 datasetId, StoreActivity *activity, QObject *context)
{
    QObject::connect(store, &DatasetStore::examplesReset, context, [=](qint64 ds) {
        if (ds == datasetId)
            ++activity->resets;
    });
    QObject::connect(store, &DatasetStore::examplesChanged, context,
                     [=](qint64 ds, const QList<qint64> &) {
                         if (ds == datasetId)
                             ++activity->changes;
                     });
}

// Waits until the token counter has counted the examples an edit cleared (and a moment
// more for the follow-up look that finds nothing left).
void waitForRecount(QSignalSpy &counted)
{
    waitUntil(
        [&counted] {
            for (const QList<QVariant> &signal : counted) {
                if (signal.at(0).toInt() > 0)
                    return true;
            }
            return false;
        },
        180000);
    QTest::qWait(400);
    counted.clear();
}

using Stalls = QMap<QString, QList<double>>;

// Types text into a line edit one key at a time, gapMs apart, with a longer pause after
// pauseAfter keys (a person who stops to think, so a query starts mid-word).
void typeSlowly(QLineEdit *field, const QString &text, int gapMs, int pauseAfter, int pauseMs)
{
    for (int i = 0; i < text.size(); ++i) {
        // A key with its text, as a keyboard sends it (also for "ç" and "ã").
        const QChar c = text.at(i);
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key(c.toUpper().unicode()), QString(c),
                            Qt::NoModifier);
        QTest::qWait(i + 1 == pauseAfter ? pauseMs : gapMs);
    }
}

// The floor: the longest stall while the whole page paints once, with nothing else to do
// (what any change the user sees costs on this machine).
void repaintOnce(DatasetsPage &page, StallWatch &watch, Stalls *stalls)
{
    QTest::qWait(300);
    watch.start();
    page.update();
    const QList<QWidget *> all = page.findChildren<QWidget *>();
    for (QWidget *widget : all)
        widget->update();
    QTest::qWait(300);
    (*stalls)[QStringLiteral("painting the whole page once (no work)")].append(watch.stop());
}

void typeFilter(DatasetsPage &page, StallWatch &watch, Stalls *stalls, QList<double> *shown)
{
    const QString text = QStringLiteral("Instalação");
    ExampleFilter wanted;
    wanted.text = text;
    const qsizetype expected = page.store()->exampleIds(page.currentDataset(), wanted).size();
    const int total = page.store()->exampleCount(page.currentDataset());
    QLineEdit *field = page.filterBar()->searchField();
    field->setFocus();
    watch.start();
    typeSlowly(field, text, 80, 4, 400);
    QElapsedTimer untilShown;
    untilShown.start();
    waitUntil([&] {
        return page.exampleModel()->filter().text == text &&
               page.exampleModel()->rowCount() == expected;
    });
    shown->append(elapsedMs(untilShown));
    QTest::qWait(300);
    (*stalls)[QStringLiteral("typing a 10-character filter")].append(watch.stop());
    out() << "  filter matched " << page.exampleModel()->rowCount() << " examples\n";

    watch.start();
    field->clear();
    waitUntil([&] {
        return page.exampleModel()->filter().isEmpty() && page.exampleModel()->rowCount() == total;
    });
    QTest::qWait(300);
    (*stalls)[QStringLiteral("clearing the filter")].append(watch.stop());
}

void sortByColumn(DatasetsPage &page, StallWatch &watch, Stalls *stalls)
{
    const qint64 dataset = page.currentDataset();
    const qint64 first =
        page.store()->exampleIds(dataset, {}, DatasetStore::SortKey::Summary).value(0);
    const qint64 firstByPosition = page.store()->idAt(dataset, 0);
    watch.start();
    page.exampleView()->sortByColumn(ExampleListModel::FirstMessageColumn, Qt::AscendingOrder);
    waitUntil([&] { return page.exampleModel()->exampleIdAt(0) == first; });
    QTest::qWait(300);
    (*stalls)[QStringLiteral("sorting by the first message")].append(watch.stop());
    watch.start();
    page.exampleView()->sortByColumn(ExampleListModel::NumberColumn, Qt::AscendingOrder);
    waitUntil([&] { return page.exampleModel()->exampleIdAt(0) == firstByPosition; });
    QTest::qWait(300);
    (*stalls)[QStringLiteral("sorting back by number")].append(watch.stop());
}

void tagOneExample(DatasetsPage &page, StallWatch &watch, Stalls *stalls)
{
    const qint64 id = page.exampleModel()->exampleIdAt(3);
    QComboBox *tags = nullptr;
    for (QComboBox *box : page.filterBar()->findChildren<QComboBox *>()) {
        if (box->accessibleName() == ExampleFilterBar::tr("Filter by tag"))
            tags = box;
    }
    watch.start();
    page.undoStack()->push(new SetTagsCommand(page.store(), id, {QStringLiteral("bench")}));
    waitUntil([tags] { return tags && tags->findData(QStringLiteral("bench")) >= 0; });
    QTest::qWait(300);
    (*stalls)[QStringLiteral("tagging an example (the tag list follows)")].append(watch.stop());
    page.undoStack()->undo();
    waitUntil([tags] { return tags && tags->findData(QStringLiteral("bench")) < 0; });
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *candidate : parent->findChildren<QPushButton *>()) {
        if (candidate->text() == text)
            return candidate;
    }
    return nullptr;
}

// Find and Replace, as a person: types a word and reads the count, then replaces every
// "e" by "E" (every example changes). Runs while the dialog is up.
void driveFindReplace(DatasetsPage &page, FindReplaceDialog *dialog, StallWatch &watch,
                      Stalls *stalls, const Probe &probe, qint64 sampleId)
{
    QLabel *count = dialog->findChild<QLabel *>(QStringLiteral("matchCount"));
    QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
    QLineEdit *find = fields.value(0);
    QLineEdit *replace = fields.value(1);
    find->setFocus();
    watch.start();
    typeSlowly(find, QStringLiteral("Wi-Fi"), 80, 0, 0);
    if (!waitUntil([count] {
            return count->text().startsWith(QLatin1String("Found")) ||
                   count->text().startsWith(QLatin1String("No message"));
        }))
        out() << "  count: " << count->text() << " find: " << find->text() << "\n";
    QTest::qWait(300);
    (*stalls)[QStringLiteral("typing the text to find (the count follows)")].append(watch.stop());

    find->setText(QStringLiteral("e"));
    replace->setText(QStringLiteral("E"));
    dialog->findChild<QCheckBox *>()->setChecked(true);
    QPushButton *all = button(dialog, FindReplaceDialog::tr("Replace All"));
    waitUntil([all] { return all->isEnabled(); });
    QTest::qWait(400);
    const QByteArray before = probe.json(sampleId);
    const int steps = page.undoStack()->index();
    QSignalSpy counted(page.tokenCounter(), &TokenCountUpdater::countingFinished);
    watch.start();
    QTest::mouseClick(all, Qt::LeftButton);
    waitUntil([&] { return page.undoStack()->index() > steps && probe.json(sampleId) != before; });
    QTest::qWait(1000);
    (*stalls)[QStringLiteral("Replace All over every example")].append(watch.stop());
    waitForRecount(counted);
    dialog->reject();
}

void findAndReplace(DatasetsPage &page, StallWatch &watch, Stalls *stalls, const Probe &probe)
{
    const qint64 sampleId = page.exampleModel()->exampleIdAt(0);
    const QByteArray original = probe.json(sampleId);
    bool driven = false;
    QTimer::singleShot(0, &page, [&] {
        FindReplaceDialog *dialog = nullptr;
        waitUntil([&] {
            return (dialog = page.findChild<FindReplaceDialog *>()) && dialog->isVisible();
        });
        driveFindReplace(page, dialog, watch, stalls, probe, sampleId);
        driven = true;
    });
    page.findAndReplace(); // returns when the dialog closes if it runs its own event loop
    waitUntil([&] { return driven; });
    const QByteArray replaced = probe.json(sampleId);

    QSignalSpy counted(page.tokenCounter(), &TokenCountUpdater::countingFinished);
    const auto step = [&](const QString &name, const QByteArray &expected, bool undo) {
        watch.start();
        undo ? page.undoStack()->undo() : page.undoStack()->redo();
        waitUntil([&] { return probe.json(sampleId) == expected; });
        QTest::qWait(1000);
        (*stalls)[name].append(watch.stop());
        watch.start();
        waitForRecount(counted);
        (*stalls)[name + QStringLiteral(": the token recount after it")].append(watch.stop());
    };
    step(QStringLiteral("undoing Replace All"), original, true);
    step(QStringLiteral("redoing Replace All"), replaced, false);
    page.undoStack()->undo();
    waitUntil([&] { return probe.json(sampleId) == original; });
    waitForRecount(counted);
}

void validationSplit(DatasetsPage &page, StallWatch &watch, Stalls *stalls)
{
    StoreActivity activity;
    QObject context;
    follow(page.store(), page.currentDataset(), &activity, &context);
    bool accepted = false;
    QTimer::singleShot(0, &page, [&] {
        ValidationSplitDialog *dialog = nullptr;
        waitUntil([&] {
            return (dialog = page.findChild<ValidationSplitDialog *>()) && dialog->isVisible();
        });
        watch.start(); // from the click on "Make the Split"
        dialog->accept();
        accepted = true;
    });
    page.makeValidationSplit();
    waitUntil([&] { return accepted && activity.any() > 0; });
    QTest::qWait(600);
    (*stalls)[QStringLiteral("making a validation split")].append(watch.stop());
    const int seen = activity.any();
    watch.start();
    page.undoStack()->undo();
    waitUntil([&] { return activity.any() > seen; });
    QTest::qWait(600);
    (*stalls)[QStringLiteral("undoing the validation split")].append(watch.stop());
}

// Message boxes shown so far (the bench answers them instead of a person).
int &messagesShown()
{
    static int shown = 0;
    return shown;
}

void findDuplicates(DatasetsPage &page, StallWatch &watch, Stalls *stalls)
{
    const int told = messagesShown();
    watch.start();
    page.flagDuplicates();
    waitUntil([told] { return messagesShown() > told; });
    QTest::qWait(600);
    (*stalls)[QStringLiteral("finding duplicates")].append(watch.stop());
    page.filterBar()->clear();
    page.exampleModel()->setFilter({});
    const int total = page.store()->exampleCount(page.currentDataset());
    waitUntil([&] { return page.exampleModel()->rowCount() == total; });
}

void exportDataset(DatasetsPage &page, StallWatch &watch, Stalls *stalls, const QString &path)
{
    page.exporter()->setPathChooser([path](const QString &) { return path; });
    QSignalSpy exported(page.exporter(), &ExportController::exported);
    watch.start();
    page.exportCurrentDataset();
    waitUntil([&] { return exported.count() > 0; }, 180000);
    QTest::qWait(300);
    (*stalls)[QStringLiteral("exporting (training and validation files)")].append(watch.stop());
}

// Counts the tokens of every example once, so the runs measure edits, not the first count.
void countTokensOnce(Workspace *workspace, qint64 datasetId)
{
    DatasetStore store(workspace);
    TokenCountUpdater counter(&store, workspace->path());
    QSignalSpy counted(&counter, &TokenCountUpdater::countingFinished);
    counter.setDataset(datasetId);
    waitForRecount(counted);
}

} // namespace

int main(int argc, char *argv[])
{
    ExplainingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("examples"), QStringLiteral("Examples to generate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per step."), QStringLiteral("R"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("explain"),
                      QStringLiteral("Print every event the GUI thread took long to handle.")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run only the steps whose names contain these words "
                                     "(comma-separated, e.g. split,undo)."),
                      QStringLiteral("STEP")});
    parser.process(app);
    app.explain = parser.isSet(QStringLiteral("explain"));
    const QString only = parser.value(QStringLiteral("only"));
    Messages::setTestHook([](const Messages::Shown &) {
        ++messagesShown();
        return QMessageBox::Ok;
    });
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
    out().flush();
    countTokensOnce(session.workspace(), imported.datasetId);
    const Probe probe(path);

    QList<double> open, jump, keystroke, filter, query, filterShown;
    Stalls stalls;
    StallWatch watch;
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
        // As after a click on the dataset: the first dataset chosen when the workspace opens
        // got no token counter before the threads change.
        page.tokenCounter()->setDataset(page.currentDataset());

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
        bar->setValue(0);

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
        QTest::qWait(1500); // the token count of the edited example settles

        // A word set as the filter, until the list shows the matches.
        ExampleFilter textFilter;
        textFilter.text = QStringLiteral("Instalação");
        const qsizetype matched =
            page.store()->exampleIds(page.currentDataset(), textFilter).size();
        timer.restart();
        page.exampleModel()->setFilter(textFilter);
        waitUntil([&] { return page.exampleModel()->rowCount() == matched; });
        page.exampleView()->viewport()->repaint();
        filter.append(elapsedMs(timer));
        timer.restart();
        page.store()->exampleIds(page.currentDataset(), textFilter);
        query.append(elapsedMs(timer));
        page.exampleModel()->setFilter({});
        waitUntil([&] { return page.exampleModel()->filter().isEmpty(); });
        QTest::qWait(300);

        const auto step = [&only](const char *name) {
            const auto named = [name](const QString &part) {
                return QLatin1String(name).contains(part);
            };
            const QStringList parts = only.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!parts.isEmpty() && std::none_of(parts.cbegin(), parts.cend(), named))
                return false;
            out() << "  " << name << "\n";
            out().flush();
            return true;
        };
        if (step("painting"))
            repaintOnce(page, watch, &stalls);
        if (step("typing a filter"))
            typeFilter(page, watch, &stalls, &filterShown);
        if (step("sorting"))
            sortByColumn(page, watch, &stalls);
        if (step("tagging"))
            tagOneExample(page, watch, &stalls);
        if (step("find and replace"))
            findAndReplace(page, watch, &stalls, probe);
        if (step("validation split"))
            validationSplit(page, watch, &stalls);
        if (step("duplicates"))
            findDuplicates(page, watch, &stalls);
        if (step("export"))
            exportDataset(page, watch, &stalls,
                          dir.filePath(QStringLiteral("export%1.jsonl").arg(run)));
        page.setSession(nullptr);
        out() << "  run " << run + 1 << " done\n";
        out().flush();
    }
    report(QStringLiteral("open the page to a filled list"), open);
    report(QStringLiteral("jump in the list (median of 50 jumps)"), jump);
    report(QStringLiteral("one keystroke in a message (median of 19)"), keystroke);
    report(QStringLiteral("text filter over all messages, until the list shows it"), filter);
    report(QStringLiteral("  of which the store's query"), query);
    report(QStringLiteral("typed filter: from the last key until the list shows it"), filterShown);
    for (auto it = stalls.cbegin(); it != stalls.cend(); ++it)
        report(QStringLiteral("longest GUI stall while ") + it.key(), it.value());
    return 0;
}
