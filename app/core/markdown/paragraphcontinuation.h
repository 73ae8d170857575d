#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// Most of a streaming answer is words added to the end of an open paragraph. Rendering that
// paragraph again for every piece (a parse, a fragment, a new layout) is what made four fast
// streams too slow for the window; this decides when the piece can instead be appended as plain
// text, showing exactly what the new render would show. It says yes only when that is certain:
// the open block is one line that starts with a letter (so a paragraph, not a list, heading,
// quote, table or code), the piece holds only letters, digits, single spaces and punctuation
// that is never Markdown, and nothing next to the join could be part of markup or a link that
// the piece would extend (emphasis delimiters, an autolink such as www.… or name@…).
// Anything else — markup, a line break, an invisible character — is rendered again.
class ParagraphContinuation
{
public:
    // openBlock: the open block's source as last rendered; added: what arrived since. Returns
    // the text to append after the rendered paragraph (maybe empty: a space that rendering
    // keeps back until a word follows), or nothing when the paragraph must be rendered again.
    static std::optional<QString> plainAppend(QStringView openBlock, QStringView added);

    // A character that is the same in Markdown as in plain text wherever it stands in a line.
    static bool isInert(QChar c);

private:
    static bool startsAParagraph(QStringView openBlock);
    static bool joinIsSafe(QStringView openBlock, QStringView added);
    static bool mayCloseALink(QStringView openBlock, QStringView added);
    static bool looksLikeAutolink(QStringView word);
};
