#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextDocument>
#include <optional>

// Colours the document takes from the view's palette (dark or light theme).
struct MarkdownStyle
{
    QColor link;
    QColor codeBackground;
    QColor revealed; // markers standing for invisible characters, and unloaded images
    QColor tableGrid;
};

// A QTextDocument for untrusted Markdown (a model's answer). Qt's own parser reads it with
// GitHub's dialect and without HTML, so raw HTML such as <script> or <img> is shown as text.
// The document never loads a resource: images, style sheets and anything else asked for by
// any scheme (http:, file:, data:, qrc:, a bare path) get an inert placeholder, and images
// are replaced by a visible "[Image not loaded: …]" link. Invisible characters that could
// disguise text are shown as markers (InvisibleCharacters).
class SafeMarkdownDocument : public QTextDocument
{
    Q_OBJECT

public:
    static constexpr MarkdownFeatures kFeatures =
        MarkdownFeatures(MarkdownDialectGitHub | MarkdownNoHTML);

    explicit SafeMarkdownDocument(QObject *parent = nullptr);

    void setStyle(const MarkdownStyle &style);
    const MarkdownStyle &style() const { return m_style; }

    // Replaces the whole content with markdown, rendered. Qt's parser slows down more than
    // in proportion to the length, so a long answer is parsed in parts of about kPartLength
    // cut between blocks (MarkdownBlockSplitter); render into a document that no view shows
    // yet, or its layout follows every part.
    static constexpr qsizetype kPartLength = 8 * 1024;
    void renderMarkdown(const QString &markdown);
    // Where renderMarkdown() cuts markdown into parts: the start of each part after the first.
    static QList<qsizetype> partStarts(const QString &markdown);
    // Renders markdown as new blocks after the current end (a later part of the same answer);
    // returns the position where the new part starts, for removeFrom().
    int appendRendered(const QString &markdown);
    // Removes everything from position to the end (the part appendRendered() added).
    void removeFrom(int position);
    // Adds text to the end of the last paragraph in the format the parser gives a paragraph's
    // plain text: what rendering the paragraph again would show when ParagraphContinuation
    // allows it, for a fraction of the cost.
    void appendToLastParagraph(const QString &text);
    int endPosition() const;

    // Every resource anything asked for, refused (for tests and diagnostics).
    const QStringList &refusedResources() const { return m_refused; }

    // The code block (consecutive code lines) around position, as plain text; empty when
    // position is not inside a code block.
    QString codeBlockAt(int position) const;
    // The whole text of the link around position (what the reader saw), empty if none.
    QString anchorTextAt(int position) const;
    // The first and last document positions of that code block, or {-1, -1}.
    std::pair<int, int> codeBlockRange(int position) const;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void neutralize(int from);
    void dropEmptySeparator(int separator);
    void styleTables(int from);
    QString imageText(const QString &altText) const;
    const QTextCharFormat &paragraphTextFormat();

    MarkdownStyle m_style;
    std::optional<QTextCharFormat> m_paragraphTextFormat;
    QStringList m_refused;
};
