#pragma once

#include <QLabel>

// The small box that follows the mouse over a chart with the values at that step: looks like
// a tooltip, never takes the mouse, hidden until there is something to show.
class HoverLabel : public QLabel
{
    Q_OBJECT

public:
    explicit HoverLabel(QWidget *parent = nullptr);
};
