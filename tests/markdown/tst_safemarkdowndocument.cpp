// The document a model's answer is rendered into: Markdown and tables work; images, styles and
// raw HTML fetch and run nothing; invisible characters are shown.
#include "core/markdown/safemarkdowndocument.h"
#include "hostileanswers.h"

#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace {
// Lays the document out and paints it, which is when a QTextDocument asks for images.
QImage painted(QTextDocument &document)
{
    document.setTextWidth(600);
    QImage image(600, int(document.size().height()) + 1, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    return image;
}

bool hasColour(const QImage &image, QRgb colour)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == colour)
                return true;
    return false;
}

int imageCount(const QTextDocument &document)
{
    int images = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            images += it.fragment().charFormat().isImageFormat() ? 1 : 0;
    return images;
}
} // namespace

class TestSafeMarkdownDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersListsTablesAndCode();
    void remoteImagesAndStylesAreNeverFetched();
    void localImageFilesAreNeverRead();
    void everyResourceRequestGetsAnInertAnswer();
    void rawHtmlIsShownAsText();
    void invisibleCharactersAreShown();
    void appendedPartsRenderAfterTheEnd();
    void codeBlockTextIsFoundFromAnyLine();
    void partsJoinLikeTheWhole_data();
    void partsJoinLikeTheWhole();
};

void TestSafeMarkdownDocument::rendersListsTablesAndCode()
{
    SafeMarkdownDocument document;
    document.renderMarkdown(HostileAnswers::rich());
    int listItems = 0;
    int codeLines = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        listItems += block.textList() ? 1 : 0;
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)) {
            ++codeLines;
            QCOMPARE(block.begin().fragment().charFormat().font().family(),
                     QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        }
    }
    QCOMPARE(listItems, 3);
    QCOMPARE(codeLines, 2);
    QTextTable *table = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        table = table ? table : qobject_cast<QTextTable *>(frame);
    QVERIFY(table);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 2);
    QCOMPARE(table->cellAt(1, 1).firstCursorPosition().block().text(), QStringLiteral("14"));
    QVERIFY(document.toPlainText().contains(QStringLiteral("Prepare")));
}

void TestSafeMarkdownDocument::remoteImagesAndStylesAreNeverFetched()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        ++connections;
        delete server.nextPendingConnection();
    });
    const QString host = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());

    SafeMarkdownDocument document;
    document.renderMarkdown(HostileAnswers::hostile(host));
    painted(document);
    QTest::qWait(300);
    QCOMPARE(connections, 0);
    QCOMPARE(imageCount(document), 0);
    QVERIFY(document.toPlainText().contains(QStringLiteral("[Image not loaded: chart]")));
    QVERIFY(document.toPlainText().contains(QStringLiteral("[Image not loaded: logo]")));

    // The server does count: a real connection shows up.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QTRY_COMPARE(connections, 1);
}

void TestSafeMarkdownDocument::localImageFilesAreNeverRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage red(64, 64, QImage::Format_RGB32);
    red.fill(qRgb(255, 0, 0));
    const QString path = dir.filePath(QStringLiteral("red.png"));
    QVERIFY(red.save(path));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString inlineData =
        QStringLiteral("data:image/png;base64,") + QString::fromLatin1(file.readAll().toBase64());
    for (const QString &reference : {QUrl::fromLocalFile(path).toString(), path, inlineData}) {
        SafeMarkdownDocument document;
        document.renderMarkdown(QStringLiteral("Look: ![red](%1)\n").arg(reference));
        QVERIFY2(!hasColour(painted(document), qRgb(255, 0, 0)), qPrintable(reference.left(60)));
        QCOMPARE(imageCount(document), 0);
    }
}

void TestSafeMarkdownDocument::everyResourceRequestGetsAnInertAnswer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("red.png"));
    QImage red(8, 8, QImage::Format_RGB32);
    red.fill(qRgb(255, 0, 0));
    QVERIFY(red.save(path));

    SafeMarkdownDocument document;
    const QVariant image =
        document.resource(QTextDocument::ImageResource, QUrl::fromLocalFile(path));
    QVERIFY(image.canConvert<QImage>());
    QVERIFY(!hasColour(image.value<QImage>(), qRgb(255, 0, 0)));
    QVERIFY(!image.value<QImage>().isNull()); // never null: Qt would then read the path itself
    const QVariant style = document.resource(QTextDocument::StyleSheetResource,
                                             QUrl(QStringLiteral("http://127.0.0.1:9/a.css")));
    QVERIFY(style.toString().isEmpty());
    QVERIFY(document.resource(QTextDocument::HtmlResource, QUrl(QStringLiteral("qrc:/x")))
                .toString()
                .isEmpty());
    QCOMPARE(document.refusedResources().size(), 3);

    // An image format that slipped into the document (e.g. through a future parser) still
    // paints the placeholder, never the file.
    QTextCursor cursor(&document);
    QTextImageFormat format;
    format.setName(path);
    cursor.insertImage(format);
    QVERIFY(!hasColour(painted(document), qRgb(255, 0, 0)));
}

void TestSafeMarkdownDocument::rawHtmlIsShownAsText()
{
    SafeMarkdownDocument document;
    document.renderMarkdown(HostileAnswers::hostile());
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("<script>fetch(")));
    QVERIFY(text.contains(QStringLiteral("<img src=\"http://127.0.0.1:9/pixel.gif\"")));
    QVERIFY(text.contains(QStringLiteral("<style>body")));
    QVERIFY(text.contains(QStringLiteral("<link rel=\"stylesheet\"")));

    SafeMarkdownDocument inlineHtml;
    inlineHtml.renderMarkdown(QStringLiteral("a <b>bold</b> <a href=\"javascript:x()\">y</a>\n"));
    QCOMPARE(inlineHtml.toPlainText(),
             QStringLiteral("a <b>bold</b> <a href=\"javascript:x()\">y</a>"));
    for (QTextBlock block = inlineHtml.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            QVERIFY(!it.fragment().charFormat().isAnchor());
}

void TestSafeMarkdownDocument::invisibleCharactersAreShown()
{
    SafeMarkdownDocument document;
    document.renderMarkdown(QStringLiteral(
        "invoice\u202Egpj.exe, pass\u200Bword, `code\u2066x\u2069`, "
        "[li\u200Bnk](https://example.org)\n\n"
        "```\nif (admin) {\u202E } \u2066if (x)\u2069 {\n```\n\nfamily 👨\u200D👩\u200D👧\n"));
    const QString text = document.toPlainText();
    for (const char16_t hidden : {u'\u202E', u'\u200B', u'\u2066', u'\u2069'})
        QVERIFY2(!text.contains(QChar(hidden)), qPrintable(QString::number(hidden, 16)));
    QVERIFY(text.contains(QStringLiteral("invoice⟨U+202E⟩gpj.exe")));
    QVERIFY(text.contains(QStringLiteral("pass⟨U+200B⟩word")));
    QVERIFY(text.contains(QStringLiteral("li⟨U+200B⟩nk")));
    QVERIFY(text.contains(QStringLiteral("{⟨U+202E⟩ } ⟨U+2066⟩if (x)⟨U+2069⟩ {")));
    QVERIFY(text.contains(QStringLiteral("👨\u200D👩\u200D👧")));
    // The link keeps its real target under the revealed text.
    const int at = int(text.indexOf(QStringLiteral("li⟨U+200B⟩nk"))) + 1;
    QTextCursor cursor(&document);
    cursor.setPosition(at + 1);
    QCOMPARE(cursor.charFormat().anchorHref(), QStringLiteral("https://example.org"));
}

void TestSafeMarkdownDocument::appendedPartsRenderAfterTheEnd()
{
    SafeMarkdownDocument document;
    const int first = document.appendRendered(QStringLiteral("# Title\n\n"));
    QCOMPARE(first, 0);
    const int second =
        document.appendRendered(QStringLiteral("Some *text* and ![i](http://127.0.0.1:9/i.png)\n"));
    QVERIFY(second > 0);
    QCOMPARE(document.toPlainText(), QStringLiteral("Title\nSome text and [Image not loaded: i]"));
    document.removeFrom(second);
    QCOMPARE(document.toPlainText(), QStringLiteral("Title"));
    QCOMPARE(document.begin().blockFormat().headingLevel(), 1);
}

void TestSafeMarkdownDocument::codeBlockTextIsFoundFromAnyLine()
{
    SafeMarkdownDocument document;
    document.renderMarkdown(QStringLiteral("Before\n\n```sh\nls -l\n\necho done\n```\n\nAfter\n"));
    const QString text = document.toPlainText();
    const int inside = int(text.indexOf(QStringLiteral("echo")));
    QCOMPARE(document.codeBlockAt(inside), QStringLiteral("ls -l\n\necho done"));
    QCOMPARE(document.codeBlockAt(int(text.indexOf(QStringLiteral("ls")))),
             QStringLiteral("ls -l\n\necho done"));
    QVERIFY(document.codeBlockAt(int(text.indexOf(QStringLiteral("After")))).isEmpty());
    QCOMPARE(document.codeBlockRange(1).first, -1);
}

void TestSafeMarkdownDocument::partsJoinLikeTheWhole_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const QString table = QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n");
    QTest::newRow("list then table") << QStringLiteral("1. one\n2. two\n\n") << table;
    QTest::newRow("paragraph then table") << QStringLiteral("Intro\n\n") << table;
    QTest::newRow("table then paragraph")
        << table + QStringLiteral("\n") << QStringLiteral("After\n");
    QTest::newRow("code then list")
        << QStringLiteral("```\nx\n```\n\n") << QStringLiteral("- a\n- b\n");
    QTest::newRow("heading then code")
        << QStringLiteral("# T\n\n") << QStringLiteral("```\ny\n```\n");
}

void TestSafeMarkdownDocument::partsJoinLikeTheWhole()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    SafeMarkdownDocument parts;
    parts.appendRendered(first);
    parts.appendRendered(second);
    SafeMarkdownDocument whole;
    whole.renderMarkdown(first + second);
    QCOMPARE(parts.toPlainText(), whole.toPlainText());
    QCOMPARE(parts.blockCount(), whole.blockCount());
    for (QTextBlock a = parts.begin(), b = whole.begin(); a.isValid(); a = a.next(), b = b.next()) {
        QCOMPARE(bool(a.textList()), bool(b.textList()));
        QCOMPARE(a.blockFormat().headingLevel(), b.blockFormat().headingLevel());
        QCOMPARE(a.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage),
                 b.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage));
    }
}

QTEST_MAIN(TestSafeMarkdownDocument)
#include "tst_safemarkdowndocument.moc"
