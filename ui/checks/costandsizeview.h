#pragma once

#include <QScrollArea>

class CostPanel;
class QBoxLayout;
class TokenHistogram;

// The "Cost and size" results of a check: the cost estimate beside the chart of lengths when
// there is room for both, one above the other when there is not. It scrolls rather than
// squeezing them, so the example list above keeps its rows on a laptop screen.
class CostAndSizeView : public QScrollArea
{
    Q_OBJECT

public:
    // Takes cost and histogram into the view.
    CostAndSizeView(CostPanel *cost, TokenHistogram *histogram, QWidget *parent = nullptr);

    bool isSideBySide() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int sideBySideWidth() const;

    CostPanel *m_cost;
    TokenHistogram *m_histogram;
    QBoxLayout *m_layout;
};
