#include "answerview.h"

#include "ui/common/markdownview.h"

#include <QAbstractScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

AnswerView::AnswerView(QWidget *parent) : QWidget(parent), m_view(new MarkdownView)
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_view->browser()->setFrameShape(QFrame::NoFrame);
    // This view decides the height (the content's, up to the cap): a one-line answer may be
    // one line high, whatever a scrolling text view would ask for.
    const int line = fontMetrics().lineSpacing();
    m_view->setMinimumHeight(line);
    for (QWidget *inner : m_view->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
        inner->setMinimumHeight(line);
    m_view->browser()->setMinimumHeight(line);
    for (QAbstractScrollArea *area : m_view->findChildren<QAbstractScrollArea *>())
        area->setMinimumHeight(line);
    m_view->browser()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Fitting reads the document's height, which lays it out: once per event-loop turn at
    // most, however many pieces arrived in it.
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(0);
    connect(&m_fitTimer, &QTimer::timeout, this, &AnswerView::fitHeight);
    connect(m_view->browser()->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &AnswerView::fitSoon);
    fitHeight();
}

void AnswerView::setMarkdown(const QString &text)
{
    if (text == m_view->markdown())
        return;
    m_view->setMarkdown(text);
    fitSoon();
}

void AnswerView::appendMarkdown(const QString &piece)
{
    if (piece.isEmpty())
        return;
    m_view->appendMarkdown(piece);
    fitSoon();
}

void AnswerView::finishStreaming()
{
    m_view->finishStreaming();
    fitSoon();
}

void AnswerView::clear()
{
    m_view->clear();
    fitSoon();
}

QString AnswerView::markdown() const
{
    return m_view->markdown();
}

void AnswerView::setHeightCap(int pixels)
{
    pixels = qMax(pixels, fontMetrics().lineSpacing() * 4);
    if (pixels == m_cap)
        return;
    m_cap = pixels;
    fitSoon();
}

void AnswerView::fitSoon()
{
    if (!m_fitTimer.isActive())
        m_fitTimer.start();
}

void AnswerView::fitHeight()
{
    QTextBrowser *browser = m_view->browser();
    int content = m_cap;
    if (!m_view->isPlainTextShown()) {
        // The browser keeps the document at its width; setting it here would lay out the
        // whole answer again on every piece.
        content = int(browser->document()->size().height() + 0.5) + 2 * browser->frameWidth();
    }
    // Growing a few lines at a time: each change of height lays out the column again, which
    // a streaming answer would otherwise pay for on every new line.
    const int step = fontMetrics().lineSpacing() * 4;
    const int rounded = content <= step ? content : (content + step - 1) / step * step;
    const int height = qBound(fontMetrics().lineSpacing() + 8, rounded, m_cap);
    if (height == m_fitted)
        return;
    m_fitted = height;
    setFixedHeight(height);
}
