#pragma once

#include <QPlainTextEdit>

// A plain-text box that grows with its text instead of scrolling, so a conversation reads
// as one column of cards. Wheel events go to the surrounding scroll area. A very long text
// (hundreds of lines) gets a box of its own that scrolls.
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Replaces the text only when it differs, keeping the cursor where it was when possible
    // (undo and redo update the card the user may be typing in).
    void setTextKeepingCursor(const QString &text);

Q_SIGNALS:
    void focusLost();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

    // Whether the text is too long to grow for: the box scrolls instead.
    bool isScrolling() const;

private:
    int contentLines() const; // stops counting past the most a box grows to
    int contentHeight() const;
    void updateHeight();
};
