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
    if (toPlainText() == text)
        return;
    const int position = textCursor().position();
    const QSignalBlocker blocker(this);
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min<int>(position, int(text.size())));
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
