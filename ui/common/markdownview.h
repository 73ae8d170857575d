#pragma once

#include "core/markdown/markdownblocksplitter.h"
#include "core/markdown/plainanswerformatter.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class SafeMarkdownDocument;

// Shows a model's answer, which is untrusted: Markdown is rendered (code blocks in monospace
// with "Copy code", lists, tables) by SafeMarkdownDocument, which fetches nothing and shows
// raw HTML as text; a link opens only when the user clicks it, sees the real address and
// agrees (LinkPolicy). A streaming answer is rendered block by block: each piece re-renders
// only the trailing open block. An answer too long to lay out quickly is shown as plain text,
// fed to the view in slices so the window stays responsive.
class MarkdownView : public QWidget
{
    Q_OBJECT

public:
    // Opens an address the user agreed to; returns whether it could. Tests replace it.
    using LinkOpener = std::function<bool(const QUrl &)>;

    // Longer answers are shown as plain text (see the bench: rendering cost grows with size).
    static constexpr qsizetype kLongestRenderedAnswer = 256 * 1024;
    // Each table makes Qt's document slower to edit: an answer with more is shown plain.
    static constexpr int kMostRenderedTables = 32;
    // A paragraph longer than this, or with more links and images, is slow to parse or lay
    // out (bench_markdown, "hostile"): the answer is shown plain.
    static constexpr qsizetype kLongestRenderedParagraph = 16 * 1024;
    static constexpr int kMostLinksInParagraph = 200;

    explicit MarkdownView(QWidget *parent = nullptr);
    ~MarkdownView() override;

    void setMarkdown(const QString &markdown);
    void appendMarkdown(const QString &piece);
    void clear();
    QString markdown() const;

    // The stream has ended: render the whole answer once more from the start, so parts that
    // depend on later text (reference links) come out exactly as setMarkdown() would.
    void finishStreaming();

    void setLinkOpener(LinkOpener opener);
    // Renders what is waiting now instead of at the next turn of the event loop.
    void flush();

    // For tests and the Playground: what is shown.
    bool isPlainTextShown() const;
    // Whether a render or a plain-text feed is still under way (the next turns finish it).
    bool isRendering() const;
    QString shownText() const;
    const SafeMarkdownDocument *renderedDocument() const;
    QTextBrowser *browser() const { return m_browser; }
    // Copies the code block around the text cursor; false when the cursor is not in one.
    bool copyCodeAtCursor();

Q_SIGNALS:
    // Whether the text cursor or the mouse is on a code block that "Copy code" would copy.
    void codeBlockFocused(bool focused);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void applyPalette();
    void renderPending();
    bool continueParagraph();
    void renderAllMarkdown();
    void renderNextPart();
    void showRenderedDocument();
    void switchToPlainText();
    void feedPlainText();
    void onAnchorClicked(const QUrl &url);
    void showContextMenu(const QPoint &position);
    void placeCopyButton(int documentPosition);
    bool copyCodeAt(int documentPosition);
    void scheduleRender();
    bool tooHeavyToRender() const;

    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_browser = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QLabel *m_plainNote = nullptr;
    QToolButton *m_copyCode = nullptr;
    SafeMarkdownDocument *m_document = nullptr;

    MarkdownBlockSplitter m_source;
    PlainAnswerFormatter m_plainFormatter;
    qsizetype m_renderedStable = 0; // source offset rendered as closed blocks
    int m_tailPosition = -1;        // document position where the open block's render starts
    qsizetype m_plainFed = 0;       // source offset already given to the plain view
    bool m_plainMode = false;
    int m_copyButtonBlock = -1;
    int m_lastClickPosition = -1;

    QTimer m_renderTimer;
    QTimer m_plainFeedTimer;
    // A whole render in progress, part by part, into a document not shown yet.
    QTimer m_partTimer;
    SafeMarkdownDocument *m_pendingDocument = nullptr;
    QList<qsizetype> m_partStarts;
    qsizetype m_nextPart = 0;
    qsizetype m_lastPartSource = 0; // where the last part rendered starts, in the source...
    int m_lastPartPosition = 0;     // ...and in the document
    qsizetype m_renderedTo = 0; // source offset shown so far
    int m_scrollAfterRender = -1;
    LinkOpener m_opener;
};
