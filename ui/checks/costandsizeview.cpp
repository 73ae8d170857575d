#include "costandsizeview.h"

#include "costpanel.h"
#include "tokenhistogram.h"

#include <QBoxLayout>
#include <QResizeEvent>
#include <QScrollBar>

CostAndSizeView::CostAndSizeView(CostPanel *cost, TokenHistogram *histogram, QWidget *parent)
    : QScrollArea(parent), m_cost(cost), m_histogram(histogram),
      m_layout(new QBoxLayout(QBoxLayout::TopToBottom))
{
    setObjectName(QStringLiteral("costAndSize"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto content = new QWidget;
    content->setLayout(m_layout);
    m_layout->addWidget(cost, 1);
    m_layout->addWidget(histogram, 1);
    setWidget(content);
}

bool CostAndSizeView::isSideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

int CostAndSizeView::sideBySideWidth() const
{
    const QMargins margins = m_layout->contentsMargins();
    // Side by side only when the estimate's rows need not wrap under their labels.
    return m_cost->sizeHint().width() + m_histogram->minimumSizeHint().width() +
           m_layout->spacing() + margins.left() + margins.right();
}

void CostAndSizeView::resizeEvent(QResizeEvent *event)
{
    // The room without the scroll bar, whether it shows or not, so a scroll bar coming and
    // going never flips the arrangement back and forth.
    const int room = event->size().width() - verticalScrollBar()->sizeHint().width();
    m_layout->setDirection(room >= sideBySideWidth() ? QBoxLayout::LeftToRight
                                                     : QBoxLayout::TopToBottom);
    QScrollArea::resizeEvent(event);
}
