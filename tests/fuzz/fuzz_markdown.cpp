// The Playground's Markdown rendering path, from any bytes as a model's answer: the safe
// document (no image stays an image, no invisible character stays invisible, no link the
// policy opens leaves the web or mail), the block splitter that follows a stream (the same
// boundaries whatever pieces the text arrives in) and the paragraph continuation (what it
// appends as plain text is what rendering again would show). The first byte chooses where the
// answer is cut for the continuation; the rest is the answer.
#include "core/markdown/invisiblecharacters.h"
#include "core/markdown/linkpolicy.h"
#include "core/markdown/markdownblocksplitter.h"
#include "core/markdown/paragraphcontinuation.h"
#include "core/markdown/safemarkdowndocument.h"
#include "fuzzgui.h"
#include "fuzzsupport.h"

#include <QTextBlock>
#include <QTextFragment>
#include <QUrl>

namespace {

// Qt's parser is slower than linear; longer answers are the view's plain-text case.
constexpr qsizetype kMaxRendered = 16 * 1024;

QByteArray describe(const QString &text)
{
    return text.toUtf8();
}

void checkDocument(SafeMarkdownDocument &document, const QString &answer)
{
    Fuzz::check(!InvisibleCharacters::containsDisguising(document.toPlainText(),
                                                         InvisibleCharacters::Context::Text),
                "an invisible character stayed invisible in the rendered answer",
                [&] { return describe(answer); });
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            Fuzz::check(!format.isImageFormat(), "an image stayed an image",
                        [&] { return describe(answer); });
            if (!format.isAnchor())
                continue;
            const LinkDecision decision =
                LinkPolicy::decide(format.anchorHref(), it.fragment().text());
            if (!decision.mayOpen())
                continue;
            const QString scheme = decision.url.scheme();
            Fuzz::check(
                scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                    scheme == QLatin1String("mailto"),
                "the link policy would open an address that is not web or mail",
                [&] { return describe(answer + QLatin1String("\n---\n") + format.anchorHref()); });
        }
    }
}

struct SplitterState
{
    QList<qsizetype> boundaries;
    qsizetype stableEnd;
    qsizetype openParagraphStart;
    int tables;
    qsizetype longestStretch;
    int mostBrackets;
    bool operator==(const SplitterState &) const = default;
};

SplitterState stateOf(const MarkdownBlockSplitter &splitter)
{
    return {splitter.boundaries(), splitter.stableEnd(),      splitter.openParagraphStart(),
            splitter.tableCount(), splitter.longestStretch(), splitter.mostBracketsInStretch()};
}

// A stream delivers the answer in pieces of any length: the splitter must end where it ends
// when it reads the answer at once.
void checkSplitter(const QString &answer, QByteArrayView seed)
{
    MarkdownBlockSplitter whole;
    whole.append(answer);
    MarkdownBlockSplitter streamed;
    qsizetype at = 0;
    qsizetype next = 0;
    while (at < answer.size()) {
        const uchar choice = next < seed.size() ? uchar(seed[next++]) : 0xff;
        const qsizetype length = choice == 0xff ? answer.size() - at : (choice % 13) + 1;
        streamed.append(QStringView(answer).sliced(at, qMin(length, answer.size() - at)));
        at += length;
    }
    Fuzz::check(streamed.source() == answer, "the splitter lost text",
                [&] { return describe(answer); });
    Fuzz::check(stateOf(streamed) == stateOf(whole),
                "the splitter's blocks depend on the pieces the answer came in",
                [&] { return describe(answer); });
}

void checkContinuation(const QString &answer, uchar cutChoice)
{
    const qsizetype cut = answer.size() * cutChoice / 255;
    const QStringView open = QStringView(answer).first(cut);
    const QStringView added = QStringView(answer).sliced(cut);
    const std::optional<QString> appended = ParagraphContinuation::plainAppend(open, added);
    if (!appended)
        return;
    SafeMarkdownDocument continued;
    continued.renderMarkdown(open.toString());
    continued.appendToLastParagraph(*appended);
    SafeMarkdownDocument again;
    again.renderMarkdown(answer);
    Fuzz::check(continued.toPlainText() == again.toPlainText(),
                "the plain continuation shows other text than rendering again", [&] {
                    return describe(open.toString() + QLatin1String("\n---\n") + added.toString() +
                                    QLatin1String("\n---\n") + continued.toPlainText() +
                                    QLatin1String("\n---\n") + again.toPlainText());
                });
}

} // namespace

AJUSTE_FUZZ_SETUP(markdown)
{
    Fuzz::ensureGuiApplication();
}

AJUSTE_FUZZ_TARGET(markdown)
{
    if (size < 1)
        return 0;
    Fuzz::ensureGuiApplication();
    const QString answer =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    checkSplitter(answer, QByteArrayView(data, qMin<size_t>(size, 64)));
    if (answer.size() > kMaxRendered)
        return 0;
    SafeMarkdownDocument document;
    document.renderMarkdown(answer);
    checkDocument(document, answer);
    checkContinuation(answer, data[0]);
    return 0;
}
