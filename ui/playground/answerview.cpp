#include "answerview.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>

AnswerView::AnswerView(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(2);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &AnswerView::fitHeight);
    fitHeight();
}

void AnswerView::setMarkdown(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setPlainText(text);
}

void AnswerView::appendMarkdown(const QString &piece)
{
    if (piece.isEmpty())
        return;
    m_text += piece;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(piece); // only the last paragraph is laid out again
}

void AnswerView::clear()
{
    m_text.clear();
    QTextEdit::clear();
}

QSize AnswerView::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), m_fittedHeight};
}

QSize AnswerView::minimumSizeHint() const
{
    return {60, m_fittedHeight};
}

void AnswerView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void AnswerView::fitHeight()
{
    const int height = qMax(fontMetrics().lineSpacing(), int(document()->size().height() + 0.5)) +
                       2 * frameWidth();
    if (height == m_fittedHeight)
        return;
    m_fittedHeight = height;
    setFixedHeight(height);
}
