#include "growingtextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QKeyEvent>
#include <QWheelEvent>

namespace {
constexpr int MinimumLines = 2;
// Past this many lines the box stops growing and scrolls: a message of megabytes would make a
// box too tall to lay out, and counting its lines would take the window seconds.
constexpr int MaximumLines = 400;
// A piece of a long text put in at once: a few milliseconds of layout on a laptop.
constexpr qsizetype FillPiece = 256 * 1024;

// Where to end a piece of text near `at`: after a line break when there is one close by, and
// never inside a surrogate pair or between \r and \n, which the box would read differently
// apart than together.
qsizetype pieceEnd(const QString &text, qsizetype at)
{
    if (at >= text.size())
        return text.size();
    constexpr qsizetype Near = 4096;
    const qsizetype from = std::max<qsizetype>(0, at - Near);
    const qsizetype lineBreak = QStringView(text).mid(from, at - from).lastIndexOf(u'\n');
    if (lineBreak >= 0)
        return from + lineBreak + 1;
    while (at > 1 && (text.at(at).isLowSurrogate() || text.at(at - 1) == QLatin1Char('\r')))
        --at;
    return at;
}
}

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTabChangesFocus(true);
    // Undo belongs to the page's stack (Edit ▸ Undo), which knows every edit and stores it;
    // the box's own undo would bypass it.
    setUndoRedoEnabled(false);
    connect(document(), &QTextDocument::contentsChanged, this, &GrowingTextEdit::updateHeight);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &GrowingTextEdit::fillMore);
    updateHeight();
}

int GrowingTextEdit::contentLines() const
{
    // QPlainTextEdit's layout counts lines per block; a line is one font line.
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && lines <= MaximumLines;
         block = block.next())
        lines += std::max(1, block.layout() ? block.layout()->lineCount() : 1);
    return lines;
}

bool GrowingTextEdit::isScrolling() const
{
    return contentLines() > MaximumLines;
}

int GrowingTextEdit::contentHeight() const
{
    const int lines = std::clamp(contentLines(), MinimumLines, MaximumLines);
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin())
           + margins.top() + margins.bottom() + 2;
}

QSize GrowingTextEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), contentHeight()};
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return {100, contentHeight()};
}

void GrowingTextEdit::updateHeight()
{
    const int height = contentHeight();
    if (height != this->height())
        setFixedHeight(height);
    setVerticalScrollBarPolicy(isScrolling() ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    updateGeometry();
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Wrapping changes with the width; the layout has the new line counts after this event.
    QMetaObject::invokeMethod(this, &GrowingTextEdit::updateHeight, Qt::QueuedConnection);
}

void GrowingTextEdit::wheelEvent(QWheelEvent *event)
{
    if (isScrolling())
        QPlainTextEdit::wheelEvent(event);
    else
        event->ignore();
}

void GrowingTextEdit::setTextKeepingCursor(const QString &text)
{
    if (isFilling() ? m_fillText == text : toPlainText() == text)
        return;
    const int position = isFilling() ? m_fillCursor : textCursor().position();
    if (isFilling()) {
        m_fillTimer.stop();
        m_fillText.clear();
        setReadOnly(m_readOnlyBefore);
    }
    const QSignalBlocker blocker(this);
    if (text.size() <= FillPiece) {
        setPlainText(text);
        QTextCursor cursor = textCursor();
        cursor.setPosition(std::min<int>(position, int(text.size())));
        setTextCursor(cursor);
        updateHeight();
        return;
    }
    m_fillText = text;
    m_filled = pieceEnd(text, FillPiece);
    m_fillCursor = std::min<int>(position, int(text.size()));
    m_readOnlyBefore = isReadOnly();
    setReadOnly(true); // an edit now would be of half the text
    setPlainText(text.left(m_filled));
    updateHeight();
    m_fillTimer.start();
}

void GrowingTextEdit::fillMore()
{
    const qsizetype end = pieceEnd(m_fillText, m_filled + FillPiece);
    {
        const QSignalBlocker blocker(this);
        QTextCursor cursor(document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(m_fillText.mid(m_filled, end - m_filled));
    }
    m_filled = end;
    if (m_filled < m_fillText.size()) {
        m_fillTimer.start();
        return;
    }
    m_fillText.clear();
    setReadOnly(m_readOnlyBefore);
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_fillCursor);
    setTextCursor(cursor);
    updateHeight();
}

void GrowingTextEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    Q_EMIT focusLost();
}

bool GrowingTextEdit::event(QEvent *event)
{
    // Let Ctrl+Z / Ctrl+Shift+Z reach the window's Undo and Redo instead of the text box.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}
