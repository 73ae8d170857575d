#pragma once

#include <QPlainTextEdit>
#include <QTimer>

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
    // (undo and redo update the card the user may be typing in). A text of megabytes is put
    // in a piece at a time between events, so the window keeps answering; the box is
    // read-only until the whole text is in (isFilling()).
    void setTextKeepingCursor(const QString &text);
    bool isFilling() const { return !m_fillText.isEmpty(); }

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
    void fillMore();
    int contentLines() const; // stops counting past the most a box grows to
    int contentHeight() const;
    void updateHeight();

    QString m_fillText;        // the whole text being put in piece by piece
    qsizetype m_filled = 0;    // how much of it is in
    int m_fillCursor = 0;      // where the cursor goes once it is all in
    bool m_readOnlyBefore = false;
    QTimer m_fillTimer;
};
