// The Datasets page driven like a user would, offscreen: import a file (and a spreadsheet
// with its columns chosen), edit a message, undo it, and export; the exported file holds the
// same JSON values as the lines imported.

#include "core/workspace/datasetstore.h"
#include "core/workspace/workspace.h"
#include "core/workspace/workspacesession.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "ui/common/panesplitter.h"
#include "core/workspace/commands/examplemessages.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/examplefilterbar.h"
#include "ui/datasets/exportcontroller.h"
#include "ui/datasets/growingtextedit.h"
#include "ui/datasets/importcontroller.h"
#include "ui/datasets/importsummarydialog.h"
#include "ui/datasets/messagecard.h"
#include "ui/datasets/preferenceeditor.h"
#include "ui/datasets/rejectionlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
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
};

QTEST_MAIN(TestDatasetsPage)
#include "tst_datasetspage.moc"
