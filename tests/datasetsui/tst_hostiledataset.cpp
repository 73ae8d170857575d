// A dataset written to attack the person who opens it: HTML that would fetch (remote and
// file: images, <script>, <style>@import), javascript: and file: links, bidirectional overrides
// and zero-width characters in the text, the speaker and the function names. Imported and
// shown in the studio (list, tooltips, editor, checks, rejected lines), it is shown as text:
// nothing is fetched or read from disk, the hidden characters are shown as markers outside the
// edit boxes, the edit boxes keep the text exactly, and the checks warn about them.
#include "core/session/workspacesession.h"
#include "core/workspace/workspace.h"
#include "hostileanswers.h"
#include "ui/checks/checkissuemodel.h"
#include "ui/checks/checkpanel.h"
#include "ui/common/messages.h"
#include "ui/datasets/conversationeditor.h"
#include "ui/datasets/datasetspage.h"
#include "ui/datasets/exampleeditor.h"
#include "ui/datasets/examplelistcolumns.h"
#include "ui/datasets/examplelistmodel.h"
#include "ui/datasets/growingtextedit.h"
#include "ui/datasets/importcontroller.h"
#include "ui/datasets/importsummarydialog.h"
#include "ui/datasets/messagecard.h"
#include "ui/datasets/rejectionlistmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QThread>
#include <QTest>
#include <QUndoStack>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

namespace {

const QChar Rlo(0x202E);
const QChar Zwsp(0x200B);
const QChar Lri(0x2066);
const QChar Pdi(0x2069);

QJsonObject message(const QString &role, const QString &content)
{
    return {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

// What a label shows: the text of its document when Qt read it as rich text or made it
// selectable, else its text. An image Qt would load stands as U+FFFC in the document.
QString shownBy(QLabel *label)
{
    const auto documents = label->findChildren<QTextDocument *>();
    return documents.isEmpty() ? label->text() : documents.first()->toPlainText();
}

// Shows tip as the tooltip over widget and returns what the tooltip's label shows.
QString shownAsToolTip(const QString &tip, QWidget *widget)
{
    QToolTip::hideText();
    QToolTip::showText(widget->mapToGlobal(QPoint(5, 5)), tip, widget);
    QLabel *label = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String("qtooltip_label") && top->isVisible())
            label = qobject_cast<QLabel *>(top);
    }
    if (!label)
        return {};
    label->grab(); // paints: when a label would load its images
    const QString shown = shownBy(label);
    QToolTip::hideText();
    return shown;
}

} // namespace

class TestHostileDataset : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_trap; // counts every connection a fetch would make
    int m_connections = 0;
    QString m_http;
    QString m_fileImage; // a real picture on disk, as a file: address
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<DatasetsPage> m_page;
    QList<Messages::Shown> m_shown;

    QString firstUserText() const
    {
        return QStringLiteral("<img src=\"%1\"> <img src=\"%2/pixel.gif\"> invoice%3gpj.exe "
                              "pass%4word")
            .arg(m_fileImage, m_http, Rlo, Zwsp);
    }
    QString toolName() const { return QString(QStringLiteral("pay") + Lri + QStringLiteral("_all") + Pdi); }
    QString hostileRole() const { return QString(QStringLiteral("user") + Rlo); }

    QString writeDataset()
    {
        QJsonObject call{{QStringLiteral("id"), QString(QStringLiteral("call") + Rlo + QStringLiteral("1"))},
                         {QStringLiteral("type"), QStringLiteral("function")},
                         {QStringLiteral("function"),
                          QJsonObject{{QStringLiteral("name"), toolName()},
                                      {QStringLiteral("arguments"), QStringLiteral("{}")}}}};
        QJsonObject caller = message(QStringLiteral("assistant"), QString());
        caller.insert(QStringLiteral("content"), QJsonValue::Null);
        caller.insert(QStringLiteral("tool_calls"), QJsonArray{call});
        QJsonObject result = message(QStringLiteral("tool"), QStringLiteral("<script>alert(1)</script>"));
        result.insert(QStringLiteral("tool_call_id"), call.value(QStringLiteral("id")));
        const QJsonArray first{
            message(QStringLiteral("system"),
                    QStringLiteral("<style>@import url(%1/style.css);</style>").arg(m_http)),
            message(QStringLiteral("user"), firstUserText()),
            caller,
            result,
            message(QStringLiteral("assistant"), HostileAnswers::hostile(m_trap.serverAddress().toString()
                                                                         + QLatin1Char(':')
                                                                         + QString::number(m_trap.serverPort()))),
        };
        const QJsonArray second{message(hostileRole(), QStringLiteral("Q")),
                                message(QStringLiteral("<img src=\"%1\">").arg(m_fileImage),
                                        QStringLiteral("Q")),
                                message(QStringLiteral("assistant"), QStringLiteral("A"))};
        QByteArray lines;
        for (const QJsonArray &messages : {first, second})
            lines += QJsonDocument(QJsonObject{{QStringLiteral("messages"), messages}})
                         .toJson(QJsonDocument::Compact)
                     + '\n';
        // A line that is not an example: its raw text shows in the import summary.
        lines += "{\"messages\": [<img src=\"" + m_fileImage.toUtf8() + "\"> <b>broken\n";
        const QString path = m_dir.filePath(QStringLiteral("hostile.jsonl"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
            return {};
        return path;
    }

    DatasetStore *store() const { return m_page->store(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Messages::setTestHook([this](const Messages::Shown &shown) {
            m_shown.append(shown);
            return QMessageBox::Yes;
        });
        QVERIFY(m_trap.listen(QHostAddress::LocalHost, 0));
        connect(&m_trap, &QTcpServer::newConnection, this, [this] {
            ++m_connections;
            delete m_trap.nextPendingConnection();
        });
        m_http = QStringLiteral("http://127.0.0.1:%1").arg(m_trap.serverPort());
        QImage picture(120, 90, QImage::Format_RGB32);
        picture.fill(Qt::red);
        const QString picturePath = m_dir.filePath(QStringLiteral("trap.png"));
        QVERIFY(picture.save(picturePath));
        m_fileImage = QUrl::fromLocalFile(picturePath).toString();
    }

    void init()
    {
        Workspace::Error error;
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("hostile.ajuste")),
                                         Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        m_session = std::make_unique<WorkspaceSession>(std::move(workspace));
        m_page = std::make_unique<DatasetsPage>();
        m_page->setSession(m_session.get());
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));

        const QString path = writeDataset();
        QVERIFY(!path.isEmpty());
        QSignalSpy finished(m_page->importer(), &ImportController::importFinished);
        m_page->importFiles({path});
        QVERIFY(finished.wait(20000));
        QTRY_VERIFY(m_page->importer()->summaryDialog());
        QCOMPARE(m_page->exampleModel()->rowCount(), 2);
        QTRY_VERIFY(m_page->editor()->exampleId() != 0);
    }

    void cleanup()
    {
        m_page->grab();
        QTest::qWait(200); // a connection some view started would arrive by now
        QCOMPARE(m_connections, 0);
        QVERIFY(m_shown.isEmpty());
        m_page.reset();
        m_session.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("hostile.ajuste")));
    }

    // The trap works: the same text given to a tooltip as it is would show the picture
    // (read from disk), which is what the studio must never let happen.
    void rawTextWouldLoadThePicture()
    {
        const QString shown = shownAsToolTip(firstUserText(), m_page.get());
        QVERIFY2(shown.contains(QChar::ObjectReplacementCharacter), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("<img")));
    }

    void listShowsTextAndHiddenCharacters()
    {
        ExampleListModel *model = m_page->exampleModel();
        const QModelIndex first = model->index(0, ExampleListModel::FirstMessageColumn);
        const QString display = first.data().toString();
        QVERIFY2(display.contains(QStringLiteral("<img src=")), qPrintable(display));
        QVERIFY2(display.contains(QStringLiteral("invoice⟨U+202E⟩gpj.exe")), qPrintable(display));
        QVERIFY(display.contains(QStringLiteral("pass⟨U+200B⟩word")));
        QVERIFY(!display.contains(Rlo) && !display.contains(Zwsp));

        QTableView *view = m_page->exampleView();
        const QString tip = shownAsToolTip(first.data(Qt::ToolTipRole).toString(), view->viewport());
        QVERIFY2(tip.contains(QStringLiteral("<img src=\"file:")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("invoice⟨U+202E⟩gpj.exe")));
        QVERIFY(!tip.contains(QChar::ObjectReplacementCharacter));
        view->grab();
    }

    void editorKeepsTheTextAndNamesTheHiddenCharacters()
    {
        m_page->selectExample(store()->rows(m_page->currentDataset(), 0, 10).at(0).id);
        ConversationEditor *conversation = m_page->editor()->conversation();
        QTRY_COMPARE(conversation->count(), 5);
        // The edit boxes hold exactly what the file said (plain text boxes: no HTML).
        QCOMPARE(conversation->card(1)->text(), firstUserText());
        QVERIFY(conversation->card(0)->text().startsWith(QStringLiteral("<style>@import")));
        QVERIFY(conversation->card(4)->text().contains(QStringLiteral("<script>fetch(")));
        QCOMPARE(conversation->card(3)->text(), QStringLiteral("<script>alert(1)</script>"));

        // Outside the boxes, names are shown with their hidden characters as markers.
        QStringList labels;
        for (QLabel *label : conversation->findChildren<QLabel *>()) {
            if (label->isVisibleTo(conversation))
                labels.append(shownBy(label));
        }
        const QString all = labels.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("pay⟨U+2066⟩_all⟨U+2069⟩")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("answer from pay⟨U+2066⟩_all⟨U+2069⟩")), qPrintable(all));
        QVERIFY(!all.contains(Lri) && !all.contains(Pdi));
        m_page->grab();
    }

    void unknownSpeakersAreShownAsText()
    {
        m_page->selectExample(store()->rows(m_page->currentDataset(), 0, 10).at(1).id);
        ConversationEditor *conversation = m_page->editor()->conversation();
        QTRY_COMPARE(conversation->count(), 3);
        const auto roleOf = [&](int index) {
            return conversation->card(index)->findChild<QComboBox *>()->currentText();
        };
        QCOMPARE(roleOf(0), QStringLiteral("user⟨U+202E⟩"));
        QCOMPARE(roleOf(1), QStringLiteral("<img src=\"%1\">").arg(m_fileImage));
        m_page->grab();
    }

    void checksWarnAndQuoteAsText()
    {
        m_page->checkDataset();
        auto panel = m_page->findChild<CheckPanel *>();
        QVERIFY(panel);
        CheckIssueModel *model = panel->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 20000);
        const auto kindRow = [&](const QString &code) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(CheckIssueModel::CodeRole).toString() == code)
                    return model->index(row, 0);
            }
            return QModelIndex();
        };
        const QModelIndex hidden = kindRow(QStringLiteral("hidden_characters"));
        QVERIFY(hidden.isValid());
        // The question, the function's name and the model's answer of the first example.
        QCOMPARE(model->rowCount(hidden), 3);
        for (int row = 0; row < 3; ++row) {
            const QString problem = model->index(row, 0, hidden).data().toString();
            QVERIFY2(problem.contains(QStringLiteral("⟨U+")), qPrintable(problem));
            QVERIFY(!problem.contains(Rlo) && !problem.contains(Lri) && !problem.contains(Zwsp));
        }

        // The speaker written as a picture is quoted as text in the panel's explanation.
        const QModelIndex unknown = kindRow(QStringLiteral("unknown_role"));
        QVERIFY(unknown.isValid());
        QCOMPARE(model->rowCount(unknown), 2);
        panel->view()->expand(unknown);
        panel->view()->setCurrentIndex(model->index(1, 0, unknown));
        QString details;
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(QStringLiteral("does not know")))
                details = shownBy(label);
        }
        panel->grab();
        QVERIFY2(details.contains(QStringLiteral("<img src=\"%1\">").arg(m_fileImage)), qPrintable(details));
        QVERIFY(!details.contains(QChar::ObjectReplacementCharacter));
        // The other speaker's override is a marker there too.
        panel->view()->setCurrentIndex(model->index(0, 0, unknown));
        QVERIFY(model->index(0, 0, unknown).data().toString().contains(QStringLiteral("user⟨U+202E⟩")));
    }

    // 10,000 messages open a window of cards at a time; every message can be reached, edited
    // in its place and followed by a new one.
    void longConversationReachesItsLastMessage()
    {
        constexpr int Messages = 10000;
        QJsonArray list;
        for (int i = 0; i < Messages; ++i)
            list.append(message(i % 2 ? QStringLiteral("assistant") : QStringLiteral("user"),
                                QStringLiteral("Message number %1").arg(i + 1)));
        const qint64 id = store()->appendExample(m_page->currentDataset(),
                                                 QJsonObject{{QStringLiteral("messages"), list}});
        m_page->selectExample(id);
        ConversationEditor *conversation = m_page->editor()->conversation();
        QTRY_COMPARE(conversation->count(), Messages);
        QCOMPARE(conversation->shownCount(), ConversationEditor::WindowSize);
        QCOMPARE(conversation->card(0)->text(), QStringLiteral("Message number 1"));
        QVERIFY(!conversation->card(Messages - 1));
        QVERIFY(!conversation->earlierButton()->isEnabled());

        QTest::mouseClick(conversation->laterButton(), Qt::LeftButton);
        QCOMPARE(conversation->firstShown(), ConversationEditor::WindowSize);
        QCOMPARE(conversation->card(ConversationEditor::WindowSize)->text(),
                 QStringLiteral("Message number %1").arg(ConversationEditor::WindowSize + 1));
        QTest::mouseClick(conversation->earlierButton(), Qt::LeftButton);
        QCOMPARE(conversation->firstShown(), 0);

        conversation->showMessage(Messages - 1);
        QVERIFY(conversation->card(Messages - 1));
        QCOMPARE(conversation->card(Messages - 1)->text(), QStringLiteral("Message number %1").arg(Messages));
        QVERIFY(!conversation->laterButton()->isEnabled());
        // Typing in the last message changes that message, in its place.
        conversation->card(Messages - 1)->editor()->setPlainText(QStringLiteral("The last answer, edited"));
        QTRY_COMPARE(store()->example(id).json.value(QStringLiteral("messages")).toArray()
                         .at(Messages - 1).toObject().value(QStringLiteral("content")).toString(),
                     QStringLiteral("The last answer, edited"));
        QCOMPARE(store()->example(id).json.value(QStringLiteral("messages")).toArray()
                     .at(0).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Message number 1"));
        // Going back to the start, then adding a message: the new one is shown.
        conversation->showMessage(0);
        QPushButton *add = nullptr;
        for (QPushButton *button : conversation->findChildren<QPushButton *>()) {
            if (button->text() == u"Add a message")
                add = button;
        }
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE(conversation->count(), Messages + 1);
        QVERIFY(conversation->card(Messages));
        QCOMPARE(conversation->card(Messages)->text(), QString());
        // Another example, then this one again: shown from its first message.
        m_page->selectExample(store()->rows(m_page->currentDataset(), 0, 10).at(1).id);
        QTRY_COMPARE(conversation->count(), 3);
        QCOMPARE(conversation->shownCount(), 3);
        m_page->selectExample(id);
        QTRY_COMPARE(conversation->count(), Messages + 1);
        QCOMPARE(conversation->firstShown(), 0);
        m_page->grab();
    }

    // A single message of 10 MB is shown whole in its box. It is read on a worker and put in
    // a piece at a time (the window stays responsive, bench_bigexample): with emoji, \r\n and
    // lines longer than a piece, the box ends with exactly the text a one-shot fill gives,
    // nothing is stored meanwhile, and the box is read-only until the text is all in.
    void hugeMessageIsShownWhole()
    {
        QString text;
        int line = 0;
        while (text.size() < 10 * 1024 * 1024) {
            text += QStringLiteral("Line %1 of a long answer 😀, sentence after sentence.").arg(++line);
            text += line % 3 == 0 ? QStringLiteral("\r\n") : QStringLiteral("\n");
            if (line % 5000 == 0) // now and then a line of 300,000 emoji: 600,000 UTF-16 units
                text += QStringLiteral("😀").repeated(300000) + QStringLiteral("\r\n");
        }
        const qint64 id = store()->appendExample(
            m_page->currentDataset(),
            QJsonObject{{QStringLiteral("messages"),
                         QJsonArray{message(QStringLiteral("user"), QStringLiteral("Everything?")),
                                    message(QStringLiteral("assistant"), text)}}});
        const int commands = m_session->undoStack()->count();
        m_page->selectExample(id);
        ConversationEditor *conversation = m_page->editor()->conversation();
        // One pass of the event loop at a time: the text goes in over dozens of passes, so
        // the box is seen while it fills, whatever the machine's speed.
        QDeadlineTimer deadline(30000);
        while (conversation->count() != 2 && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            QThread::msleep(1);
        }
        QCOMPARE(conversation->count(), 2);
        GrowingTextEdit *box = conversation->card(1)->editor();
        QVERIFY(box->isFilling());
        QVERIFY(box->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!box->isFilling(), 30000);
        QVERIFY(!box->isReadOnly());
        QPlainTextEdit oneShot;
        oneShot.setPlainText(text);
        QCOMPARE(conversation->card(1)->text().size(), oneShot.toPlainText().size());
        QCOMPARE(conversation->card(1)->text(), oneShot.toPlainText());
        QCOMPARE(m_session->undoStack()->count(), commands);
        // Another example opened halfway through the filling stops it cleanly.
        m_page->selectExample(store()->rows(m_page->currentDataset(), 0, 10).at(1).id);
        QTRY_COMPARE(conversation->count(), 3);
        m_page->selectExample(id);
        QTRY_COMPARE(conversation->count(), 2);
        m_page->selectExample(store()->rows(m_page->currentDataset(), 0, 10).at(1).id);
        QTRY_COMPARE(conversation->count(), 3);
        QTRY_VERIFY(!conversation->card(1)->editor()->isFilling());
        QCOMPARE(m_session->undoStack()->count(), commands);
        m_page->grab();
    }

    void rejectedLinesAreShownAsText()
    {
        RejectionListModel *rejections = m_page->importer()->summaryDialog()->rejections();
        QCOMPARE(rejections->rowCount(), 1);
        const QModelIndex text = rejections->index(0, RejectionListModel::TextColumn);
        QVERIFY(text.data().toString().contains(QStringLiteral("<img src=")));
        const QString tip = shownAsToolTip(text.data(Qt::ToolTipRole).toString(), m_page.get());
        QVERIFY2(tip.contains(QStringLiteral("<img src=\"file:")), qPrintable(tip));
        QVERIFY(!tip.contains(QChar::ObjectReplacementCharacter));
    }
};

QTEST_MAIN(TestHostileDataset)
#include "tst_hostiledataset.moc"
