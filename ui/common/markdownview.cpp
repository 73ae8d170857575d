#include "markdownview.h"

#include "core/markdown/linkpolicy.h"
#include "core/markdown/paragraphcontinuation.h"
#include "core/markdown/safemarkdowndocument.h"
#include "messages.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// Slice of a very long answer given to the plain view per turn of the event loop: large
// enough to finish 10 MB in about a second, small enough that one slice stays far below the
// 100 ms a user notices (see bench_markdown).
constexpr qsizetype kPlainSlice = 64 * 1024;
constexpr int kLongestRenderPause = 200; // ms between renders when rendering gets slow
constexpr int kShortcutFlashMs = 1500;

QColor mixed(const QColor &a, const QColor &b, double amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

// Keeps the view following the end of a growing answer when the user was already there.
class FollowEnd
{
public:
    explicit FollowEnd(QScrollBar *bar) : m_bar(bar), m_atEnd(bar->value() >= bar->maximum()) {}
    ~FollowEnd()
    {
        if (m_atEnd)
            m_bar->setValue(m_bar->maximum());
    }
    FollowEnd(const FollowEnd &) = delete;
    FollowEnd &operator=(const FollowEnd &) = delete;

private:
    QScrollBar *m_bar;
    bool m_atEnd;
};
} // namespace

MarkdownView::MarkdownView(QWidget *parent) : QWidget(parent)
{
    m_opener = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    buildLayout();
    applyPalette();

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &MarkdownView::renderPending);
    m_plainFeedTimer.setSingleShot(true);
    m_plainFeedTimer.setInterval(0);
    connect(&m_plainFeedTimer, &QTimer::timeout, this, &MarkdownView::feedPlainText);
    m_partTimer.setSingleShot(true);
    m_partTimer.setInterval(0);
    connect(&m_partTimer, &QTimer::timeout, this, &MarkdownView::renderNextPart);
}

MarkdownView::~MarkdownView() = default;

void MarkdownView::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plainNote = new QLabel(this);
    m_plainNote->setWordWrap(true);
    m_plainNote->hide();
    layout->addWidget(m_plainNote);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    m_browser = new QTextBrowser(m_stack);
    m_document = new SafeMarkdownDocument(m_browser);
    m_browser->setDocument(m_document);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    m_browser->viewport()->setMouseTracking(true);
    m_browser->viewport()->installEventFilter(this);
    m_stack->addWidget(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &MarkdownView::onAnchorClicked);
    connect(m_browser, &QWidget::customContextMenuRequested, this, &MarkdownView::showContextMenu);
    connect(m_browser, &QTextEdit::cursorPositionChanged, this,
            [this] { placeCopyButton(m_browser->textCursor().position()); });
    connect(m_browser->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { placeCopyButton(m_copyButtonBlock); });

    m_plain = new QPlainTextEdit(m_stack);
    m_plain->setReadOnly(true);
    m_plain->setUndoRedoEnabled(false);
    m_plain->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stack->addWidget(m_plain);

    m_copyCode = new QToolButton(m_browser->viewport());
    m_copyCode->setText(tr("Copy code"));
    m_copyCode->setToolTip(tr("Copy this code block (Ctrl+Shift+C)"));
    m_copyCode->setAutoRaise(false);
    m_copyCode->hide();
    connect(m_copyCode, &QToolButton::clicked, this, [this] { copyCodeAt(m_copyButtonBlock); });

    auto *copyCode = new QAction(tr("Copy code"), this);
    copyCode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyCode->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyCode, &QAction::triggered, this, &MarkdownView::copyCodeAtCursor);
    addAction(copyCode);
}

void MarkdownView::applyPalette()
{
    const QPalette pal = palette();
    MarkdownStyle style;
    style.link = pal.color(QPalette::Link);
    style.codeBackground = mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.07);
    style.revealed = mixed(pal.color(QPalette::Text), pal.color(QPalette::Link), 0.6);
    style.tableGrid = mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.3);
    m_document->setStyle(style);
}

void MarkdownView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    applyPalette();
    // Colours are part of the rendered formats: render again in the new theme.
    if (!m_plainMode && !m_source.source().isEmpty())
        renderAllMarkdown();
}

void MarkdownView::setMarkdown(const QString &markdown)
{
    clear();
    // A very long answer is shown plain: its lines need no scan for block boundaries.
    if (markdown.size() > kLongestRenderedAnswer)
        m_source.appendUnscanned(markdown);
    else
        m_source.append(markdown);
    if (tooHeavyToRender())
        switchToPlainText();
    else
        renderAllMarkdown();
}

void MarkdownView::appendMarkdown(const QString &piece)
{
    if (piece.isEmpty())
        return;
    if (m_plainMode)
        m_source.appendUnscanned(piece);
    else
        m_source.append(piece);
    scheduleRender();
}

void MarkdownView::scheduleRender()
{
    if (m_plainMode) {
        if (!m_plainFeedTimer.isActive())
            m_plainFeedTimer.start();
    } else if (m_pendingDocument) {
        // A whole render is under way: when it is shown, the stream goes on from its last part.
        return;
    } else if (!m_renderTimer.isActive()) {
        m_renderTimer.start();
    }
}

void MarkdownView::clear()
{
    m_renderTimer.stop();
    m_plainFeedTimer.stop();
    m_partTimer.stop();
    delete m_pendingDocument;
    m_pendingDocument = nullptr;
    m_scrollAfterRender = -1;
    m_source.clear();
    m_plainFormatter.clear();
    m_document->clear();
    m_plain->clear();
    m_plainMode = false;
    m_plainFed = 0;
    m_renderedStable = 0;
    m_renderedTo = 0;
    m_tailPosition = -1;
    m_stack->setCurrentWidget(m_browser);
    m_plainNote->hide();
    placeCopyButton(-1);
}

QString MarkdownView::markdown() const
{
    return m_source.source();
}

void MarkdownView::finishStreaming()
{
    m_renderTimer.stop();
    if (m_plainMode) {
        scheduleRender();
        return;
    }
    if (tooHeavyToRender()) {
        switchToPlainText();
        return;
    }
    m_scrollAfterRender = m_browser->verticalScrollBar()->value();
    renderAllMarkdown();
}

void MarkdownView::flush()
{
    while (m_pendingDocument)
        renderNextPart();
    m_partTimer.stop();
    if (m_renderTimer.isActive()) {
        m_renderTimer.stop();
        renderPending();
    }
    while (m_plainMode && m_plainFed < m_source.source().size())
        feedPlainText();
    m_plainFeedTimer.stop();
}

void MarkdownView::setLinkOpener(LinkOpener opener)
{
    m_opener = std::move(opener);
}

bool MarkdownView::isRendering() const
{
    return m_pendingDocument || m_renderTimer.isActive() ||
           (m_plainMode && m_plainFed < m_source.source().size());
}

bool MarkdownView::isPlainTextShown() const
{
    return m_plainMode;
}

QString MarkdownView::shownText() const
{
    return m_plainMode ? m_plain->toPlainText() : m_document->toPlainText();
}

const SafeMarkdownDocument *MarkdownView::renderedDocument() const
{
    return m_document;
}

bool MarkdownView::tooHeavyToRender() const
{
    return m_source.source().size() > kLongestRenderedAnswer ||
           m_source.tableCount() > kMostRenderedTables ||
           m_source.longestStretch() > kLongestRenderedParagraph ||
           m_source.mostBracketsInStretch() > kMostLinksInParagraph;
}

// Renders the whole answer into a new document no view shows yet (so no layout follows each
// part), one part per turn of the event loop so the window never waits long, then shows it in
// place of the old one.
void MarkdownView::renderAllMarkdown()
{
    m_renderTimer.stop();
    delete m_pendingDocument;
    m_pendingDocument = new SafeMarkdownDocument(m_browser);
    m_pendingDocument->setStyle(m_document->style());
    m_partStarts = SafeMarkdownDocument::partStarts(m_source.source());
    m_nextPart = 0;
    renderNextPart();
}

void MarkdownView::renderNextPart()
{
    if (!m_pendingDocument)
        return;
    const QString &source = m_source.source();
    const qsizetype from = m_nextPart == 0 ? 0 : m_partStarts.at(m_nextPart - 1);
    const qsizetype to =
        m_nextPart < m_partStarts.size() ? m_partStarts.at(m_nextPart) : source.size();
    m_lastPartPosition = m_pendingDocument->appendRendered(source.sliced(from, to - from));
    m_lastPartSource = from;
    m_renderedTo = to;
    ++m_nextPart;
    if (m_nextPart <= m_partStarts.size())
        m_partTimer.start();
    else
        showRenderedDocument();
}

void MarkdownView::showRenderedDocument()
{
    SafeMarkdownDocument *document = std::exchange(m_pendingDocument, nullptr);
    m_browser->setDocument(document);
    m_document->deleteLater();
    m_document = document;
    if (m_scrollAfterRender >= 0)
        m_browser->verticalScrollBar()->setValue(std::exchange(m_scrollAfterRender, -1));
    // The last part may still grow if the answer is streaming: the next piece re-renders
    // from there, block by block.
    m_renderedStable = m_lastPartSource;
    m_tailPosition = m_lastPartPosition;
    placeCopyButton(-1);
    if (m_source.source().size() > m_renderedTo)
        scheduleRender();
}

// Renders what arrived since the last time: the blocks that closed meanwhile once, then the
// open block at the end again. Earlier blocks are never touched.
void MarkdownView::renderPending()
{
    const QString &source = m_source.source();
    if (tooHeavyToRender()) {
        switchToPlainText();
        return;
    }
    if (continueParagraph())
        return;
    QElapsedTimer timer;
    timer.start();
    FollowEnd follow(m_browser->verticalScrollBar());
    const qsizetype stable = std::max(m_source.stableEnd(), m_renderedStable);
    if (m_tailPosition == 0) {
        m_document->clear();
    } else if (m_tailPosition > 0) {
        m_document->removeFrom(m_tailPosition);
    }
    m_tailPosition = -1;
    if (stable > m_renderedStable) {
        m_document->appendRendered(source.sliced(m_renderedStable, stable - m_renderedStable));
        m_renderedStable = stable;
    }
    if (stable < source.size())
        m_tailPosition = m_document->appendRendered(source.sliced(stable));
    m_renderedTo = source.size();
    // When rendering gets slow (a long open block), wait longer between renders so the
    // window keeps time for everything else.
    m_renderTimer.setInterval(std::min<int>(kLongestRenderPause, int(timer.elapsed()) * 2));
}

// Words that only continue the open paragraph are appended as they would render, without
// parsing and laying out the paragraph again: most pieces of a streaming answer take this way
// (ParagraphContinuation says when it is exact).
bool MarkdownView::continueParagraph()
{
    const QString &source = m_source.source();
    const qsizetype stable = std::max(m_source.stableEnd(), m_renderedStable);
    const qsizetype paragraph = std::max(stable, m_source.openParagraphStart());
    if (m_tailPosition < 0 || stable != m_renderedStable || m_source.openParagraphStart() < 0 ||
        m_renderedTo <= paragraph || m_renderedTo >= source.size())
        return false;
    // The open paragraph is the last block rendered: the words go at the document's end.
    const QStringView all(source);
    const auto text = ParagraphContinuation::plainAppend(
        all.sliced(paragraph, m_renderedTo - paragraph), all.sliced(m_renderedTo));
    if (!text)
        return false;
    FollowEnd follow(m_browser->verticalScrollBar());
    m_document->appendToLastParagraph(*text);
    m_renderedTo = source.size();
    return true;
}

void MarkdownView::switchToPlainText()
{
    m_renderTimer.stop();
    m_document->clear();
    m_tailPosition = -1;
    m_plainMode = true;
    m_plainFed = 0;
    m_plainFormatter.clear();
    m_plain->clear();
    m_stack->setCurrentWidget(m_plain);
    const bool tooLong = m_source.source().size() > kLongestRenderedAnswer;
    m_plainNote->setText(
        tooLong ? tr("This answer is very long (%1), so it is shown as plain text without "
                     "formatting, to keep Ajuste responsive. Right-click it to copy it whole.")
                      .arg(QLocale().formattedDataSize(m_source.source().size()))
                : tr("This answer has too many tables, links or pictures, or too long a "
                     "paragraph, to show formatted quickly, so it is shown as plain text. "
                     "Right-click it to copy it whole."));
    m_plainNote->show();
    placeCopyButton(-1);
    feedPlainText();
}

// Gives the plain view the next slice of a very long answer and comes back at the next turn
// of the event loop for the rest, so painting and input are never held up for long.
void MarkdownView::feedPlainText()
{
    const QString &source = m_source.source();
    if (m_plainFed >= source.size())
        return;
    const qsizetype length = std::min(kPlainSlice, source.size() - m_plainFed);
    const QString text = m_plainFormatter.format(QStringView(source).sliced(m_plainFed, length));
    m_plainFed += length;
    QTextCursor cursor(m_plain->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (m_plainFed < source.size())
        m_plainFeedTimer.start();
}

void MarkdownView::onAnchorClicked(const QUrl &url)
{
    // The link the user activated: selected by the keyboard, or under the last click.
    const QTextCursor cursor = m_browser->textCursor();
    const int at = cursor.hasSelection() ? cursor.selectionStart() : m_lastClickPosition;
    const QString linkText = at >= 0 ? m_document->anchorTextAt(at) : QString();
    const LinkDecision decision = LinkPolicy::decide(url.toString(), linkText);
    if (!decision.mayOpen()) {
        Messages::warning(this, decision.reason, decision.shownAddress);
        return;
    }
    const bool mail = decision.url.scheme().compare(u"mailto", Qt::CaseInsensitive) == 0;
    QString informative = decision.shownAddress;
    if (!decision.site.isEmpty())
        informative += QStringLiteral("\n\n") + tr("Site: %1").arg(decision.site);
    if (decision.textDiffers)
        informative += QStringLiteral("\n\n") +
                       tr("Careful: the link's text shows another address than the one it "
                          "opens.");
    informative += QStringLiteral("\n\n") +
                   tr("This address comes from a model's answer. Open it only if it is what "
                      "you expect.");
    const auto answer = Messages::ask(
        this,
        mail ? tr("Write an e-mail to this address?") : tr("Open this address in your browser?"),
        informative, QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Open)
        return;
    if (!m_opener(decision.url))
        Messages::warning(this,
                          tr("Ajuste could not open the address. Copy it from the "
                             "answer and open it in your browser yourself."),
                          decision.shownAddress);
}

void MarkdownView::showContextMenu(const QPoint &position)
{
    const QPoint documentPoint = position + QPoint(m_browser->horizontalScrollBar()->value(),
                                                   m_browser->verticalScrollBar()->value());
    QMenu *menu = m_browser->createStandardContextMenu(documentPoint);
    const int at = m_browser->cursorForPosition(position).position();
    if (m_document->codeBlockRange(at).first >= 0) {
        QAction *copyCode = menu->addAction(tr("Copy code"));
        connect(copyCode, &QAction::triggered, this, [this, at] { copyCodeAt(at); });
    }
    QAction *copyAll = menu->addAction(tr("Copy whole answer"));
    connect(copyAll, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_source.source()); });
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_browser->viewport()->mapToGlobal(position));
}

bool MarkdownView::copyCodeAtCursor()
{
    return copyCodeAt(m_browser->textCursor().position());
}

bool MarkdownView::copyCodeAt(int documentPosition)
{
    if (documentPosition < 0 || m_plainMode)
        return false;
    const QString code = m_document->codeBlockAt(documentPosition);
    if (code.isEmpty() && m_document->codeBlockRange(documentPosition).first < 0)
        return false;
    QGuiApplication::clipboard()->setText(code);
    m_copyCode->setText(tr("Copied"));
    QTimer::singleShot(kShortcutFlashMs, m_copyCode,
                       [button = m_copyCode] { button->setText(MarkdownView::tr("Copy code")); });
    return true;
}

bool MarkdownView::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_browser->viewport() &&
        (type == QEvent::MouseMove || type == QEvent::MouseButtonPress)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int at = m_browser->cursorForPosition(mouse->position().toPoint()).position();
        if (type == QEvent::MouseButtonPress)
            m_lastClickPosition = at;
        if (m_document->codeBlockRange(at).first >= 0)
            placeCopyButton(at);
    }
    return QWidget::eventFilter(watched, event);
}

// Puts "Copy code" at the top right of the code block around documentPosition, or hides it.
void MarkdownView::placeCopyButton(int documentPosition)
{
    const auto range =
        documentPosition < 0 ? std::pair{-1, -1} : m_document->codeBlockRange(documentPosition);
    if (range.first < 0) {
        if (m_copyButtonBlock >= 0)
            Q_EMIT codeBlockFocused(false);
        m_copyButtonBlock = -1;
        m_copyCode->hide();
        return;
    }
    const QTextBlock block = m_document->findBlock(range.first);
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const int top = int(rect.top()) - m_browser->verticalScrollBar()->value();
    const QSize size = m_copyCode->sizeHint();
    const int right = m_browser->viewport()->width() - 4;
    m_copyCode->setGeometry(std::max(0, right - size.width()), std::max(0, top + 2), size.width(),
                            size.height());
    if (m_copyButtonBlock < 0)
        Q_EMIT codeBlockFocused(true);
    m_copyButtonBlock = range.first;
    m_copyCode->show();
    m_copyCode->raise();
}
