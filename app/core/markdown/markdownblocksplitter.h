#pragma once

#include <QList>
#include <QString>

// Follows an answer as it streams in and tells where its closed blocks end, so a view
// re-renders only the trailing open block at each piece instead of the whole answer.
// A boundary is a blank line outside any fenced code block followed by a line that starts a
// new top-level block (not indented, not a list item that might continue the list above).
// Only complete lines are looked at; each line is looked at once.
class MarkdownBlockSplitter
{
public:
    void append(QStringView piece);
    // Keeps text without looking at its lines (for an answer shown as plain text, where block
    // boundaries are never needed): boundaries and table count stop where they were.
    void appendUnscanned(const QString &piece);
    void clear();

    const QString &source() const { return m_source; }
    // Everything before this offset in source() belongs to blocks that later text cannot
    // change (apart from rare reference-style link definitions further down).
    qsizetype stableEnd() const { return m_stableEnd; }
    // Where the last, still incomplete line starts when it can only be a new paragraph: it
    // follows a blank line (or starts the answer) outside a code fence and begins with a
    // letter. -1 otherwise. Its boundary is known before the line ends, which stableEnd()
    // waits for.
    qsizetype openParagraphStart() const;
    // Every boundary found so far, in order (the last one is stableEnd()).
    const QList<qsizetype> &boundaries() const { return m_boundaries; }
    // Tables seen so far (their delimiter rows): Qt's document slows down with each table, so
    // an answer with very many is shown as plain text.
    int tableCount() const { return m_tables; }
    // The longest stretch of text between blank lines outside code fences, and the most link
    // or image brackets ("[") in one such stretch, the open one included. Qt's parser takes
    // time growing with the square of the links in one paragraph, and a huge paragraph is
    // slow to lay out: an answer beyond a limit on either is shown as plain text.
    qsizetype longestStretch() const;
    int mostBracketsInStretch() const;

private:
    void scanLine(qsizetype begin, qsizetype end);
    bool closesFence(QStringView line) const;

    QString m_source;
    qsizetype m_scanned = 0;
    qsizetype m_stableEnd = 0;
    bool m_inFence = false;
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    bool m_afterBlankLine = false;
    QList<qsizetype> m_boundaries;
    int m_tables = 0;
    qsizetype m_stretchStart = 0;
    int m_stretchBrackets = 0;
    qsizetype m_longestStretch = 0;
    int m_mostBrackets = 0;
};
