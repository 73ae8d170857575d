#pragma once

#include <QTimer>
#include <QWidget>

class MarkdownView;

// An answer in a Playground column: the model's Markdown rendered safely by MarkdownView
// (ui/common), growing as it streams. As tall as its content up to a cap the column sets (its
// visible height), so short answers read as one page with the conversation and a very long one
// scrolls inside itself, where MarkdownView keeps scrolling and selecting cheap.
class AnswerView : public QWidget
{
    Q_OBJECT

public:
    explicit AnswerView(QWidget *parent = nullptr);

    void setMarkdown(const QString &text);
    void appendMarkdown(const QString &piece);
    void finishStreaming();
    void clear();
    QString markdown() const;

    void setHeightCap(int pixels);
    MarkdownView *view() const { return m_view; }

private:
    void fitSoon();
    void fitHeight();

    MarkdownView *m_view;
    QTimer m_fitTimer;
    int m_cap = 480;
    int m_fitted = -1;
};
