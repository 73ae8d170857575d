// Words streamed onto an open paragraph are appended as plain text only when that shows exactly
// what rendering the paragraph again would: checked against the real renderer, text and every
// character's format, for thousands of seeded random pieces mixing words with markup, links,
// line breaks and invisible characters; markup, autolinks and emphasis next to the join are
// always rendered again; and an ordinary answer mostly takes the cheap way.
#include "core/markdown/paragraphcontinuation.h"
#include "core/markdown/safemarkdowndocument.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>

namespace {

// The document as runs of text with one format each (adjacent equal formats joined, so two
// documents that look the same compare equal however Qt split their fragments).
QList<std::pair<QString, QTextCharFormat>> runsOf(const QTextDocument &document)
{
    QList<std::pair<QString, QTextCharFormat>> runs;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!runs.isEmpty() && runs.last().second == fragment.charFormat())
                runs.last().first += fragment.text();
            else
                runs.append({fragment.text(), fragment.charFormat()});
        }
        runs.append({QStringLiteral("\n"), QTextCharFormat()}); // block boundary
    }
    return runs;
}

// What the stream shows when the rule allows the cheap way, against what a new render shows.
QString mismatch(const QString &openBlock, const QString &added, const QString &text)
{
    SafeMarkdownDocument cheap;
    cheap.appendRendered(openBlock);
    cheap.appendToLastParagraph(text);
    SafeMarkdownDocument rendered;
    rendered.appendRendered(openBlock + added);
    if (cheap.toPlainText() != rendered.toPlainText())
        return QStringLiteral("text «%1» vs «%2»").arg(cheap.toPlainText(), rendered.toPlainText());
    if (runsOf(cheap) != runsOf(rendered))
        return QStringLiteral("formats differ in «%1»").arg(rendered.toPlainText());
    return {};
}

// Pieces as a model streams them: mostly words, sometimes markup or something hostile.
QString randomPiece(QRandomGenerator &random)
{
    static const QStringList words = {
        QStringLiteral("the "), QStringLiteral("model"), QStringLiteral(" answers"),
        QStringLiteral(" você"), QStringLiteral(" está"), QStringLiteral("ção "),
        QStringLiteral("step"), QStringLiteral(" 42"), QStringLiteral(", "), QStringLiteral(". "),
        QStringLiteral("(see"), QStringLiteral(" it)"), QStringLiteral(" 50%"), QStringLiteral("-"),
        QStringLiteral("/"), QStringLiteral("\""), QStringLiteral("'s"), QStringLiteral("?"),
        QStringLiteral(" ")};
    static const QStringList markup = {
        QStringLiteral("**"), QStringLiteral("*"), QStringLiteral("__"), QStringLiteral("_"),
        QStringLiteral("`"), QStringLiteral("~~"), QStringLiteral("["), QStringLiteral("]"),
        QStringLiteral("]("), QStringLiteral("!["), QStringLiteral("http://"),
        QStringLiteral(" www."), QStringLiteral("www"), QStringLiteral("."), QStringLiteral("@"),
        QStringLiteral("example"), QStringLiteral(".com"), QStringLiteral("\n"),
        QStringLiteral("\n\n"), QStringLiteral("  "), QStringLiteral("|"),
        QStringLiteral("&amp;"), QStringLiteral("&"), QStringLiteral("\\"), QStringLiteral("<b>"),
        QStringLiteral("\u200b"), QStringLiteral("\u202e"), QStringLiteral("#"),
        QStringLiteral(":"), QStringLiteral("\t"), QStringLiteral("e\u0301")};
    const QStringList &from = random.bounded(4) == 0 ? markup : words;
    return from.at(random.bounded(int(from.size())));
}

} // namespace

class TestParagraphContinuation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAreAppendedAsTheyWouldRender_data();
    void wordsAreAppendedAsTheyWouldRender();
    void markupIsRenderedAgain_data();
    void markupIsRenderedAgain();
    void randomStreamsMatchTheRenderer();
    void anOrdinaryAnswerMostlyTakesTheCheapWay();
};

void TestParagraphContinuation::wordsAreAppendedAsTheyWouldRender_data()
{
    QTest::addColumn<QString>("openBlock");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("text");
    QTest::newRow("a word") << "The model" << " answers" << " answers";
    QTest::newRow("held-back space shown") << "The model " << "answers " << " answers";
    QTest::newRow("a lone space waits") << "The model" << " " << "";
    QTest::newRow("after bold") << "A **bold** word" << " more" << " more";
    QTest::newRow("after a closed code span") << "Run `ls` now" << ", then" << ", then";
    QTest::newRow("accents") << "Você" << " está aqui" << " está aqui";
    QTest::newRow("inside a word") << "Configura" << "ções" << "ções";
    QTest::newRow("after a link, new word") << "See [docs](https://x.org)" << " and more"
                                            << " and more";
    QTest::newRow("brackets in prose") << "Open it" << " (see step 2)" << " (see step 2)";
}

void TestParagraphContinuation::wordsAreAppendedAsTheyWouldRender()
{
    QFETCH(QString, openBlock);
    QFETCH(QString, added);
    QFETCH(QString, text);
    const auto appended = ParagraphContinuation::plainAppend(openBlock, added);
    QVERIFY(appended.has_value());
    QCOMPARE(*appended, text);
    const QString problem = mismatch(openBlock, added, text);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestParagraphContinuation::markupIsRenderedAgain_data()
{
    QTest::addColumn<QString>("openBlock");
    QTest::addColumn<QString>("added");
    QTest::newRow("emphasis in the piece") << "The model" << " **answers";
    QTest::newRow("underscore closer before a letter") << "A __b__" << "c";
    QTest::newRow("star closer before a letter") << "A *b*" << "c";
    QTest::newRow("www autolink grows") << "Go to www.exa" << "mple";
    QTest::newRow("www made by the piece") << "Go to www" << ".example";
    QTest::newRow("url autolink grows") << "See https://exa" << "mple";
    QTest::newRow("email autolink grows") << "Write to ana@exa" << "mple";
    QTest::newRow("link after brackets") << "A [note]" << "(x)";
    QTest::newRow("link address closed") << "A [note](x" << " y)";
    QTest::newRow("image address closed") << "An ![alt](" << " pic)";
    QTest::newRow("link title closed") << "A [note](x \"t" << "itle\"";
    QTest::newRow("line break") << "First line" << "\nsecond";
    QTest::newRow("two spaces") << "Hard " << " break";
    QTest::newRow("entity") << "Fish " << "&amp; chips";
    QTest::newRow("entity completed") << "Fish &amp" << ";";
    QTest::newRow("table pipe") << "a " << "| b";
    QTest::newRow("zero-width space") << "Pay" << "\u200bPal";
    QTest::newRow("bidi override") << "File" << " \u202eexe.pdf";
    QTest::newRow("list item") << "- item" << " more";
    QTest::newRow("heading") << "# Title" << " more";
    QTest::newRow("ordered list") << "1. first" << " more";
    QTest::newRow("quote") << "> quoted" << " more";
    QTest::newRow("two lines") << "one\ntwo" << " more";
    QTest::newRow("combining accent") << "Cafe" << "\u0301";
    QTest::newRow("empty block") << "" << "word";
}

void TestParagraphContinuation::markupIsRenderedAgain()
{
    QFETCH(QString, openBlock);
    QFETCH(QString, added);
    QVERIFY(!ParagraphContinuation::plainAppend(openBlock, added).has_value());
}

// The rule against the renderer itself: whenever it allows the cheap way, the document must be
// the same as a new render, text and formats.
void TestParagraphContinuation::randomStreamsMatchTheRenderer()
{
    QRandomGenerator random(20261202);
    int allowed = 0;
    int asked = 0;
    for (int stream = 0; stream < 150; ++stream) {
        QString openBlock = QStringLiteral("Answer");
        for (int piece = 0; piece < 40; ++piece) {
            const QString added = randomPiece(random);
            ++asked;
            const auto text = ParagraphContinuation::plainAppend(openBlock, added);
            if (text) {
                ++allowed;
                const QString problem = mismatch(openBlock, added, *text);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("«%1» + «%2»: %3")
                                        .arg(openBlock, added, problem)));
            }
            openBlock += added;
            if (openBlock.contains(u'\n'))
                openBlock = QStringLiteral("Next");
        }
    }
    // Not a rule that declines everything: most word pieces go the cheap way.
    QVERIFY2(allowed > asked / 3, qPrintable(QStringLiteral("%1 of %2").arg(allowed).arg(asked)));
}

// Plain prose with now and then bold, code and a new paragraph, as the Playground's benchmark
// streams it: the paragraph is rendered again only around its markup.
void TestParagraphContinuation::anOrdinaryAnswerMostlyTakesTheCheapWay()
{
    const QStringList pieces = {
        QStringLiteral("The "),     QStringLiteral("model "),    QStringLiteral("answers "),
        QStringLiteral("your "),    QStringLiteral("question "), QStringLiteral("with "),
        QStringLiteral("**care** "), QStringLiteral("and "),     QStringLiteral("`code` "),
        QStringLiteral("settings, "), QStringLiteral("then "),   QStringLiteral("it "),
        QStringLiteral("explains. ")};
    QString openBlock;
    int cheap = 0;
    for (int i = 0; i < 500; ++i) {
        const QString &added = pieces.at(i % pieces.size());
        if (const auto text = ParagraphContinuation::plainAppend(openBlock, added)) {
            ++cheap;
            QVERIFY(mismatch(openBlock, added, *text).isEmpty());
        }
        openBlock += added;
    }
    QVERIFY2(cheap >= 500 * 3 / 4, qPrintable(QString::number(cheap)));
}

QTEST_MAIN(TestParagraphContinuation)
#include "tst_paragraphcontinuation.moc"
