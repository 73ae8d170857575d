#pragma once

#include <QIcon>
#include <QWidget>

class WorkspaceSession;

// One screen of the main window (Datasets, Jobs, Playground). The window shows one page at a
// time and hands every page the session of the open workspace (its stores and undo stack).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0; // stable, for remembering the last page
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // nullptr when no workspace is open; the page drops what it held from the previous one.
    virtual void setSession(WorkspaceSession *session) = 0;

Q_SIGNALS:
    // A page asks the window to show a message in the status bar.
    void statusMessage(const QString &text);
};
