#pragma once

#include <QTextEdit>

// An answer's text, growing as it streams, as tall as its content (the column scrolls, not
// the answer). A stand-in with MarkdownView's interface (ui/common/markdownview.h, branch
// h-markdown) until that widget lands: plain text, selectable, never fetching anything.
class AnswerView : public QTextEdit
{
    Q_OBJECT

public:
    explicit AnswerView(QWidget *parent = nullptr);

    void setMarkdown(const QString &text);
    void appendMarkdown(const QString &piece);
    void clear();
    QString markdown() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    QString m_text;
    int m_fittedHeight = 0;
};
