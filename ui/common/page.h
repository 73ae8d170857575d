#pragma once

#include <QIcon>
#include <QWidget>

class QUndoStack;
class Workspace;

// One screen of the main window (Datasets, Jobs, Playground). The window shows one page at a
// time, routes Edit ▸ Undo to the page's stack and tells every page when the workspace changes.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // stable, for remembering the last page
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QUndoStack *undoStack() const { return nullptr; }
    // nullptr when no workspace is open; the page drops what it held from the previous one.
    virtual void setWorkspace(Workspace *workspace) = 0;

Q_SIGNALS:
    // A page asks the window to show a message in the status bar.
    void statusMessage(const QString &text);
};
