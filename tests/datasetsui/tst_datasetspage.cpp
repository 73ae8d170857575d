// The Datasets page driven like a user would, offscreen: import a file (and a spreadsheet
// with its columns chosen), edit a message, undo it, and export; the exported file holds the
// same JSON values as the lines imported.

#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "core/session/workspacesession.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "ui/common/panesplitter.h"
#include "core/workspace/backgroundwriter.h"
#include "core/workspace/commands/examplemessages.h"
#include "core/workspace/tokencountupdater.h"
#include "core/workspace/workspaceerror.h"
#include "ui/common/messages.h"
#include "ui/datasets/bulkeditcontroller.h"
#include "ui/datasets/columnmappingdialog.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/examplefilterbar.h"
#include "ui/datasets/exportcontroller.h"
#include "ui/datasets/findreplacedialog.h"
#include "ui/datasets/growingtextedit.h"
#include "ui/datasets/importcontroller.h"
#include "ui/datasets/importsummarydialog.h"
#include "ui/datasets/messagecard.h"
#include "ui/datasets/preferenceeditor.h"
#include "ui/datasets/rejectionlistmodel.h"
#include "ui/datasets/validationsplitdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QSqlQuery>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(AJUSTE_SOURCE_DIR "/tests/datasetsui/data/") + QLatin1String(name);
}

// The JSON objects of the lines of a JSONL file that parse.
QList<QJsonObject> jsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> objects;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            objects.append(document.object());
    }
    return objects;
}

} // namespace

class TestDatasetsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<DatasetsPage> m_page;
    QList<Messages::Shown> m_shown;
    int m_opened = 0;

    DatasetStore *store() const { return m_page->store(); }

    // Makes row the only selected and current row, as a click would.
    void selectOnly(int row)
    {
        const QModelIndex index = m_page->exampleModel()->index(row, 0);
        m_page->exampleView()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    // Waits until every big change is stored and announced.
    void waitForWrites() { QTRY_VERIFY(!store()->writer()->isBusy()); }

    QList<QJsonObject> storedJson()
    {
        QList<QJsonObject> all;
        for (const ExampleRow &row : store()->rows(m_page->currentDataset(), 0, 1000))
            all.append(store()->example(row.id).json);
        return all;
    }

    void importAndWait(const QStringList &paths)
    {
        QSignalSpy finished(m_page->importer(), &ImportController::importFinished);
        m_page->importFiles(paths);
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(m_page->importer()->summaryDialog());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Messages::setTestHook([this](const Messages::Shown &shown) {
            m_shown.append(shown);
            return QMessageBox::Yes;
        });
    }

    void init()
    {
        Workspace::Error error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("w%1.ajuste").arg(++m_opened)),
                                         Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace));
        m_page = std::make_unique<DatasetsPage>();
        QVERIFY(!m_page->undoStack());
        m_page->setSession(m_session.get());
        QCOMPARE(m_page->undoStack(), m_session->undoStack());
        m_page->resize(1100, 700);
        m_page->show();
        m_shown.clear();
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    // Regression: an edit the disk had no room for was dropped with only a log line. Now the
    // page says the disk is full, the editor shows the answer as stored, and no undo step
    // claims a change that was never made. (SQLite's page limit plays the full disk.)
    void pastingOnAFullDiskSaysSo()
    {
        const qint64 id = store()->createDataset(QStringLiteral("Full"));
        const auto message = [](const char *role, const char *content) {
            return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                               {QStringLiteral("content"), QLatin1String(content)}};
        };
        store()->appendExample(id, {{QStringLiteral("messages"),
                                     QJsonArray{message("user", "Hi?"), message("assistant", "Hello.")}}});
        m_page->setCurrentDataset(id);
        QTRY_VERIFY(m_page->editor()->exampleId() != 0);
        const QJsonObject stored = store()->example(m_page->editor()->exampleId()).json;
        const QSqlDatabase db = m_session->workspace()->database();
        QSqlQuery pages(db);
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        QSqlQuery limit(db);
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toInt())));

        MessageCard *answer = m_page->editor()->conversation()->card(1);
        QVERIFY(answer);
        answer->editor()->setFocus();
        answer->editor()->moveCursor(QTextCursor::End);
        answer->editor()->insertPlainText(QString(100000, QLatin1Char('y'))); // a long paste
        QTRY_COMPARE(m_shown.size(), 1);
        QCOMPARE(m_shown.first().icon, QMessageBox::Warning);
        QCOMPARE(m_shown.first().text, WorkspaceError::diskFull());
        QCOMPARE(m_page->undoStack()->count(), 0);
        QCOMPARE(store()->example(m_page->editor()->exampleId()).json, stored);
        QTRY_COMPARE(m_page->editor()->conversation()->card(1)->editor()->toPlainText(),
                     QStringLiteral("Hello."));
    }

    void emptyWorkspaceTeaches()
    {
        const auto empties = m_page->findChildren<EmptyState *>();
        int visible = 0;
        for (EmptyState *empty : empties)
            visible += empty->isVisible() ? 1 : 0;
        QCOMPARE(visible, 1);
        QVERIFY(!m_page->exportAction()->isEnabled());

        // An empty dataset explains how to add examples, and Add Example works from there.
        const qint64 id = store()->createDataset(QStringLiteral("Empty"));
        m_page->setCurrentDataset(id);
        QCOMPARE(m_page->currentDataset(), id);
        visible = 0;
        for (EmptyState *empty : empties)
            visible += empty->isVisible() ? 1 : 0;
        QCOMPARE(visible, 1);
        QVERIFY(!m_page->exampleView()->isVisible());
        m_page->addExample();
        QVERIFY(m_page->exampleView()->isVisible());
        QCOMPARE(m_page->exampleModel()->rowCount(), 1);
        QVERIFY(m_page->editor()->exampleId() != 0);
        QCOMPARE(m_page->editor()->conversation()->count(), 2);
        m_page->undoStack()->undo();
        QCOMPARE(store()->exampleCount(id), 0);
    }

    void importEditUndoExport()
    {
        importAndWait({fixture("support.jsonl")});
        const DatasetImporter::Result &result = m_page->importer()->lastResult();
        QCOMPARE(result.summary.read, 5);
        QCOMPARE(result.summary.imported, 3);
        QCOMPARE(result.summary.rejected, 1);
        QCOMPARE(result.summary.blank, 1);

        ImportSummaryDialog *summary = m_page->importer()->summaryDialog();
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->rejections()->rowCount(), 1);
        QCOMPARE(summary->rejections()->data(summary->rejections()->index(0, RejectionListModel::LineColumn)).toInt(), 3);
        QVERIFY(summary->rejections()->report().contains(QStringLiteral("support.jsonl:3: ")));
        summary->close();

        // The new dataset is chosen and its first example is open in the editor.
        QVERIFY(m_page->currentDataset() != 0);
        QCOMPARE(m_page->exampleModel()->rowCount(), 3);
        QTRY_VERIFY(m_page->editor()->exampleId() != 0);
        const qint64 exampleId = m_page->editor()->exampleId();
        const QJsonObject original = store()->example(exampleId).json;

        // Typing in the answer: one undo step, stored at once.
        MessageCard *answer = m_page->editor()->conversation()->card(2);
        QVERIFY(answer);
        answer->editor()->setFocus();
        answer->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(answer->editor(), QStringLiteral(" Thanks"));
        QCOMPARE(m_page->undoStack()->count(), 1);
        const QJsonObject edited = store()->example(exampleId).json;
        QCOMPARE(ExampleMessages::text(ExampleMessages::message(edited, ExampleMessages::List::Conversation, 2)),
                 QStringLiteral("Sorry about that! Please restart the router and tell me if it helps. Thanks"));
        QVERIFY(m_page->exampleModel()->data(m_page->exampleModel()->index(0, ExampleListModel::FirstMessageColumn)).toString().startsWith(QStringLiteral("My internet")));

        // Ctrl+Z in the message box goes to the page's undo (as Edit ▸ Undo in the window).
        QAction *undo = m_page->undoStack()->createUndoAction(m_page.get());
        undo->setShortcut(QKeySequence::Undo);
        m_page->addAction(undo);
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(answer->editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_page->undoStack()->index(), 0);
        QCOMPARE(store()->example(exampleId).json, original);
        QCOMPARE(answer->text(), QStringLiteral("Sorry about that! Please restart the router and tell me if it helps."));
        m_page->undoStack()->redo();
        QCOMPARE(store()->example(exampleId).json, edited);
        m_page->undoStack()->undo();

        // Export: the valid lines come back as the same JSON values, unknown fields included.
        const QString out = m_dir.filePath(QStringLiteral("export%1.jsonl").arg(m_opened));
        m_page->exporter()->setPathChooser([out](const QString &) { return out; });
        QSignalSpy exported(m_page->exporter(), &ExportController::exported);
        m_page->exportCurrentDataset();
        QVERIFY(exported.wait(20000) || exported.count() == 1);
        QCOMPARE(exported.first().at(0).toString(), out);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QCOMPARE(jsonLines(out), jsonLines(fixture("support.jsonl")));
        QVERIFY(!m_shown.isEmpty());
        QVERIFY(m_shown.last().text.contains(out) || m_shown.last().text.contains(QDir::toNativeSeparators(out)));
    }

    void exportWritesValidationFile()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        // Third example for validation, by hand.
        selectOnly(2);
        m_page->setSelectedSplit(DatasetStore::validationSplit());
        const QString out = m_dir.filePath(QStringLiteral("split%1.jsonl").arg(m_opened));
        m_page->exporter()->setPathChooser([out](const QString &) { return out; });
        QSignalSpy exported(m_page->exporter(), &ExportController::exported);
        m_page->exportCurrentDataset();
        QVERIFY(exported.wait(20000) || exported.count() == 1);
        const QString validation = exported.first().at(1).toString();
        QCOMPARE(validation, ExportController::validationPath(out));
        const QList<QJsonObject> all = jsonLines(fixture("support.jsonl"));
        QCOMPARE(jsonLines(out), (QList<QJsonObject>{all.at(0), all.at(1)}));
        QCOMPARE(jsonLines(validation), QList<QJsonObject>{all.at(2)});
        // Undo puts it back in training.
        m_page->undoStack()->undo();
        QCOMPARE(store()->splitCounts(m_page->currentDataset()).value(DatasetStore::validationSplit()), 0);
    }

    void importSpreadsheetWithChosenColumns()
    {
        QString askedFor;
        m_page->importer()->setMappingChooser([&askedFor](const QString &path, CsvMapping *mapping) {
            askedFor = path;
            mapping->promptColumn = 0;
            mapping->answerColumn = 1;
            mapping->systemPrompt = QStringLiteral("Answer like a Jabuti salesperson.");
            mapping->firstRowIsHeader = true;
            return true;
        });
        importAndWait({fixture("plans.csv")});
        QCOMPARE(askedFor, fixture("plans.csv"));
        QCOMPARE(m_page->importer()->lastResult().summary.imported, 2);
        QCOMPARE(m_page->exampleModel()->rowCount(), 2);
        const QJsonObject first = store()->example(m_page->exampleModel()->exampleIdAt(0)).json;
        const QJsonArray messages = ExampleMessages::messages(first, ExampleMessages::List::Conversation);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(ExampleMessages::text(messages.at(0).toObject()), QStringLiteral("Answer like a Jabuti salesperson."));
        QCOMPARE(ExampleMessages::text(messages.at(2).toObject()), QStringLiteral("R$ 99,90 per month."));
    }

    void editPreferenceAnswersSideBySide()
    {
        importAndWait({fixture("preference.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QCOMPARE(m_page->exampleModel()->rowCount(), 2);
        // The second example uses the older *_completion names.
        m_page->selectExample(m_page->exampleModel()->exampleIdAt(1));
        const qint64 id = m_page->editor()->exampleId();
        const QJsonObject original = store()->example(id).json;
        PreferenceEditor *editor = m_page->editor()->preference();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->rejected()->text(), QStringLiteral("Maybe."));
        editor->rejected()->editor()->setFocus();
        editor->rejected()->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->rejected()->editor(), QStringLiteral(" Who knows"));
        QCOMPARE(m_page->undoStack()->count(), 1);
        const QJsonObject edited = store()->example(id).json;
        QCOMPARE(edited.value(QStringLiteral("non_preferred_completion")).toArray().at(0).toObject()
                     .value(QStringLiteral("content")).toString(),
                 QStringLiteral("Maybe. Who knows"));
        QVERIFY(!edited.contains(QStringLiteral("non_preferred_output")));
        m_page->undoStack()->undo();
        QCOMPARE(store()->example(id).json, original);
        QCOMPARE(editor->rejected()->text(), QStringLiteral("Maybe."));
    }

    void switchesToAnotherWorkspaceAfterTheFirstClosed()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QVERIFY(m_page->undoStack()->count() == 0);
        selectOnly(1);
        m_page->deleteSelected();
        QCOMPARE(m_page->undoStack()->count(), 1);
        // The window lets the pages go of the old session, closes it, then hands them the new one.
        m_page->setSession(nullptr);
        m_session.reset();
        Workspace::Error error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("other%1.ajuste").arg(++m_opened)),
                                         Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY(workspace);
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace));
        m_page->setSession(m_session.get());
        QCOMPARE(m_page->undoStack()->count(), 0);
        QCOMPARE(m_page->currentDataset(), 0);
        QCOMPARE(m_page->exampleModel()->rowCount(), 0);
        QVERIFY(!m_page->exportAction()->isEnabled());
    }

    void cancelledImportLeavesNothing()
    {
        const QString big = m_dir.filePath(QStringLiteral("big%1.jsonl").arg(m_opened));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("messages"), QJsonArray{
                QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), QString(400, QLatin1Char('q'))}},
                QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("content"), QString(400, QLatin1Char('a'))}}}}})
                                        .toJson(QJsonDocument::Compact) + '\n';
            for (int i = 0; i < 60000; ++i)
                file.write(line);
        }
        QSignalSpy finished(m_page->importer(), &ImportController::importFinished);
        m_page->importFiles({big});
        QVERIFY(m_page->importer()->isRunning());
        m_page->importer()->cancel();
        QVERIFY(finished.wait(60000));
        const DatasetImporter::Result &result = m_page->importer()->lastResult();
        if (result.summary.cancelled) {
            QVERIFY(store()->datasets().isEmpty());
            QVERIFY(m_page->importer()->summaryDialog()->summaryText().contains(QStringLiteral("cancelled")));
        } else {
            QCOMPARE(result.summary.imported, 60000); // it finished before the cancel arrived
        }
    }

    void filterBarPutsItsChoicesUnderTheTextWhenNarrow()
    {
        // Inside the page, as there (a window of its own would keep its layout's minimum).
        QWidget page;
        auto barWidget = new ExampleFilterBar(&page);
        ExampleFilterBar &bar = *barWidget;
        const QString longTag = QStringLiteral("a tag that goes on and on and on and on and on");
        bar.setTags({longTag, QStringLiteral("billing")});
        page.resize(1200, 200);
        bar.resize(bar.oneRowWidth() + 20, bar.sizeHint().height());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(bar.isOneRow());
        const int oneRowHeight = bar.sizeHint().height();
        // It never asks the list to be as wide as one row.
        QVERIFY(bar.minimumSizeHint().width() < bar.oneRowWidth());
        bar.resize(bar.minimumSizeHint().width(), 80);
        QTRY_VERIFY(!bar.isOneRow());
        QVERIFY(bar.sizeHint().height() > oneRowHeight);
        bar.resize(bar.oneRowWidth() + 20, 80);
        QTRY_VERIFY(bar.isOneRow());
        // A long tag is shortened in the box, whole in its tooltip.
        QComboBox *tags = nullptr;
        for (QComboBox *box : bar.findChildren<QComboBox *>()) {
            if (box->accessibleName() == ExampleFilterBar::tr("Filter by tag"))
                tags = box;
        }
        QVERIFY(tags);
        const int item = tags->findData(longTag);
        QVERIFY(tags->itemText(item).endsWith(QChar(0x2026)));
        QCOMPARE(tags->itemData(item, Qt::ToolTipRole).toString(), longTag);
    }

    void panesShareTheRoomByWhatTheyWant()
    {
        PaneSplitter splitter(Qt::Horizontal);
        for (const int minimum : {100, 300, 200}) {
            auto pane = new QWidget;
            pane->setMinimumWidth(minimum);
            splitter.addWidget(pane);
        }
        splitter.setWantedSizes({150, 400, 250}, {0, 1, 1});
        QCOMPARE(splitter.shareOut(800), (QList<int>{150, 400, 250}));
        QCOMPARE(splitter.shareOut(1000), (QList<int>{150, 500, 350}));
        // Short of room, the last pane gives up what it has above its minimum first.
        QCOMPARE(splitter.shareOut(750), (QList<int>{150, 400, 200}));
        QCOMPARE(splitter.shareOut(700), (QList<int>{150, 350, 200}));
        splitter.resize(1000 + 2 * splitter.handleWidth(), 100);
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        QCOMPARE(splitter.sizes(), (QList<int>{150, 500, 350}));
        QVERIFY(!splitter.isUserSized());

        // Sizes the user chose come back, and then the splitter keeps them.
        splitter.setSizes({300, 400, 300});
        const QByteArray chosen = splitter.saveState();
        PaneSplitter restored(Qt::Horizontal);
        for (int i = 0; i < 3; ++i)
            restored.addWidget(new QWidget);
        restored.setWantedSizes({150, 400, 250}, {0, 1, 1});
        QVERIFY(!restored.restoreUserSizes({}));
        QVERIFY(restored.restoreUserSizes(chosen));
        restored.resize(1000 + 2 * restored.handleWidth(), 100);
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.sizes(), (QList<int>{300, 400, 300}));
    }

    void addDeleteAndUndoExamples()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        selectOnly(0);
        m_page->addExample();
        QCOMPARE(m_page->exampleModel()->rowCount(), 4);
        QCOMPARE(m_page->exampleView()->currentIndex().row(), 1);
        m_page->duplicateSelected();
        QCOMPARE(m_page->exampleModel()->rowCount(), 5);
        m_page->exampleView()->selectAll();
        m_page->deleteSelected();
        QCOMPARE(m_page->exampleModel()->rowCount(), 0);
        m_page->undoStack()->undo();
        QCOMPARE(m_page->exampleModel()->rowCount(), 5);
        m_page->undoStack()->undo();
        m_page->undoStack()->undo();
        QCOMPARE(m_page->exampleModel()->rowCount(), 3);
    }

    // A filter result arrives off the GUI thread; the example being edited stays chosen.
    void filterKeepsTheChosenExample()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        selectOnly(2);
        const qint64 chosen = m_page->exampleModel()->exampleIdAt(2);
        QCOMPARE(m_page->editor()->exampleId(), chosen);
        ExampleFilter filter;
        filter.text = QStringLiteral("cancel");
        m_page->exampleModel()->setFilter(filter);
        QCOMPARE(m_page->exampleModel()->rowCount(), 3); // the previous rows, until the answer
        QTRY_COMPARE(m_page->exampleModel()->rowCount(), 1);
        QCOMPARE(m_page->exampleModel()->exampleIdAt(m_page->exampleView()->currentIndex().row()),
                 chosen);
        QVERIFY(m_page->exampleView()->selectionModel()->isRowSelected(0));
        QCOMPARE(m_page->editor()->exampleId(), chosen);
    }

    // The dialogs return at once (window-modal, open()): an import that finishes while Find
    // and Replace is up changes the dataset under it, and the replacement covers the new
    // examples too; undo restores every example exactly.
    void findAndReplaceWhileAnImportFinishes()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        const QList<QJsonObject> imported = storedJson();
        m_page->findAndReplace();
        FindReplaceDialog *dialog = m_page->bulkEdits()->findReplaceDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);

        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QCOMPARE(m_page->exampleModel()->rowCount(), 6);
        QVERIFY(dialog->isVisible());

        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        fields.at(0)->setText(QStringLiteral("router"));
        fields.at(1)->setText(QStringLiteral("modem"));
        dialog->recount();
        QLabel *count = dialog->findChild<QLabel *>(QStringLiteral("matchCount"));
        QTRY_VERIFY(!dialog->isCounting());
        QCOMPARE(count->text(), FindReplaceDialog::tr("Found %n time(s)", nullptr, 2) +
                                    QLatin1Char(' ') +
                                    FindReplaceDialog::tr("in %n example(s).", nullptr, 2));
        QPushButton *replaceAll = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            replaceAll =
                button->text() == FindReplaceDialog::tr("Replace All") ? button : replaceAll;
        QVERIFY(replaceAll && replaceAll->isEnabled());
        const QList<QJsonObject> before = storedJson();
        replaceAll->click();
        waitForWrites();
        QCOMPARE(m_page->undoStack()->count(), 1);
        const QList<QJsonObject> after = storedJson();
        QVERIFY(after != before);
        QVERIFY(QJsonDocument(after.at(0)).toJson().contains("restart the modem"));
        QVERIFY(QJsonDocument(after.at(3)).toJson().contains("restart the modem"));
        QTRY_COMPARE(count->text(), FindReplaceDialog::tr("No message contains this text."));
        dialog->close();

        m_page->undoStack()->undo();
        waitForWrites();
        QCOMPARE(storedJson(), before);
        QCOMPARE(before.mid(0, 3), imported);
        m_page->undoStack()->redo();
        waitForWrites();
        QCOMPARE(storedJson(), after);
    }

    // Token counting finishes and an import grows the dataset while "Make a validation
    // split" is up: the dialog counts the new examples and the split covers all of them.
    void validationSplitWhileWorkersFinish()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QSignalSpy counted(m_page->tokenCounter(), &TokenCountUpdater::countingFinished);
        m_page->makeValidationSplit();
        ValidationSplitDialog *dialog = m_page->bulkEdits()->splitDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        m_page->tokenCounter()->setEncoding(TokenEncoding::Cl100kBase); // every count again
        QVERIFY(counted.wait(20000));
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QVERIFY(dialog->isVisible());
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("splitSummary"))->text();
        QVERIFY2(summary.contains(QLatin1String("5 for training")), qPrintable(summary));

        dialog->findChild<QSpinBox *>()->setValue(50);
        dialog->accept();
        waitForWrites();
        QCOMPARE(
            store()->splitCounts(m_page->currentDataset()).value(DatasetStore::validationSplit()),
            3);
        QCOMPARE(m_page->exampleModel()->rowCount(), 6);
        m_page->undoStack()->undo();
        waitForWrites();
        QCOMPARE(
            store()->splitCounts(m_page->currentDataset()).value(DatasetStore::validationSplit()),
            0);
    }

    // The spreadsheet's column dialog is window-modal too: token counting reports while it
    // is up, the list stays as it was, and the import goes on once the columns are chosen.
    void columnDialogWhileTokensAreCounted()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QSignalSpy counted(m_page->tokenCounter(), &TokenCountUpdater::countingFinished);
        m_page->importer()->setMappingChooser({});
        QSignalSpy finished(m_page->importer(), &ImportController::importFinished);
        m_page->importFiles({fixture("plans.csv")});
        ColumnMappingDialog *dialog = m_page->importer()->mappingDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QVERIFY(m_page->importer()->isRunning());
        m_page->tokenCounter()->setEncoding(TokenEncoding::Cl100kBase); // every count again
        QVERIFY(counted.wait(20000));
        QCOMPARE(m_page->exampleModel()->rowCount(), 3);
        CsvMapping mapping;
        mapping.promptColumn = 0;
        mapping.answerColumn = 1;
        mapping.firstRowIsHeader = true;
        dialog->setMapping(mapping);
        dialog->accept();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_page->importer()->lastResult().summary.imported, 2);
        QTRY_COMPARE(m_page->exampleModel()->rowCount(), 5);
    }

    // While a big change is stored, nothing else can change the examples.
    void editingWaitsWhileABigChangeIsStored()
    {
        importAndWait({fixture("support.jsonl")});
        m_page->importer()->summaryDialog()->close();
        QVERIFY(m_page->editor()->isEnabled());
        // A change that takes a while (it waits for the test to let it go).
        QSemaphore go;
        store()->writer()->enqueue([&go](const QSqlDatabase &, QString *) {
            go.acquire();
            return true;
        });
        m_page->flagDuplicates();
        QVERIFY(store()->writer()->isBusy());
        QVERIFY(m_page->editor()->isEnabled()); // short writes change nothing on screen
        QTRY_VERIFY(!m_page->editor()->isEnabled());
        QVERIFY(!m_page->importAction()->isEnabled());
        QVERIFY(m_page->filterBar()->isBusyShown());
        go.release();
        waitForWrites();
        QVERIFY(m_page->editor()->isEnabled());
        QVERIFY(m_page->importAction()->isEnabled());
        QVERIFY(!m_page->filterBar()->isBusyShown());
        QTRY_VERIFY(!m_shown.isEmpty());
        QCOMPARE(m_shown.last().text,
                 DatasetsPage::tr("No duplicates: every example is different."));
    }
};

QTEST_MAIN(TestDatasetsPage)
#include "tst_datasetspage.moc"
