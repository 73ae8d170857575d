// Where a streaming answer's closed blocks end, and how a very long answer is sliced for the
// plain view.
#include "core/markdown/markdownblocksplitter.h"
#include "core/markdown/plainanswerformatter.h"

#include <QTest>

namespace {
qsizetype stableEndOf(const QString &markdown)
{
    MarkdownBlockSplitter splitter;
    splitter.append(markdown);
    return splitter.stableEnd();
}
} // namespace

class TestMarkdownSplitting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphsCloseAtTheNextBlock();
    void nothingClosesInsideAFence();
    void listMayContinueAfterABlankLine();
    void indentedLinesContinueTheBlockAbove();
    void piecesGiveTheSameBoundariesAsTheWhole();
    void openParagraphIsKnownBeforeItsLineEnds();
    void measuresParagraphsAndTheirLinks();
    void formatterBreaksVeryLongLines();
    void formatterRevealsAcrossPieces();
};

void TestMarkdownSplitting::paragraphsCloseAtTheNextBlock()
{
    const QString first = QStringLiteral("First paragraph\nstill first.\n\n");
    QCOMPARE(stableEndOf(first), 0); // the next block has not started: the blank may be inside
    QCOMPARE(stableEndOf(first + QStringLiteral("Second\n")), first.size());
    QCOMPARE(stableEndOf(first + QStringLiteral("Seco")), 0); // only complete lines count
    QCOMPARE(stableEndOf(QStringLiteral("# Title\n\n| a | b |\n")), 9);
}

void TestMarkdownSplitting::nothingClosesInsideAFence()
{
    const QString open = QStringLiteral("Intro\n\n```python\nx = 1\n\ny = 2\n\nz\n");
    QCOMPARE(stableEndOf(open), 7); // only the start of the fence
    const QString closed = open + QStringLiteral("```\n\nAfter\n");
    QCOMPARE(stableEndOf(closed), closed.size() - 6);
    // A shorter or different fence does not close it.
    const QString tilde = QStringLiteral("~~~~\ncode\n~~~\n\nstill code\n");
    QCOMPARE(stableEndOf(tilde), 0);
}

void TestMarkdownSplitting::listMayContinueAfterABlankLine()
{
    QCOMPARE(stableEndOf(QStringLiteral("- one\n\n- two\n")), 0);
    QCOMPARE(stableEndOf(QStringLiteral("1. one\n\n2. two\n")), 0);
    const QString list = QStringLiteral("- one\n- two\n\n");
    QCOMPARE(stableEndOf(list + QStringLiteral("Paragraph\n")), list.size());
}

void TestMarkdownSplitting::indentedLinesContinueTheBlockAbove()
{
    QCOMPARE(stableEndOf(QStringLiteral("- item\n\n  more of the item\n")), 0);
    QCOMPARE(stableEndOf(QStringLiteral("Para\n\n    indented code\n")), 0);
}

void TestMarkdownSplitting::piecesGiveTheSameBoundariesAsTheWhole()
{
    const QString answer = QStringLiteral(
        "# Plan\n\nSome text\nacross lines.\n\n```cpp\nint x;\n\nint y;\n```\n\n- a\n- b\n\n"
        "| h | i |\n|---|---|\n| 1 | 2 |\n\nThe end.\n");
    for (const int pieceSize : {1, 3, 7, 64}) {
        MarkdownBlockSplitter splitter;
        qsizetype previous = 0;
        for (qsizetype i = 0; i < answer.size(); i += pieceSize) {
            splitter.append(
                QStringView(answer).sliced(i, std::min<qsizetype>(pieceSize, answer.size() - i)));
            QVERIFY(splitter.stableEnd() >= previous); // boundaries only move forward
            previous = splitter.stableEnd();
        }
        QCOMPARE(splitter.source(), answer);
        QCOMPARE(splitter.stableEnd(), stableEndOf(answer));
    }
    QCOMPARE(answer.sliced(stableEndOf(answer)), QStringLiteral("The end.\n"));
}

// A streaming paragraph usually is one long line: its start is known from its first letter,
// so the view can append its words without waiting for the line to end.
void TestMarkdownSplitting::openParagraphIsKnownBeforeItsLineEnds()
{
    const auto openStart = [](const QString &markdown) {
        MarkdownBlockSplitter splitter;
        splitter.append(markdown);
        return splitter.openParagraphStart();
    };
    QCOMPARE(openStart(QStringLiteral("The answer")), 0);
    QCOMPARE(openStart(QStringLiteral("First.\n\nThe answer")), 8);
    QCOMPARE(openStart(QStringLiteral("- a list\n- item\n\nThen words")), 17);
    QCOMPARE(openStart(QStringLiteral("First.\nsame paragraph")), -1); // a second line
    QCOMPARE(openStart(QStringLiteral("First.\n\n- item")), -1);        // a list item
    QCOMPARE(openStart(QStringLiteral("First.\n\n    code")), -1);      // indented code
    QCOMPARE(openStart(QStringLiteral("First.\n\n1. step")), -1);       // ordered list
    QCOMPARE(openStart(QStringLiteral("```\n\ncode in a fence")), -1); // inside a fence
    QCOMPARE(openStart(QStringLiteral("First.\n\n")), -1);              // nothing yet
}

void TestMarkdownSplitting::measuresParagraphsAndTheirLinks()
{
    MarkdownBlockSplitter splitter;
    splitter.append(QStringLiteral("short [a](b)\n\n```\n[[[[[[[[[[ code is not counted\n```\n\n"));
    QCOMPARE(splitter.mostBracketsInStretch(), 1);
    QVERIFY(splitter.longestStretch() < 20);
    splitter.append(QStringLiteral("[x](y) [x](y) and an open line without end [z"));
    QCOMPARE(splitter.mostBracketsInStretch(), 3);
    const qsizetype before = splitter.longestStretch();
    splitter.append(QString(1000, u'w'));
    QCOMPARE(splitter.longestStretch(), before + 1000);
    QCOMPARE(splitter.tableCount(), 0);
    splitter.append(QStringLiteral("\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n"));
    QCOMPARE(splitter.tableCount(), 1);
}

void TestMarkdownSplitting::formatterBreaksVeryLongLines()
{
    PlainAnswerFormatter formatter;
    const QString line(5000, u'x');
    const QString out = formatter.format(line);
    const QStringList lines = out.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).size(), PlainAnswerFormatter::kLongestLine);
    QCOMPARE(QString(out).remove(u'\n'), line);
    // The column carries over between pieces.
    PlainAnswerFormatter pieces;
    QString joined;
    for (int i = 0; i < 5; ++i)
        joined += pieces.format(QString(1000, u'x'));
    QCOMPARE(joined, out);
    QCOMPARE(PlainAnswerFormatter().format(QStringLiteral("a\nb")), QStringLiteral("a\nb"));
}

void TestMarkdownSplitting::formatterRevealsAcrossPieces()
{
    PlainAnswerFormatter formatter;
    const QString tag = QString::fromUcs4(U"\U000E0041", 1); // a surrogate pair
    QCOMPARE(tag.size(), 2);
    QString out = formatter.format(QString(QStringLiteral("a") + tag.at(0)));
    out += formatter.format(QString(tag.sliced(1) + QStringLiteral("b\u202Ec")));
    QCOMPARE(out, QStringLiteral("a⟨U+E0041⟩b⟨U+202E⟩c"));
}

QTEST_GUILESS_MAIN(TestMarkdownSplitting)
#include "tst_markdownsplitting.moc"
