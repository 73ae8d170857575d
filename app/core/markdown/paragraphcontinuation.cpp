#include "paragraphcontinuation.h"

namespace {

bool isSpace(QChar c)
{
    return c == u' ';
}

// The whitespace-free run of text that ends at `end` (exclusive).
QStringView wordBefore(QStringView text, qsizetype end)
{
    qsizetype start = end;
    while (start > 0 && !isSpace(text.at(start - 1)))
        --start;
    return text.sliced(start, end - start);
}

} // namespace

bool ParagraphContinuation::isInert(QChar c)
{
    if (c.unicode() < 0x80) {
        if (c.isLetterOrNumber())
            return true;
        // Punctuation Markdown never reads as markup in the middle of a line. Left out on
        // purpose: * _ ` ~ (emphasis, code, strike), [ ] ! < > (links, images, HTML),
        // & \ (entities, escapes), | (tables), : @ (autolinks), # and the rest.
        switch (c.unicode()) {
        case u'.': case u',': case u';': case u'?': case u'\'': case u'"':
        case u'(': case u')': case u'-': case u'%': case u'+': case u'=': case u'/':
            return true;
        default:
            return false;
        }
    }
    // Letters and digits of any script, never a format or control character (invisible ones
    // are shown as markers by the renderer, so they must go through it).
    return c.isLetterOrNumber() && !c.isSurrogate();
}

bool ParagraphContinuation::startsAParagraph(QStringView openBlock)
{
    // A letter first: no list marker, heading, quote, fence, table row, HTML or indented code.
    if (openBlock.isEmpty() || !openBlock.front().isLetter())
        return false;
    return !openBlock.contains(u'\n') && !openBlock.contains(u'\r');
}

// Whether the piece leaves everything already in the paragraph as it renders now. The piece
// itself is inert; what it could change is a delimiter right before it (`__b__` followed by a
// letter no longer closes) or a word it extends (an autolink grows with the letters after it).
bool ParagraphContinuation::joinIsSafe(QStringView openBlock, QStringView added)
{
    const QChar last = openBlock.back();
    if (isSpace(added.front()) || isSpace(last))
        return true; // a new word: the old one ended where it did
    if (!isInert(last))
        return false;
    const QStringView word = wordBefore(openBlock, openBlock.size());
    for (const QChar c : word) {
        if (!isInert(c))
            return false;
    }
    return true;
}

// An inline link or image whose address is still open ("[text](addr") is made by the ")" that
// closes it, with maybe a quoted title before: such a piece goes through the renderer.
bool ParagraphContinuation::mayCloseALink(QStringView openBlock, QStringView added)
{
    if (!openBlock.contains(QLatin1String("](")))
        return false;
    return added.contains(u')') || added.contains(u'"') || added.contains(u'\'');
}

bool ParagraphContinuation::looksLikeAutolink(QStringView word)
{
    return word.contains(QLatin1String("www."), Qt::CaseInsensitive);
}

std::optional<QString> ParagraphContinuation::plainAppend(QStringView openBlock,
                                                          QStringView added)
{
    if (added.isEmpty() || !startsAParagraph(openBlock))
        return std::nullopt;
    for (const QChar c : added) {
        if (!isSpace(c) && !isInert(c))
            return std::nullopt;
    }
    if (!joinIsSafe(openBlock, added) || mayCloseALink(openBlock, added))
        return std::nullopt;
    // The renderer drops a paragraph's trailing space: it is shown once a word follows. Two
    // spaces in a row are left to the renderer (before a line break they make a hard break).
    qsizetype heldBack = 0;
    while (heldBack < openBlock.size() && isSpace(openBlock.at(openBlock.size() - 1 - heldBack)))
        ++heldBack;
    QString text = openBlock.last(heldBack).toString() + added.toString();
    if (text.contains(QLatin1String("  ")))
        return std::nullopt;
    // The words the piece makes or extends must not read as a web address (www.…).
    const qsizetype from = openBlock.size() - wordBefore(openBlock, openBlock.size()).size();
    const QString touched = openBlock.sliced(from).toString() + added.toString();
    if (looksLikeAutolink(touched))
        return std::nullopt;
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}
