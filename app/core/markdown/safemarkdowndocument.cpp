#include "safemarkdowndocument.h"

#include "invisiblecharacters.h"
#include "linkpolicy.h"
#include "markdownblocksplitter.h"

#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <vector>

namespace {
// One change found while walking the document, applied afterwards from the end backwards so
// earlier positions stay valid.
struct Replacement
{
    int position;
    int length;
    QString text;
    QTextCharFormat format;
};

bool isCodeBlock(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage);
}

QImage placeholderImage()
{
    QImage image(16, 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

// Invisible characters inside one run of text, each becoming a visible marker.
void collectRevealed(const QTextFragment &fragment, const QColor &colour,
                     std::vector<Replacement> &out)
{
    const QString text = fragment.text();
    if (!InvisibleCharacters::containsDisguising(text, InvisibleCharacters::Context::Text))
        return;
    QTextCharFormat format = fragment.charFormat();
    if (colour.isValid())
        format.setForeground(colour);
    qsizetype index = 0;
    while (index < text.size()) {
        const auto begin = index;
        const char32_t c = InvisibleCharacters::nextCodePoint(text, index);
        if (InvisibleCharacters::isDisguising(c, InvisibleCharacters::Context::Text))
            out.push_back({fragment.position() + int(begin), int(index - begin),
                           InvisibleCharacters::marker(c), format});
    }
}
} // namespace

SafeMarkdownDocument::SafeMarkdownDocument(QObject *parent) : QTextDocument(parent)
{
    // An answer is read, never edited: no undo history to keep in memory.
    setUndoRedoEnabled(false);
}

void SafeMarkdownDocument::setStyle(const MarkdownStyle &style)
{
    m_style = style;
}

void SafeMarkdownDocument::renderMarkdown(const QString &markdown)
{
    m_refused.clear();
    clear();
    qsizetype partStart = 0;
    for (const qsizetype next : partStarts(markdown)) {
        appendRendered(markdown.sliced(partStart, next - partStart));
        partStart = next;
    }
    appendRendered(markdown.sliced(partStart));
}

QList<qsizetype> SafeMarkdownDocument::partStarts(const QString &markdown)
{
    MarkdownBlockSplitter splitter;
    splitter.append(markdown);
    QList<qsizetype> starts;
    qsizetype partStart = 0;
    for (const qsizetype boundary : splitter.boundaries()) {
        if (boundary - partStart < kPartLength)
            continue;
        starts.append(boundary);
        partStart = boundary;
    }
    return starts;
}

int SafeMarkdownDocument::appendRendered(const QString &markdown)
{
    QTextCursor cursor(this);
    cursor.movePosition(QTextCursor::End);
    const int start = cursor.position();
    // Parsed on its own (the parser works on a whole document), then inserted as a fragment.
    QTextDocument part;
    part.setUndoRedoEnabled(false);
    part.setMarkdown(markdown, kFeatures);
    const QTextBlockFormat firstFormat = part.begin().blockFormat();
    cursor.beginEditBlock();
    const bool separated = !isEmpty();
    if (separated)
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    cursor.insertFragment(QTextDocumentFragment(&part));
    if (separated) {
        // The first block of the part flows into the separating block and must keep its own
        // format (a heading, a code line), or it starts after it and leaves it empty.
        QTextCursor first(this);
        first.setPosition(start + 1);
        first.setBlockFormat(firstFormat);
        dropEmptySeparator(start);
    }
    cursor.endEditBlock();
    neutralize(start);
    return start;
}

// A part starting with a list or a table does not flow into the separating block but starts
// after it, leaving it empty where the whole answer rendered at once has no block: merge the
// empty block into the one before.
void SafeMarkdownDocument::dropEmptySeparator(int separator)
{
    const QTextBlock empty = findBlock(separator + 1);
    if (separator == 0 || empty.length() != 1 || empty.position() != separator + 1 ||
        !empty.next().isValid())
        return;
    QTextCursor cursor(this);
    cursor.setPosition(separator);
    cursor.setPosition(separator + 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void SafeMarkdownDocument::removeFrom(int position)
{
    QTextCursor cursor(this);
    cursor.setPosition(std::clamp(position, 0, endPosition()));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void SafeMarkdownDocument::appendToLastParagraph(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCursor cursor(this);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, paragraphTextFormat());
}

// Learnt once from the parser itself, so it stays right whatever Qt's importer sets.
const QTextCharFormat &SafeMarkdownDocument::paragraphTextFormat()
{
    if (!m_paragraphTextFormat) {
        QTextDocument sample;
        sample.setMarkdown(QStringLiteral("x"), kFeatures);
        QTextCursor cursor(&sample);
        cursor.setPosition(1);
        m_paragraphTextFormat = cursor.charFormat();
    }
    return *m_paragraphTextFormat;
}

int SafeMarkdownDocument::endPosition() const
{
    return characterCount() - 1;
}

QVariant SafeMarkdownDocument::loadResource(int type, const QUrl &name)
{
    // Never QTextDocument::loadResource: it would read files and ask the parent widget, which
    // for a QTextBrowser may fetch. An image must still get a non-null answer, or Qt's image
    // handler falls back to loading the name as a local file path itself.
    m_refused.append(name.toString());
    if (type == ImageResource)
        return placeholderImage();
    return QString();
}

QString SafeMarkdownDocument::imageText(const QString &altText) const
{
    const QString alt = altText.trimmed();
    return alt.isEmpty() ? tr("[Image not loaded]") : tr("[Image not loaded: %1]").arg(alt);
}

// Walks the part of the document from position on: replaces images with a visible link to
// their address, shows invisible characters as markers, colours links and code blocks from
// the palette.
void SafeMarkdownDocument::neutralize(int from)
{
    std::vector<Replacement> replacements;
    std::vector<std::pair<int, int>> links;
    std::vector<int> codeBlocks;
    for (QTextBlock block = findBlock(from); block.isValid(); block = block.next()) {
        if (isCodeBlock(block))
            codeBlocks.push_back(block.position());
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || fragment.position() + fragment.length() <= from)
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QTextImageFormat image = format.toImageFormat();
                QTextCharFormat linkFormat;
                linkFormat.setAnchor(true);
                linkFormat.setAnchorHref(image.name());
                linkFormat.setToolTip(LinkPolicy::shownAddress(QUrl(image.name())));
                linkFormat.setForeground(m_style.revealed);
                replacements.push_back({fragment.position(), fragment.length(),
                                        imageText(InvisibleCharacters::revealed(
                                            image.stringProperty(QTextFormat::ImageAltText),
                                            InvisibleCharacters::Context::Text)),
                                        linkFormat});
                continue;
            }
            if (format.isAnchor())
                links.emplace_back(fragment.position(), fragment.length());
            collectRevealed(fragment, m_style.revealed, replacements);
        }
    }
    if (replacements.empty() && links.empty() && codeBlocks.empty()) {
        styleTables(from);
        return;
    }

    QTextCursor cursor(this);
    cursor.beginEditBlock();
    if (m_style.codeBackground.isValid()) {
        QTextBlockFormat code;
        code.setBackground(m_style.codeBackground);
        for (const int position : codeBlocks) {
            cursor.setPosition(position);
            cursor.mergeBlockFormat(code);
        }
    }
    for (const auto &[position, length] : links) {
        // The tooltip shows where the link really goes, never a title the answer chose.
        cursor.setPosition(position);
        QTextCharFormat link;
        link.setToolTip(LinkPolicy::shownAddress(QUrl(cursor.charFormat().anchorHref())));
        if (m_style.link.isValid())
            link.setForeground(m_style.link);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(link);
    }
    styleTables(from);
    for (auto it = replacements.rbegin(); it != replacements.rend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, it->format);
    }
    cursor.endEditBlock();
}

// Tables read better with some room in the cells and a light grid in the palette's colours.
void SafeMarkdownDocument::styleTables(int from)
{
    for (QTextFrame *frame : rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->firstPosition() < from)
            continue;
        QTextTableFormat format = table->format();
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setBorder(1);
        format.setBorderCollapse(true);
        if (m_style.tableGrid.isValid())
            format.setBorderBrush(m_style.tableGrid);
        table->setFormat(format);
    }
}

std::pair<int, int> SafeMarkdownDocument::codeBlockRange(int position) const
{
    QTextBlock block = findBlock(position);
    if (!isCodeBlock(block))
        return {-1, -1};
    QTextBlock first = block;
    while (isCodeBlock(first.previous()) && first.previous().blockFormat() == first.blockFormat())
        first = first.previous();
    QTextBlock last = block;
    while (isCodeBlock(last.next()) && last.next().blockFormat() == last.blockFormat())
        last = last.next();
    return {first.position(), last.position() + last.length() - 1};
}

QString SafeMarkdownDocument::codeBlockAt(int position) const
{
    const auto [first, last] = codeBlockRange(position);
    if (first < 0)
        return {};
    QStringList lines;
    for (QTextBlock block = findBlock(first); block.isValid() && block.position() <= last;
         block = block.next())
        lines.append(block.text());
    return lines.join(QLatin1Char('\n'));
}

QString SafeMarkdownDocument::anchorTextAt(int position) const
{
    const QTextBlock block = findBlock(position);
    QString href;
    // A click lands between two characters: the link may be on either side.
    for (const int at : {position, position - 1}) {
        for (auto it = block.begin(); href.isEmpty() && !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.contains(at) && fragment.charFormat().isAnchor()) {
                href = fragment.charFormat().anchorHref();
                position = at;
            }
        }
    }
    if (href.isEmpty())
        return {};
    // Neighbouring fragments of the same link (bold inside a link, revealed markers) count.
    QString text;
    bool inLink = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const bool sameLink =
            fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href;
        if (sameLink) {
            if (!inLink)
                text.clear();
            text += fragment.text();
            inLink = true;
        } else if (inLink && fragment.position() > position) {
            break;
        } else {
            inLink = false;
        }
    }
    return text;
}
