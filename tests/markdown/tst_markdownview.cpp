// The view of a model's answer: hostile content fetches, opens and runs nothing; a web link
// opens only after the user confirmed its real address; code can be copied with the keyboard;
// streaming ends in the same document as rendering at once; very long answers stay plain.
#include "core/markdown/safemarkdowndocument.h"
#include "hostileanswers.h"
#include "ui/common/markdownview.h"
#include "ui/common/messages.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTcpServer>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

class TestMarkdownView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hostileAnswerFetchesNothing();
    void dangerousLinksNeverOpen_data();
    void dangerousLinksNeverOpen();
    void webLinkOpensOnlyAfterConfirmation();
    void confirmationShowsTheRealAddress();
    void keyboardCanOpenALink();
    void copyCodeWithTheKeyboard();
    void copyCodeButtonFollowsTheCursor();
    void streamingEndsInTheSameDocument();
    void streamingBlockByBlockMatchesTheWholeText();
    void veryLongAnswerIsShownAsPlainText();
    void veryLongSingleLineIsBrokenForDisplay();
    void streamingPastTheLimitSwitchesToPlainText();
    void slowToParseAnswersAreShownAsPlainText_data();
    void slowToParseAnswersAreShownAsPlainText();
    void linksFollowThePalette();
    void linkToolTipShowsTheRealAddress();
    void clearForgetsEverything();

private:
    // Clicks the middle of the first occurrence of text in the view.
    void clickText(const QString &text);

    std::unique_ptr<MarkdownView> m_view;
    QList<QUrl> m_opened;
    QList<Messages::Shown> m_shown;
    QMessageBox::StandardButton m_answer = QMessageBox::Cancel;
};

void TestMarkdownView::init()
{
    m_opened.clear();
    m_shown.clear();
    m_answer = QMessageBox::Cancel;
    Messages::setTestHook([this](const Messages::Shown &shown) {
        m_shown.append(shown);
        return shown.icon == QMessageBox::Question ? m_answer : QMessageBox::Ok;
    });
    m_view = std::make_unique<MarkdownView>();
    m_view->setLinkOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_view->resize(700, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMarkdownView::cleanup()
{
    m_view.reset();
    Messages::setTestHook({});
}

void TestMarkdownView::clickText(const QString &text)
{
    QTextBrowser *browser = m_view->browser();
    QTextCursor found = browser->document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->setTextCursor(middle);
    browser->ensureCursorVisible();
    const QPoint point = browser->cursorRect(middle).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
}

void TestMarkdownView::hostileAnswerFetchesNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        ++connections;
        delete server.nextPendingConnection();
    });
    const QString host = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
    m_view->setMarkdown(HostileAnswers::hostile(host));
    m_view->grab(); // paints: when a text view would load images
    m_view->browser()->verticalScrollBar()->setValue(
        m_view->browser()->verticalScrollBar()->maximum());
    m_view->grab();
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    QVERIFY(m_opened.isEmpty());
    QVERIFY(m_shown.isEmpty());
    const QString text = m_view->shownText();
    QVERIFY(text.contains(QStringLiteral("<script>fetch(")));
    QVERIFY(text.contains(QStringLiteral("[Image not loaded: chart]")));
    QVERIFY(!m_view->isPlainTextShown());
}

void TestMarkdownView::dangerousLinksNeverOpen_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("linkText");
    QTest::newRow("javascript") << QStringLiteral("[Open the invoice](javascript:alert(1))")
                                << QStringLiteral("Open the invoice");
    QTest::newRow("file") << QStringLiteral("[Your files](file:///etc/passwd)")
                          << QStringLiteral("Your files");
    QTest::newRow("data") << QStringLiteral("[A page](data:text/html,hello)")
                          << QStringLiteral("A page");
    QTest::newRow("relative") << QStringLiteral("[Settings](../../.config/ajuste)")
                              << QStringLiteral("Settings");
    QTest::newRow("image link") << QStringLiteral("![tracker](file:///etc/passwd)")
                                << QStringLiteral("Image not loaded");
}

void TestMarkdownView::dangerousLinksNeverOpen()
{
    QFETCH(QString, markdown);
    QFETCH(QString, linkText);
    m_answer = QMessageBox::Open; // even a user who says yes to everything is safe
    m_view->setMarkdown(markdown);
    clickText(linkText);
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown.first().icon, QMessageBox::Warning);
}

void TestMarkdownView::webLinkOpensOnlyAfterConfirmation()
{
    const QUrl target(QStringLiteral("https://doc.qt.io/qt-6/qtextdocument.html"));
    m_view->setMarkdown(
        QStringLiteral("Read [the documentation](%1) first.").arg(target.toString()));
    m_answer = QMessageBox::Cancel;
    clickText(QStringLiteral("documentation"));
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown.first().icon, QMessageBox::Question);
    QVERIFY(m_shown.first().text.contains(target.toString()));
    QVERIFY(m_opened.isEmpty());

    m_answer = QMessageBox::Open;
    clickText(QStringLiteral("documentation"));
    QCOMPARE(m_shown.size(), 2);
    QCOMPARE(m_opened, QList<QUrl>{target});
}

void TestMarkdownView::confirmationShowsTheRealAddress()
{
    m_view->setMarkdown(
        QStringLiteral("- [https://mybank.example](https://attacker.example/login)\n"
                       "- [report](https://example.org/report\u202Efdp.exe)\n"
                       "- [bank](https://mybank.example@attacker.example/)\n"));
    clickText(QStringLiteral("mybank.example"));
    QCOMPARE(m_shown.size(), 1);
    QVERIFY(m_shown.at(0).text.contains(QStringLiteral("https://attacker.example/login")));
    QVERIFY(m_shown.at(0).text.contains(QStringLiteral("another address")));
    clickText(QStringLiteral("report"));
    QCOMPARE(m_shown.size(), 2);
    QVERIFY2(m_shown.at(1).text.contains(QStringLiteral("⟨U+202E⟩")),
             qPrintable(m_shown.at(1).text));
    QVERIFY(!m_shown.at(1).text.contains(QChar(0x202E)));
    clickText(QStringLiteral("bank"));
    QCOMPARE(m_shown.size(), 3);
    QVERIFY(m_shown.at(2).text.contains(QStringLiteral("Site: attacker.example")));
    QVERIFY(m_opened.isEmpty());
}

void TestMarkdownView::keyboardCanOpenALink()
{
    m_view->setMarkdown(
        QStringLiteral("Text before [the guide](https://example.org/guide) after."));
    m_answer = QMessageBox::Open;
    QTextBrowser *browser = m_view->browser();
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Tab); // moves to the next link
    QVERIFY(browser->textCursor().hasSelection());
    QTest::keyClick(browser, Qt::Key_Return);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/guide"))});
}

void TestMarkdownView::copyCodeWithTheKeyboard()
{
    m_view->setMarkdown(HostileAnswers::rich());
    QTextBrowser *browser = m_view->browser();
    QGuiApplication::clipboard()->setText(QStringLiteral("nothing yet"));
    QTextCursor inCode = browser->document()->find(QStringLiteral("return f"));
    QVERIFY(!inCode.isNull());
    inCode.clearSelection();
    browser->setTextCursor(inCode);
    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("def greet(name):\n    return f\"Olá, {name}!\""));

    // Outside a code block the shortcut copies nothing.
    QGuiApplication::clipboard()->setText(QStringLiteral("unchanged"));
    QTextCursor inText = browser->document()->find(QStringLiteral("Prepare"));
    inText.clearSelection();
    browser->setTextCursor(inText);
    QVERIFY(!m_view->copyCodeAtCursor());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("unchanged"));
}

void TestMarkdownView::copyCodeButtonFollowsTheCursor()
{
    m_view->setMarkdown(HostileAnswers::rich());
    QTextBrowser *browser = m_view->browser();
    QToolButton *button = nullptr;
    for (QToolButton *candidate : browser->viewport()->findChildren<QToolButton *>())
        button = candidate->text() == QStringLiteral("Copy code") ? candidate : button;
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QTextCursor inCode = browser->document()->find(QStringLiteral("def greet"));
    inCode.clearSelection();
    browser->setTextCursor(inCode);
    QVERIFY(button->isVisible());
    QVERIFY(browser->viewport()->rect().contains(button->geometry()));
    QGuiApplication::clipboard()->clear();
    button->click();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("def greet")));
    QTextCursor inText = browser->document()->find(QStringLiteral("Prepare"));
    inText.clearSelection();
    browser->setTextCursor(inText);
    QVERIFY(!button->isVisible());
}

void TestMarkdownView::streamingEndsInTheSameDocument()
{
    // Long enough to be rendered in several parts, with a reference link that only the
    // whole answer resolves.
    const QString answer =
        HostileAnswers::rich() + HostileAnswers::longAnswer(6000) + HostileAnswers::hostile();
    QVERIFY(SafeMarkdownDocument::partStarts(answer).size() >= 2);
    for (qsizetype i = 0; i < answer.size(); i += 16) {
        m_view->appendMarkdown(answer.sliced(i, std::min<qsizetype>(16, answer.size() - i)));
        if (i % 64 == 0)
            QCoreApplication::processEvents();
    }
    m_view->finishStreaming();
    QTRY_VERIFY(!m_view->isRendering());
    QCOMPARE(m_view->markdown(), answer);

    MarkdownView whole;
    whole.setMarkdown(answer);
    whole.flush();
    QCOMPARE(m_view->renderedDocument()->toHtml(), whole.renderedDocument()->toHtml());
}

void TestMarkdownView::streamingBlockByBlockMatchesTheWholeText()
{
    // Before the stream ends, each block was rendered on its own: the text already reads the
    // same as the whole answer rendered at once, apart from an empty line Qt's parser puts
    // between some kinds of blocks (finishStreaming() makes even that identical).
    const QString answer = HostileAnswers::rich() + HostileAnswers::longAnswer(600);
    for (qsizetype i = 0; i < answer.size(); i += 5) {
        m_view->appendMarkdown(answer.sliced(i, std::min<qsizetype>(5, answer.size() - i)));
        m_view->flush();
    }
    MarkdownView whole;
    whole.setMarkdown(answer);
    const auto withoutEmptyLines = [](QString text) {
        while (text.contains(QStringLiteral("\n\n")))
            text.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
        return text;
    };
    const QString streamed = withoutEmptyLines(m_view->shownText());
    const QString expected = withoutEmptyLines(whole.shownText());
    qsizetype differ = 0;
    while (differ < std::min(streamed.size(), expected.size()) &&
           streamed[differ] == expected[differ])
        ++differ;
    QVERIFY2(
        streamed == expected,
        qPrintable(
            QStringLiteral("differ at %1: «%2» vs «%3»")
                .arg(differ)
                .arg(streamed.mid(std::max<qsizetype>(0, differ - 40), 80).replace(u'\n', u'|'),
                     expected.mid(std::max<qsizetype>(0, differ - 40), 80).replace(u'\n', u'|'))));
    int codeBlocks = 0;
    int wholeCodeBlocks = 0;
    for (QTextBlock b = m_view->renderedDocument()->begin(); b.isValid(); b = b.next())
        codeBlocks += b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage) ? 1 : 0;
    for (QTextBlock b = whole.renderedDocument()->begin(); b.isValid(); b = b.next())
        wholeCodeBlocks += b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage) ? 1 : 0;
    QCOMPARE(codeBlocks, wholeCodeBlocks);
}

void TestMarkdownView::veryLongAnswerIsShownAsPlainText()
{
    QString answer = HostileAnswers::longAnswer(10 * 1024 * 1024 / 4);
    answer += QStringLiteral("\nThe very end.\n");
    m_view->setMarkdown(answer);
    QVERIFY(m_view->isPlainTextShown());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->shownText().endsWith(QStringLiteral("The very end.\n")),
                             30000);
    QCOMPARE(m_view->shownText(), answer);
    QCOMPARE(m_view->markdown(), answer);
}

void TestMarkdownView::veryLongSingleLineIsBrokenForDisplay()
{
    QString answer;
    answer.reserve(10 * 1024 * 1024);
    while (answer.size() < 10 * 1024 * 1024)
        answer += QStringLiteral("word\u200B ");
    m_view->setMarkdown(answer);
    m_view->flush();
    QVERIFY(m_view->isPlainTextShown());
    const QString shown = m_view->shownText();
    QVERIFY(!shown.contains(QChar(0x200B)));
    QCOMPARE(
        QString(shown).remove(u'\n').replace(QStringLiteral("⟨U+200B⟩"), QStringLiteral("\u200B")),
        answer);
    QCOMPARE(m_view->markdown(), answer);
}

void TestMarkdownView::streamingPastTheLimitSwitchesToPlainText()
{
    const QString piece = QStringLiteral("Some **words** in a paragraph.\n\n");
    qsizetype total = 0;
    QString answer;
    while (total <= MarkdownView::kLongestRenderedAnswer + 1000) {
        m_view->appendMarkdown(piece);
        answer += piece;
        total += piece.size();
        if (total % 4096 < piece.size())
            QCoreApplication::processEvents();
    }
    m_view->finishStreaming();
    m_view->flush();
    QVERIFY(m_view->isPlainTextShown());
    QCOMPARE(m_view->shownText(), answer);
}

void TestMarkdownView::slowToParseAnswersAreShownAsPlainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("plain");
    const auto repeated = [](const QString &unit, int times) {
        QString out;
        for (int i = 0; i < times; ++i)
            out += unit;
        return out;
    };
    QTest::newRow("100 links in a paragraph")
        << repeated(QStringLiteral("[x](https://e.org/) "), 100) << false;
    QTest::newRow("300 links in a paragraph")
        << repeated(QStringLiteral("[x](https://e.org/) "), 300) << true;
    QTest::newRow("300 images in a paragraph")
        << repeated(QStringLiteral("![i](http://127.0.0.1:9/i.png) "), 300) << true;
    QTest::newRow("300 links in paragraphs")
        << repeated(QStringLiteral("[x](https://e.org/)\n\n"), 300) << false;
    QTest::newRow("a 20 KiB paragraph") << repeated(QStringLiteral("word "), 4096) << true;
    QTest::newRow("33 tables") << repeated(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n"),
                                           33)
                               << true;
    QTest::newRow("a 40 KiB code block")
        << QStringLiteral("```\n") + repeated(QStringLiteral("int x = 1; // [a]\n"), 2200) +
               QStringLiteral("```\n")
        << false;
}

void TestMarkdownView::slowToParseAnswersAreShownAsPlainText()
{
    QFETCH(QString, markdown);
    QFETCH(bool, plain);
    m_view->setMarkdown(markdown);
    m_view->flush();
    QCOMPARE(m_view->isPlainTextShown(), plain);
    // The same when the answer streams in.
    MarkdownView streamed;
    for (qsizetype i = 0; i < markdown.size(); i += 512) {
        streamed.appendMarkdown(markdown.sliced(i, std::min<qsizetype>(512, markdown.size() - i)));
        streamed.flush();
    }
    QCOMPARE(streamed.isPlainTextShown(), plain);
}

void TestMarkdownView::linksFollowThePalette()
{
    QPalette dark = m_view->palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Link, QColor(120, 180, 255));
    m_view->setMarkdown(QStringLiteral("A [link](https://example.org)\n\n```\ncode\n```\n"));
    m_view->setPalette(dark);
    const QTextCursor link = m_view->browser()->document()->find(QStringLiteral("link"));
    QCOMPARE(link.charFormat().foreground().color(), QColor(120, 180, 255));
    const QTextCursor code = m_view->browser()->document()->find(QStringLiteral("code"));
    const QColor background = code.blockFormat().background().color();
    QVERIFY(background.lightness() < 80); // a dark code background in a dark theme
}

void TestMarkdownView::linkToolTipShowsTheRealAddress()
{
    m_view->setMarkdown(
        QStringLiteral("[bank](https://attacker.example/\u202Ex \"https://mybank.example\")"));
    const QTextCursor link = m_view->browser()->document()->find(QStringLiteral("bank"));
    const QString tip = link.charFormat().toolTip();
    QVERIFY2(tip.startsWith(QStringLiteral("https://attacker.example/")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("⟨U+202E⟩")));
    QVERIFY(!tip.contains(QStringLiteral("mybank")));
}

void TestMarkdownView::clearForgetsEverything()
{
    m_view->setMarkdown(QString(MarkdownView::kLongestRenderedAnswer + 10, u'x'));
    QVERIFY(m_view->isPlainTextShown());
    m_view->clear();
    QVERIFY(!m_view->isPlainTextShown());
    QVERIFY(m_view->markdown().isEmpty());
    QVERIFY(m_view->shownText().isEmpty());
    m_view->appendMarkdown(QStringLiteral("# New"));
    m_view->flush();
    QCOMPARE(m_view->shownText(), QStringLiteral("New"));
}

QTEST_MAIN(TestMarkdownView)
#include "tst_markdownview.moc"
