#include "hoverlabel.h"

HoverLabel::HoverLabel(QWidget *parent) : QLabel(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::Box);
    setMargin(4);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
}
