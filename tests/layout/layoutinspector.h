#pragma once

// Walks a widget tree the way a person looks at a screen and reports every visible widget that
// shows less than its text needs: a label cut short or squeezed (word-wrapped: heightForWidth
// above its height; single line: sizeHint above its size), a button, check box, combo box,
// tab or header section whose text is clipped or elided, a placeholder cut off, a list item
// that wraps or is cut without a tooltip, an item view that needs a sideways scroll bar, a tool
// bar that hides buttons behind its » menu, a chart label QtCharts replaced by "...", widgets
// that overlap their siblings or stick out of their parent, and windows larger than the screen.

#include <QList>
#include <QSize>
#include <QString>

class QWidget;

class LayoutInspector
{
public:
    struct Finding
    {
        QString widget;  // objectName, or class and text, and where it sits
        QString problem; // what is cut, in pixels
    };

    // Inspects root and every visible widget inside it (not other windows). available is the
    // room a window may take on the screen (zero: not checked).
    static QList<Finding> inspect(QWidget *root, const QSize &available = {});

    // "QLabel “Tokens per exam…” in costPanel": how a finding names a widget.
    static QString describe(const QWidget *widget);
};
